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
}
