// Package cmp: Compare, Less and Or over ordered values, with Go's rules for NaN and -0.
package go.cmp;

/**
 * Go's package cmp. Its functions are generic over {@code cmp.Ordered}; in Java they are
 * generic methods over boxed values (what erased generic code passes) plus primitive
 * overloads (what code specialised for one type passes). Go's float rules hold for both: a NaN
 * is less than any non-NaN, NaNs are equal to each other, and -0.0 equals 0.0.
 *
 * <p>Unsigned integers are boxed in signed Java types, so the boxed methods cannot tell
 * {@code uint64(1<<63)} from {@code int64(-1<<63)}: translated code must call
 * {@link #CompareUnsigned} for unsigned type arguments (the translator's generics support
 * decides this per instantiation).
 */
public final class Cmp {
    private Cmp() {}

    /** -1 if x < y, 0 if x == y, +1 if x > y. */
    public static <T extends Comparable<? super T>> long Compare(T x, T y) {
        if (x instanceof Double a && y instanceof Double b) {
            return Compare((double) a, (double) b);
        }
        if (x instanceof Float a && y instanceof Float b) {
            return Compare((double) a, (double) b);
        }
        return Integer.signum(x.compareTo(y));
    }

    /** Whether x < y. */
    public static <T extends Comparable<? super T>> boolean Less(T x, T y) {
        return Compare(x, y) < 0;
    }

    /** The first argument that is not the zero value, else the zero value ({@code zero}). */
    @SafeVarargs
    public static <T> T Or(T zero, T... vals) {
        for (T v : vals) {
            if (!java.util.Objects.equals(v, zero) && !isZero(v)) {
                return v;
            }
        }
        return zero;
    }

    /** A boxed zero (0, 0.0, -0.0, "", false) or null. */
    private static boolean isZero(Object v) {
        return switch (v) {
            case null -> true;
            case Long l -> l == 0;
            case Integer i -> i == 0;
            case Short s -> s == 0;
            case Byte b -> b == 0;
            case Double d -> d == 0; // -0.0 == 0 in Go too
            case Float f -> f == 0;
            case String s -> s.isEmpty();
            case Boolean b -> !b;
            default -> false;
        };
    }

    public static long Compare(long x, long y) {
        return Long.compare(x, y);
    }

    public static long CompareUnsigned(long x, long y) {
        return Integer.signum(Long.compareUnsigned(x, y));
    }

    public static long Compare(String x, String y) {
        return Integer.signum(x.compareTo(y));
    }

    /** Go's float comparison: NaN first, -0.0 == 0.0. */
    public static long Compare(double x, double y) {
        boolean xNaN = x != x;
        boolean yNaN = y != y;
        if (xNaN) {
            return yNaN ? 0 : -1;
        }
        if (yNaN) {
            return 1;
        }
        return x < y ? -1 : x > y ? 1 : 0;
    }

    public static boolean Less(long x, long y) {
        return x < y;
    }

    public static boolean Less(String x, String y) {
        return x.compareTo(y) < 0;
    }

    /** Go's rule: x < y, or x is NaN and y is not. */
    public static boolean Less(double x, double y) {
        return (x != x && y == y) || x < y;
    }
}
