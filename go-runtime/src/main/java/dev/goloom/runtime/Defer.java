// Defer stacks and recover for generated code: deferred calls run LIFO, recover works only in a deferred function.
package dev.goloom.runtime;

import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One per activation of a Go function that contains {@code defer}. Generated code:
 * <pre>{@code
 * Defer d = new Defer();
 * try {
 *     ...; d.defer(mu::Unlock); ...; d.defer(Main::show, x); ...
 *     return r;                 // deferred calls run in finally
 * } catch (Throwable t) {
 *     d.panicked(t);            // remembers the panic (rethrows Java errors that are no Go panic)
 * } finally {
 *     d.runDefers();            // LIFO; rethrows the panic unless a deferred call recovered it
 * }
 * return <named results>;       // reached only after a recovered panic
 * }</pre>
 *
 * <p>Deferred calls with arguments are stored as the function and its (already evaluated)
 * arguments, and {@link #callDeferred} calls the function itself, so that the Go function
 * deferred is called directly by the runtime. {@link #recover()} uses that: it returns the
 * panic value only when its caller was called directly by {@code callDeferred} (Go: "recover
 * was not called directly by a deferred function" gives nil), while a panic is being handled
 * by this very deferral, and not yet recovered.
 *
 * <p>Panics raised by a deferred call while another is in flight are linked to it
 * ({@link GoPanic#link()}), which is how the crash report prints Go's chains
 * ("panic: a [recovered]" / "\tpanic: b").
 */
public final class Defer {
    /** A deferred function with up to three arguments. */
    @FunctionalInterface
    public interface Call3<A, B, C> {
        void call(A a, B b, C c);
    }

    /** Function, then its arguments, per deferred call: 4 slots each, top of stack last. */
    private Object[] stack = new Object[8];
    /** Slots in use. */
    private int top;
    /** The panic (or Goexit) unwinding through this frame, if any. */
    private Throwable unwinding;

    public void defer(Runnable f) {
        push(f, null, null, null);
    }

    /**
     * A deferred call that is no Go function itself: a lambda that makes the Go call on values
     * evaluated at the defer statement ({@code () -> i$1.M()}, {@code () -> f(p$1, Slice.of(...))}).
     * For recover its frame is the deferred call's, so the function it calls counts as called
     * directly by the deferred call.
     */
    public void deferCall(Runnable call) {
        push(call, WRAPPED, null, null);
    }

    /** The argument slot of a {@link #deferCall} entry. */
    private static final Object WRAPPED = new Object();

    public <A> void defer(Consumer<A> f, A a) {
        push(f, a, null, null);
    }

    public <A, B> void defer(BiConsumer<A, B> f, A a, B b) {
        push(f, a, b, null);
    }

    public <A, B, C> void defer(Call3<A, B, C> f, A a, B b, C c) {
        push(f, a, b, c);
    }

    /**
     * {@code defer recover()}: recover is then called by the frame's return, not by a deferred
     * function, so it recovers only as a direct call in this frame would: when the frame returns
     * normally and was itself called directly as a deferred call while a panic is handled
     * (Go's test/recover1.go: during a newer panic's unwinding it is a no-op).
     */
    public void deferRecover() {
        push(RECOVER, null, null, null);
    }

    /** The stack entry of {@code defer recover()}. */
    private static final Object RECOVER = new Object();

    private void push(Object f, Object a, Object b, Object c) {
        if (top + 4 > stack.length) {
            stack = java.util.Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top] = f;
        stack[top + 1] = a;
        stack[top + 2] = b;
        stack[top + 3] = c;
        top += 4;
    }

    /** The catch block: a Go panic (or Goexit) starts unwinding; any other throwable propagates. */
    public void panicked(Throwable t) {
        if (t instanceof GoExit) {
            unwinding = t;
            return;
        }
        GoPanic p = GoPanic.of(t);
        if (p == null) {
            // A fatal error (Go's throw) or a Java error that is no Go panic: Go runs no deferred
            // call after a throw, so the frame's defers are dropped before runDefers sees them.
            java.util.Arrays.fill(stack, 0, top, null);
            top = 0;
            throw sneaky(t);
        }
        unwinding = p;
    }

    /** The finally block: runs the deferred calls, newest first, then rethrows an unrecovered panic. */
    public void runDefers() {
        if (top == 0 && unwinding == null) {
            return;
        }
        Goroutine g = Goroutine.current();
        while (top > 0) {
            top -= 4;
            Object f = stack[top];
            Object a = stack[top + 1];
            Object b = stack[top + 2];
            Object c = stack[top + 3];
            stack[top] = stack[top + 1] = stack[top + 2] = stack[top + 3] = null;
            if (f == RECOVER) {
                if (unwinding == null) {
                    recoverInDeferringFrame(g);
                }
                continue;
            }
            GoPanic handling = unwinding instanceof GoPanic p ? p : null;
            GoPanic saved = g.recoverable;
            boolean savedWrapped = g.deferredCallWrapped;
            g.recoverable = handling;
            g.deferredCallWrapped = a == WRAPPED;
            try {
                callDeferred(f, a, b, c);
            } catch (Throwable t) {
                if (t instanceof GoExit) {
                    unwinding = t;
                } else {
                    GoPanic q = GoPanic.of(t);
                    if (q == null) {
                        throw sneaky(t);
                    }
                    if (handling != null && q != handling && q.link() == null) {
                        q.linkTo(handling);
                    }
                    unwinding = q;
                }
            } finally {
                g.recoverable = saved;
                g.deferredCallWrapped = savedWrapped;
            }
            if (unwinding instanceof GoPanic p && p.recovered() && p == handling) {
                unwinding = null; // recovered: remaining deferred calls run as on a normal return
            }
        }
        Throwable t = unwinding;
        if (t != null) {
            unwinding = null;
            throw sneaky(t);
        }
    }

    /** Calls one deferred function directly; {@link #recover()} looks for this frame. */
    @SuppressWarnings("unchecked")
    private static void callDeferred(Object f, Object a, Object b, Object c) {
        switch (f) {
            case Runnable r -> r.run();
            case Consumer<?> k -> ((Consumer<Object>) k).accept(a);
            case BiConsumer<?, ?> k -> ((BiConsumer<Object, Object>) k).accept(a, b);
            case Call3<?, ?, ?> k -> ((Call3<Object, Object, Object>) k).call(a, b, c);
            default -> throw new IllegalStateException("not a deferred call: " + f);
        }
    }

    private static final StackWalker WALKER = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /**
     * Go's recover(): the value of the panic being handled, which stops panicking, when called
     * directly by a deferred function; otherwise nil.
     */
    public static Object recover() {
        Goroutine g = Goroutine.current();
        GoPanic p = g.recoverable;
        if (p == null || p.recovered() || !calledByDeferredFunction(3, g.deferredCallWrapped)) {
            return null;
        }
        p.markRecovered();
        return p.value();
    }

    /**
     * Whether recover's caller was called directly by {@link #callDeferred}: frame 0 is this
     * method, 1 recover, 2 its caller, {@code skip} the frame below that caller (3; 4 from
     * {@link #recoverInDeferringFrame}, called by runDefers); below it only frames Go would not see may come before
     * callDeferred: wrappers ({@link #transparent}) and, for a {@link #deferCall} entry
     * ({@code wrapped}), the generated lambda right above callDeferred. (Hidden frames, of lambda
     * proxies and reflection, are not shown by the walker.)
     */
    private static boolean calledByDeferredFunction(int skip, boolean wrapped) {
        java.util.List<StackWalker.StackFrame> frames = WALKER.walk(s -> s.skip(skip).limit(64).toList());
        for (int i = 0; i < frames.size(); i++) {
            StackWalker.StackFrame f = frames.get(i);
            if (isCallDeferred(f)) {
                return true;
            }
            boolean lambdaOfDeferCall = wrapped && i + 1 < frames.size() && isCallDeferred(frames.get(i + 1));
            if (!lambdaOfDeferCall && !transparent(f)) {
                return false;
            }
        }
        return false;
    }

    private static boolean isCallDeferred(StackWalker.StackFrame f) {
        return f.getDeclaringClass() == Defer.class && f.getMethodName().equals("callDeferred");
    }

    /**
     * Whether frame {@code f} is a wrapper Go would not see: a method of a {@link Boxed}
     * subclass (an interface value's forwarder), a {@link GoWrapper} method, or the reflect
     * shim's plumbing (a method value or {@code MakeFunc} function called through reflect).
     */
    private static boolean transparent(StackWalker.StackFrame f) {
        Class<?> c = f.getDeclaringClass();
        if (Boxed.class.isAssignableFrom(c) || c.getName().startsWith("go.reflect.")) {
            return true;
        }
        try {
            return c.getDeclaredMethod(f.getMethodName(), f.getMethodType().parameterArray()).isAnnotationPresent(GoWrapper.class);
        } catch (NoSuchMethodException | SecurityException e) {
            return false;
        }
    }

    /**
     * {@code defer recover()} run by a normal return: recovers the panic the frame sees when the
     * frame (the caller of runDefers) was called directly by {@link #callDeferred}.
     */
    private static void recoverInDeferringFrame(Goroutine g) {
        GoPanic p = g.recoverable;
        if (p == null || p.recovered()) {
            return;
        }
        // The frame's deferred-call entry (if any) is the one g describes: its own is not running.
        if (calledByDeferredFunction(4, g.deferredCallWrapped)) {
            p.markRecovered();
        }
    }

    @SuppressWarnings("unchecked")
    private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
        throw (E) t;
    }
}
