// Go's == on arrays whose Java equals differs (floats, reference elements), and hashes consistent with it.
package dev.goloom.runtime;

/**
 * Go arrays are Java arrays. For integer and bool elements {@code java.util.Arrays.equals} and
 * {@code hashCode} already match Go's {@code ==}; for floats (NaN != NaN, 0.0 == -0.0) and for
 * elements that are structs, strings, interfaces or nested arrays, use these. Copies are
 * {@code clone()}.
 */
public final class GoArrays {
    private GoArrays() {}

    public static boolean equal(double[] a, double[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    public static boolean equal(float[] a, float[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** {@code a == b} for arrays of pointers to structs: the same objects, element by element. */
    public static boolean identical(Object[] a, Object[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (a[i] != b[i]) {
                return false;
            }
        }
        return true;
    }

    /** Element by element with {@link GoEquality#equal(Object, Object)} (nested arrays, boxed floats, structs). */
    public static boolean equal(Object[] a, Object[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!GoEquality.equal(a[i], b[i])) {
                return false;
            }
        }
        return true;
    }

    public static int hash(double[] a) {
        int h = 1;
        for (double v : a) {
            h = 31 * h + GoEquality.hash(v);
        }
        return h;
    }

    public static int hash(float[] a) {
        int h = 1;
        for (float v : a) {
            h = 31 * h + GoEquality.hash(v);
        }
        return h;
    }

    public static int hash(Object[] a) {
        int h = 1;
        for (Object v : a) {
            h = 31 * h + GoEquality.hash(v);
        }
        return h;
    }

    /** Fills every element of {@code a} with its own zero value; returns a (for array zero values). */
    public static <T> T[] fill(T[] a, java.util.function.Supplier<T> zero) {
        for (int i = 0; i < a.length; i++) {
            a[i] = zero.get();
        }
        return a;
    }

    /**
     * Go's copy of an array whose elements are structs or arrays: every element copied too.
     * Arrays of other elements are copied with {@code clone()}.
     */
    @SuppressWarnings("unchecked")
    public static <T> T[] deepCopy(T[] a) {
        T[] out = a.clone();
        for (int i = 0; i < out.length; i++) {
            out[i] = (T) copyValue(out[i]);
        }
        return out;
    }

    /** A copy of a struct or array value; other values are returned as they are. */
    public static Object copyValue(Object v) {
        return switch (v) {
            case GoStruct<?> s -> s.copy();
            case Object[] a -> deepCopy(a);
            case long[] a -> a.clone();
            case int[] a -> a.clone();
            case short[] a -> a.clone();
            case byte[] a -> a.clone();
            case double[] a -> a.clone();
            case float[] a -> a.clone();
            case boolean[] a -> a.clone();
            case null, default -> v;
        };
    }

    /**
     * Go's array assignment {@code dst = src} done in place (pointers to dst and its elements
     * stay valid): elements that are structs or arrays are copied in turn.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public static void assignValues(Object dst, Object src) {
        if (dst instanceof Object[] d && src instanceof Object[] s) {
            for (int i = 0; i < d.length; i++) {
                Object v = s[i];
                if (d[i] instanceof GoStruct target && v instanceof GoStruct) {
                    ((GoStruct) target).set((GoStruct) v);
                } else if (d[i] != null && d[i].getClass().isArray() && v != null) {
                    assignValues(d[i], v);
                } else {
                    d[i] = v;
                }
            }
            return;
        }
        System.arraycopy(src, 0, dst, 0, java.lang.reflect.Array.getLength(dst));
    }

    /** {@code dst = src} in place for arrays whose elements are not struct or array values (pointers stay pointers). */
    public static void assign(Object dst, Object src) {
        System.arraycopy(src, 0, dst, 0, java.lang.reflect.Array.getLength(dst));
    }

    /**
     * {@code len(x)} of an array or pointer to an array whose expression has calls or receives:
     * Go evaluates {@code x} (a nil dereference in it panics) and the length is the constant {@code n}.
     */
    public static long len(Object evaluated, long n) {
        return n;
    }
}
