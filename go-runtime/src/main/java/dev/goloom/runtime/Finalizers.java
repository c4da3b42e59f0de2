// runtime.SetFinalizer: finalizers run on a goroutine after runtime.GC finds their objects unreachable.
package dev.goloom.runtime;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Go's finalizers on the JVM. Java cannot hand an unreachable object back to a program (no
 * resurrection), so each registration keeps a <em>snapshot</em>: a detached copy of the
 * object (struct copy, cell with the same value, array clone) that the finalizer receives in
 * its place. Invariants:
 * <ul>
 * <li>The registry holds the object only weakly and its snapshot strongly, so what the object
 *     points to stays alive until its finalizer has run, which orders finalizers along
 *     pointers as Go does (a's finalizer before that of the b it points to). A cycle through
 *     the object keeps it alive forever, as Go documents for cycles with finalizers.</li>
 * <li>{@link #gc()} refreshes every snapshot from its live object, then collects
 *     ({@code System.gc()}), so the finalizer sees the object's last state unless it changed
 *     between the last runtime.GC and a collection the JVM made on its own.</li>
 * <li>Finalizers run one at a time, in the order found, on a goroutine started for them
 *     (Go's finalizer goroutine), which exists only while finalizers are pending; a panic in
 *     one ends the program as in Go.</li>
 * <li>Objects the JVM collects by itself are finalized at the next runtime.GC; without one,
 *     never (Go also gives no guarantee that finalizers run before exit).</li>
 * </ul>
 */
public final class Finalizers {
    private Finalizers() {}

    /** One object with a finalizer. */
    private static final class Registration extends WeakReference<Object> {
        /** The finalizer: a Proc1 or Func1 of the translated func value. */
        final Object finalizer;
        /** Whether the finalizer's parameter is an interface (it then receives {@link #type}-boxed snapshots). */
        final boolean boxedArgument;
        /** The pointer type of the object, for a boxed argument. */
        final GoType type;
        /** The detached copy the finalizer will receive. */
        final Object snapshot;

        Registration(Object target, Object finalizer, boolean boxedArgument, GoType type, Object snapshot) {
            super(target);
            this.finalizer = finalizer;
            this.boxedArgument = boxedArgument;
            this.type = type;
            this.snapshot = snapshot;
        }
    }

    /** Every registration whose finalizer has not been queued yet (under itself). */
    private static final List<Registration> REGISTRY = new ArrayList<>();
    /** Registrations whose objects were collected, in the order found. */
    private static final ConcurrentLinkedQueue<Registration> READY = new ConcurrentLinkedQueue<>();
    /** Collections runtime.GC forced (MemStats.NumForcedGC). */
    private static final java.util.concurrent.atomic.AtomicLong FORCED = new java.util.concurrent.atomic.AtomicLong();
    /** Whether a goroutine is running the ready finalizers. */
    private static final AtomicBoolean RUNNING = new AtomicBoolean();

    /**
     * runtime.SetFinalizer(obj, finalizer): obj is a pointer (a struct object, or a {@link Boxed}
     * cell or array with its pointer type); finalizer is a boxed func value or nil (removes it).
     */
    public static void set(Object obj, Object finalizer) {
        GoType type = null;
        Object target = obj;
        if (obj instanceof Boxed b) {
            type = b.type();
            target = b.value();
        } else if (obj instanceof GoStruct<?> s) {
            type = new GoType.Pointer(s.goType());
        }
        if (target == null) {
            throw Crash.fatal("runtime.SetFinalizer: first argument is nil");
        }
        synchronized (REGISTRY) {
            Registration existing = null;
            for (Registration r : REGISTRY) {
                if (r.refersTo(target)) {
                    existing = r;
                }
            }
            if (finalizer == null) {
                REGISTRY.remove(existing);
                return;
            }
            if (existing != null) {
                throw Crash.fatal("runtime.SetFinalizer: finalizer already set");
            }
            Object fn = finalizer instanceof Boxed b ? b.value() : finalizer;
            boolean boxedArgument = finalizer instanceof Boxed b && b.type() instanceof GoType.Func f
                    && !f.params().isEmpty() && f.params().get(0) instanceof GoType.Interface;
            REGISTRY.add(new Registration(target, fn, boxedArgument, type, detach(target)));
        }
    }

    /** runtime.GC: refresh the snapshots, collect (a full collection, as Go's), queue and start the finalizers of dead objects. */
    public static void gc() {
        refreshSnapshots();
        collect();
        List<Registration> dead = new ArrayList<>();
        synchronized (REGISTRY) {
            REGISTRY.removeIf(r -> r.refersTo(null) && dead.add(r));
        }
        if (dead.isEmpty()) {
            // Go's runtime.GC blocks its caller until the cycle ends, so other goroutines run
            // meanwhile, even under GOMAXPROCS=1 (a goroutine looping on runtime.GC must not
            // starve them: test/fixedbugs/issue25897a.go).
            Go.Gosched();
            return;
        }
        READY.addAll(dead);
        startRunner();
        Go.Gosched();
        // Give the finalizers a moment to run (bounded: one may block for good), so that a
        // program polling after runtime.GC sees them, as it does with Go's prompt finalizer
        // goroutine even on a loaded machine.
        for (int i = 0; i < 50 && (RUNNING.get() || !READY.isEmpty()); i++) {
            RuntimeTimer.sleep(1_000_000L);
        }
    }

    /** A full collection, counted as forced (runtime.GC, debug.FreeOSMemory). */
    public static void collect() {
        FORCED.incrementAndGet();
        System.gc();
    }

    /** How many collections runtime.GC and debug.FreeOSMemory forced. */
    public static long forcedCollections() {
        return FORCED.get();
    }

    /** Copies each live object into its snapshot (in a frame of its own, so no stale local keeps one alive). */
    private static void refreshSnapshots() {
        synchronized (REGISTRY) {
            for (Registration r : REGISTRY) {
                Object target = r.get();
                if (target != null) {
                    refresh(r.snapshot, target);
                }
            }
        }
    }

    private static void startRunner() {
        if (RUNNING.compareAndSet(false, true)) {
            Go.go(Finalizers::runReady);
        }
    }

    /** The finalizer goroutine: runs ready finalizers until none is left. */
    private static void runReady() {
        while (true) {
            Registration r;
            while ((r = READY.poll()) != null) {
                Object arg = r.boxedArgument ? new Boxed(r.type, r.snapshot) : r.snapshot;
                call(r.finalizer, arg);
            }
            RUNNING.set(false);
            if (READY.isEmpty() || !RUNNING.compareAndSet(false, true)) {
                return;
            }
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void call(Object fn, Object arg) {
        switch (fn) {
            case Proc1 p -> p.call(arg);
            case Func1 f -> f.call(arg);
            default -> throw Crash.fatal("runtime.SetFinalizer: second argument is " + fn.getClass().getName() + ", not a function");
        }
    }

    /** A copy of the pointed-to variable that does not refer to the original. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Object detach(Object target) {
        return switch (target) {
            case GoStruct s -> s.copy();
            case Cell c -> new Cell<>(c.value);
            case IntCell c -> new IntCell(c.value);
            case LongCell c -> new LongCell(c.value);
            case ShortCell c -> new ShortCell(c.value);
            case ByteCell c -> new ByteCell(c.value);
            case BoolCell c -> new BoolCell(c.value);
            case DoubleCell c -> new DoubleCell(c.value);
            case FloatCell c -> new FloatCell(c.value);
            default -> {
                if (target.getClass().isArray()) {
                    Object copy = java.lang.reflect.Array.newInstance(target.getClass().getComponentType(),
                            java.lang.reflect.Array.getLength(target));
                    System.arraycopy(target, 0, copy, 0, java.lang.reflect.Array.getLength(target));
                    yield copy;
                }
                throw Crash.fatal("runtime.SetFinalizer: pointer not at beginning of allocated block");
            }
        };
    }

    /** Sets snapshot to target's current value. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void refresh(Object snapshot, Object target) {
        switch (snapshot) {
            case GoStruct s -> s.set((GoStruct) target);
            case Cell c -> c.value = ((Cell) target).value;
            case IntCell c -> c.value = ((IntCell) target).value;
            case LongCell c -> c.value = ((LongCell) target).value;
            case ShortCell c -> c.value = ((ShortCell) target).value;
            case ByteCell c -> c.value = ((ByteCell) target).value;
            case BoolCell c -> c.value = ((BoolCell) target).value;
            case DoubleCell c -> c.value = ((DoubleCell) target).value;
            case FloatCell c -> c.value = ((FloatCell) target).value;
            default -> System.arraycopy(target, 0, snapshot, 0, java.lang.reflect.Array.getLength(target));
        }
    }
}
