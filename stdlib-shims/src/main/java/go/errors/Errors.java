// Package errors: New, Is, As, Unwrap, Join and ErrUnsupported.
package go.errors;

import dev.goloom.runtime.BoolPtr;
import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.BytePtr;
import dev.goloom.runtime.DoublePtr;
import dev.goloom.runtime.FloatPtr;
import dev.goloom.runtime.GoEquality;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.IntPtr;
import dev.goloom.runtime.LongPtr;
import dev.goloom.runtime.Ptr;
import dev.goloom.runtime.ShortPtr;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's package errors. Optional methods of error values (Unwrap, Is, As) are found through the
 * interfaces in {@link Unwrapper}.
 */
public final class Errors {
    private Errors() {}

    /** "ErrUnsupported indicates that a requested operation cannot be performed, because it is unsupported." */
    public static final GoError ErrUnsupported = New("unsupported operation");

    /** A new error with the text; every call gives a distinct error, even for equal texts. */
    public static GoError New(String text) {
        return new ErrorString(text);
    }

    /** The result of calling {@code err}'s {@code Unwrap() error} method, or nil (also for {@code Unwrap() []error}). */
    public static GoError Unwrap(GoError err) {
        return err instanceof Unwrapper u ? u.Unwrap() : null;
    }

    /** An error wrapping the non-nil {@code errs}; nil when there are none. */
    public static GoError Join(GoError... errs) {
        List<GoError> kept = new ArrayList<>();
        for (GoError e : errs) {
            if (e != null) {
                kept.add(e);
            }
        }
        return kept.isEmpty() ? null : new JoinError(JoinError.slice(kept));
    }

    /** Whether any error in {@code err}'s tree (depth first, pre-order) equals {@code target} or says it matches. */
    public static boolean Is(GoError err, GoError target) {
        if (err == null || target == null) {
            return err == target;
        }
        return is(err, target);
    }

    private static boolean is(GoError err, GoError target) {
        while (true) {
            if (err == target || GoEquality.equal(err, target)) {
                return true;
            }
            if (err instanceof Unwrapper.Is x && x.Is(target)) {
                return true;
            }
            switch (err) {
                case Unwrapper u -> {
                    err = u.Unwrap();
                    if (err == null) {
                        return false;
                    }
                }
                case Unwrapper.Multi m -> {
                    Slice<GoError> errs = m.Unwrap();
                    for (long i = 0; i < errs.len(); i++) {
                        GoError e = errs.get(i);
                        if (e != null && is(e, target)) {
                            return true;
                        }
                    }
                    return false;
                }
                default -> {
                    return false;
                }
            }
        }
    }

    /**
     * Finds the first error in {@code err}'s tree whose dynamic type is the type {@code target}
     * points to, stores it there and reports true. {@code target} is an interface value
     * holding a pointer: a {@link Boxed} of a {@link GoType.Pointer} type whose value is a
     * pointer object ({@link Ptr}, {@link LongPtr}, ...). Supported target element types: a
     * pointer to a struct ({@code var e *MyErr; errors.As(err, &e)}), named non-struct types,
     * and the interfaces {@code error} and {@code any}. Other interfaces and struct values
     * need method sets at run time and panic as unsupported.
     */
    public static boolean As(GoError err, Object target) {
        if (err == null) {
            return false;
        }
        if (target == null) {
            throw new GoPanic("errors: target cannot be nil");
        }
        if (!(target instanceof Boxed boxed && boxed.type() instanceof GoType.Pointer(GoType elem))) {
            if (target instanceof GoStruct<?>) {
                throw new GoPanic(unsupported("a pointer to a struct value"));
            }
            throw new GoPanic("errors: target must be a non-nil pointer");
        }
        Object ptr = boxed.value();
        if (ptr == null) {
            throw new GoPanic("errors: target must be a non-nil pointer");
        }
        if (elem.kind() == GoType.Kind.INTERFACE && !isErrorOrAny(elem) && !isRuntimeError(elem)) {
            throw new GoPanic(unsupported("a pointer to interface " + elem));
        }
        while (true) {
            if (assignable(err, elem)) {
                store(ptr, elem, err);
                return true;
            }
            if (err instanceof Unwrapper.As x && x.As(target)) {
                return true;
            }
            switch (err) {
                case Unwrapper u -> {
                    err = u.Unwrap();
                    if (err == null) {
                        return false;
                    }
                }
                case Unwrapper.Multi m -> {
                    Slice<GoError> errs = m.Unwrap();
                    for (long i = 0; i < errs.len(); i++) {
                        GoError e = errs.get(i);
                        if (e != null && As(e, target)) {
                            return true;
                        }
                    }
                    return false;
                }
                default -> {
                    return false;
                }
            }
        }
    }

    /**
     * Go 1.26's {@code errors.AsType[E](err)}: the first error in err's tree whose type is E
     * (or that an {@code As(any) bool} method converts to E), as an E. The translator passes E's
     * descriptor first (shim generics that need their type arguments at run time take them as
     * leading {@link GoType} parameters). E may be a pointer type or {@code error}/{@code any};
     * others need zero values of any type at run time and panic as unsupported.
     */
    @SuppressWarnings("unchecked")
    public static <E> Tuple2<E, Boolean> AsType(GoType e, GoError err) {
        boolean iface = e.kind() == GoType.Kind.INTERFACE;
        if (!(e.kind() == GoType.Kind.POINTER || iface && isErrorOrAny(e))) {
            throw new GoPanic("goloom: errors.AsType[" + e + "] is not supported yet");
        }
        if (err == null) {
            return new Tuple2<>(null, false);
        }
        Object found = asType(e, err);
        return found == NOT_FOUND ? new Tuple2<>(null, false) : new Tuple2<>((E) found, true);
    }

    /** asType's "no match" (null is a match's value when an As method stores a nil pointer). */
    private static final Object NOT_FOUND = new Object();

    private static Object asType(GoType e, GoError err) {
        while (true) {
            if (assignable(err, e)) {
                return e.kind() == GoType.Kind.INTERFACE || !((Object) err instanceof Boxed b) ? err : b.value();
            }
            if (err instanceof Unwrapper.As x) {
                dev.goloom.runtime.Cell<Object> cell = new dev.goloom.runtime.Cell<>(null);
                if (x.As(new Boxed(new GoType.Pointer(e), cell))) {
                    return cell.get();
                }
            }
            switch (err) {
                case Unwrapper u -> {
                    err = u.Unwrap();
                    if (err == null) {
                        return NOT_FOUND;
                    }
                }
                case Unwrapper.Multi m -> {
                    Slice<GoError> errs = m.Unwrap();
                    for (long i = 0; i < errs.len(); i++) {
                        GoError each = errs.get(i);
                        if (each != null) {
                            Object found = asType(e, each);
                            if (found != NOT_FOUND) {
                                return found;
                            }
                        }
                    }
                    return NOT_FOUND;
                }
                default -> {
                    return NOT_FOUND;
                }
            }
        }
    }

    private static String unsupported(String what) {
        return "goloom: errors.As into " + what + " is not supported yet";
    }

    private static boolean isErrorOrAny(GoType t) {
        String s = t.toString();
        return s.equals("error") || s.equals("any") || s.equals("interface {}");
    }

    /** runtime.Error, whose Java interface the runtime's own errors implement. */
    private static boolean isRuntimeError(GoType t) {
        return t instanceof GoType.Named n && n.pkgPath().equals("runtime") && n.name().equals("Error");
    }

    /** Whether a value of err's dynamic type can be assigned to a variable of type {@code t}. */
    private static boolean assignable(GoError err, GoType t) {
        if (isRuntimeError(t)) {
            return err instanceof go.runtime.Error;
        }
        if (t.kind() == GoType.Kind.INTERFACE) {
            return true; // error or any: every error implements them
        }
        return switch ((Object) err) {
            case GoStruct<?> s -> t instanceof GoType.Pointer(GoType e) && sameType(e, s.goType());
            case Boxed b -> sameType(t, b.type());
            default -> false;
        };
    }

    private static boolean sameType(GoType a, GoType b) {
        return a == b || a.equals(b);
    }

    /** {@code *target = err}: the variable holds err's representation (unboxed unless it is an interface). */
    @SuppressWarnings("unchecked")
    private static void store(Object ptr, GoType elem, GoError err) {
        Object v = elem.kind() == GoType.Kind.INTERFACE || !((Object) err instanceof Boxed b) ? err : b.value();
        switch (ptr) {
            case Ptr<?> p -> ((Ptr<Object>) p).set(v);
            case LongPtr p -> p.set((Long) v);
            case IntPtr p -> p.set((Integer) v);
            case ShortPtr p -> p.set((Short) v);
            case BytePtr p -> p.set((Byte) v);
            case DoublePtr p -> p.set((Double) v);
            case FloatPtr p -> p.set((Float) v);
            case BoolPtr p -> p.set((Boolean) v);
            default -> throw new GoPanic(unsupported("a " + ptr.getClass().getSimpleName()));
        }
    }
}
