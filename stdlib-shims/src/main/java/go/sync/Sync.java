// Package sync's functions: OnceFunc, OnceValue, OnceValues.
package go.sync;

import dev.goloom.runtime.Func0;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Proc0;
import dev.goloom.runtime.Tuple2;

/**
 * The functions of package {@code sync}. OnceValue and OnceValues are generic in Go; they are
 * Java generic methods here, ready for when the translator lowers generic calls (the API file
 * does not declare them until the checker has generics).
 */
public final class Sync {
    private Sync() {}

    /**
     * The outcome of the one call of f, shared by every call of the returned function: the
     * value, or the panic value to raise again (as Go's OnceFunc does).
     */
    private static final class Outcome<T> {
        /** The one execution. */
        final dev.goloom.runtime.Once once = new dev.goloom.runtime.Once();
        /** f returned normally. */
        volatile boolean valid;
        /** f's result (OnceValue, OnceValues). */
        volatile T value;
        /** What f panicked with, when it did. */
        volatile Object panicValue;

        T get(Func0<T> f) {
            once.Do(() -> {
                try {
                    value = f.call();
                    valid = true;
                } catch (Throwable t) {
                    GoPanic p = GoPanic.of(t);
                    panicValue = p == null ? t : p.value();
                    throw t;
                }
            });
            if (!valid) {
                if (panicValue instanceof Throwable t && !(t instanceof GoPanic)) {
                    throw sneaky(t);
                }
                throw new GoPanic(panicValue);
            }
            return value;
        }

        @SuppressWarnings("unchecked")
        private static <E extends Throwable> RuntimeException sneaky(Throwable t) throws E {
            throw (E) t;
        }
    }

    /** sync.NewCond: a Cond with Locker l. */
    public static Cond NewCond(Locker l) {
        return new Cond(l);
    }

    /** sync.OnceFunc: a function that calls f once; later calls return, or panic with f's panic value again. */
    public static Proc0 OnceFunc(Proc0 f) {
        Outcome<Object> o = new Outcome<>();
        Func0<Object> g = () -> {
            f.call();
            return null;
        };
        return () -> o.get(g);
    }

    /** sync.OnceValue[T]: a function that calls f once and returns its value every time. */
    public static <T> Func0<T> OnceValue(Func0<T> f) {
        Outcome<T> o = new Outcome<>();
        return () -> o.get(f);
    }

    /** sync.OnceValues[T1, T2]: a function that calls f once and returns its two values every time. */
    public static <T1, T2> Func0<Tuple2<T1, T2>> OnceValues(Func0<Tuple2<T1, T2>> f) {
        Outcome<Tuple2<T1, T2>> o = new Outcome<>();
        return () -> o.get(f);
    }
}
