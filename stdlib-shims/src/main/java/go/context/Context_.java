// Package context's functions and variables (the package class; named Context_ because the package declares Context).
package go.context;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.Proc0;
import dev.goloom.runtime.Proc1;
import dev.goloom.runtime.Tuple2;
import go.errors.Errors;
import go.time.Time;
import go.time.Time_;

/**
 * The functions of package {@code context}. A CancelFunc is a {@code Proc0}, a CancelCauseFunc
 * a {@code Proc1<GoError>} (named func types map to their underlying func type).
 */
public final class Context_ {
    private Context_() {}

    /** context.Canceled: the error of a context canceled by its cancel function. */
    public static GoError Canceled = Errors.New("context canceled");
    /** context.DeadlineExceeded: the error of a context whose deadline passed. */
    public static GoError DeadlineExceeded = DeadlineExceededError.INSTANCE;

    public static Context Background() {
        return EmptyContext.BACKGROUND;
    }

    public static Context TODO() {
        return EmptyContext.TODO;
    }

    private static void checkParent(Context parent) {
        if (parent == null) {
            throw new GoPanic("cannot create context from nil parent");
        }
    }

    public static Tuple2<Context, Proc0> WithCancel(Context parent) {
        checkParent(parent);
        CancelContext c = new CancelContext(parent, null);
        c.propagate();
        return new Tuple2<>(c, () -> c.cancel(true, Canceled, null));
    }

    /** Like WithCancel; the cancel function records a cause (nil: Canceled) that Cause returns. */
    public static Tuple2<Context, Proc1<GoError>> WithCancelCause(Context parent) {
        checkParent(parent);
        CancelContext c = new CancelContext(parent, null);
        c.propagate();
        return new Tuple2<>(c, cause -> c.cancel(true, Canceled, cause));
    }

    public static Tuple2<Context, Proc0> WithDeadline(Context parent, Time d) {
        return WithDeadlineCause(parent, d, null);
    }

    /** Like WithDeadline; when the deadline passes, Cause returns cause (nil: DeadlineExceeded). */
    public static Tuple2<Context, Proc0> WithDeadlineCause(Context parent, Time d, GoError cause) {
        checkParent(parent);
        Tuple2<Time, Boolean> cur = parent.Deadline();
        if (cur.v1() && cur.v0().Before(d)) {
            return WithCancel(parent); // the parent's earlier deadline governs
        }
        CancelContext c = new CancelContext(parent, d);
        c.propagate();
        long dur = Time_.Until(d);
        if (dur <= 0) {
            c.cancel(true, DeadlineExceeded, cause);
            return new Tuple2<>(c, () -> c.cancel(false, Canceled, null));
        }
        c.armDeadline(dur, cause);
        return new Tuple2<>(c, () -> c.cancel(true, Canceled, null));
    }

    public static Tuple2<Context, Proc0> WithTimeout(Context parent, long timeout) {
        return WithDeadline(parent, Time_.Now().Add(timeout));
    }

    public static Tuple2<Context, Proc0> WithTimeoutCause(Context parent, long timeout, GoError cause) {
        return WithDeadlineCause(parent, Time_.Now().Add(timeout), cause);
    }

    /** A context with the parent's values that is never canceled. */
    public static Context WithoutCancel(Context parent) {
        checkParent(parent);
        return new WithoutCancelContext(parent);
    }

    /** A context carrying key → val; keys must be non-nil and comparable, as in Go. */
    public static Context WithValue(Context parent, Object key, Object val) {
        checkParent(parent);
        if (key == null) {
            throw new GoPanic("nil key");
        }
        if (!comparable(key)) {
            throw new GoPanic("key is not comparable");
        }
        return new ValueContext(parent, key, val);
    }

    /** Whether an interface value can be compared with ==: not a slice, map or func. */
    private static boolean comparable(Object key) {
        if (key instanceof Boxed b) {
            return switch (b.type().underlying().kind()) {
                case SLICE, MAP, FUNC -> false;
                default -> true;
            };
        }
        return true;
    }

    /** Why c was canceled: the cause given to its cancel function, else c.Err(). */
    public static GoError Cause(Context c) {
        if (c.Value(CancelContext.KEY) instanceof CancelContext cc) {
            return cc.cause();
        }
        return c.Err();
    }

    // ---- String of contexts ---------------------------------------------------------------

    /** How a parent context names itself in String: its String, else its type. */
    static String name(Context c) {
        return c instanceof GoStringer s ? s.String() : typeName(c);
    }

    /** Go's stringify of keys and values: String(), a string as is, nil, else the type's name. */
    static String stringify(Object v) {
        return switch (v) {
            case null -> "<nil>";
            case GoStringer s -> s.String();
            case String s -> s;
            default -> typeName(v);
        };
    }

    private static String typeName(Object v) {
        return switch (v) {
            case Boxed b -> b.type().toString();
            case GoStruct<?> s -> "*" + s.goType();
            case Long l -> "int";
            case Integer i -> "int32";
            case Boolean b -> "bool";
            case Double d -> "float64";
            default -> v.getClass().getSimpleName();
        };
    }
}
