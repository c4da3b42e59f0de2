// Go's bounds-check failures (runtime.boundsError): index, slice and conversion panics with gc's exact texts.
package dev.goloom.runtime;

/**
 * Builds the panic for a failed bounds check. Callers check on their own fast path and call
 * these only on failure ({@code throw Bounds.index(i, len)}), so the formatting never runs
 * when the check passes.
 *
 * <p>The texts follow runtime/error.go: "with length" for strings and arrays, "with capacity"
 * for slices; when the offending value is negative the limit is left out
 * ({@code index out of range [-1]}). Indexes are Go ints (Java long), printed signed.
 */
public final class Bounds {
    private Bounds() {}

    /**
     * {@code a[x]} on a Go array of {@code length} elements with a 64-bit index: x as a Java array
     * index, or Go's panic when it does not fit in an int (Java's own check covers the rest).
     */
    public static int arrayIndex(long x, int length) {
        int i = (int) x;
        if (i != x) {
            throw index(x, length);
        }
        return i;
    }

    /** {@link #arrayIndex} for an unsigned 64-bit index, printed unsigned in the panic as Go does. */
    public static int arrayIndexUnsigned(long x, int length) {
        if (x < 0) {
            throw fail("index out of range [" + Long.toUnsignedString(x) + "] with length " + length);
        }
        return arrayIndex(x, length);
    }

    /** {@code s[x]} with {@code x} outside {@code [0, length)}. */
    public static GoPanic index(long x, long length) {
        return x < 0
                ? fail("index out of range [" + x + "]")
                : fail("index out of range [" + x + "] with length " + length);
    }

    /** {@code s[:x]} with {@code x} above the limit: a slice's capacity, or the length of a string or array. */
    public static GoPanic sliceHigh(long x, long limit, boolean limitIsCapacity) {
        return x < 0
                ? fail("slice bounds out of range [:" + x + "]")
                : fail("slice bounds out of range [:" + x + "] with " + limitName(limitIsCapacity) + " " + limit);
    }

    /** {@code s[x:y]} with {@code x > y}. */
    public static GoPanic sliceLow(long x, long y) {
        return x < 0
                ? fail("slice bounds out of range [" + x + ":]")
                : fail("slice bounds out of range [" + x + ":" + y + "]");
    }

    /** {@code s[::x]} with {@code x} above the capacity (slice) or length (array). */
    public static GoPanic slice3Max(long x, long limit, boolean limitIsCapacity) {
        return x < 0
                ? fail("slice bounds out of range [::" + x + "]")
                : fail("slice bounds out of range [::" + x + "] with " + limitName(limitIsCapacity) + " " + limit);
    }

    /** {@code s[:x:y]} with {@code x > y}. */
    public static GoPanic slice3High(long x, long y) {
        return x < 0
                ? fail("slice bounds out of range [:" + x + ":]")
                : fail("slice bounds out of range [:" + x + ":" + y + "]");
    }

    /** {@code s[x:y:]} with {@code x > y}. */
    public static GoPanic slice3Low(long x, long y) {
        return x < 0
                ? fail("slice bounds out of range [" + x + "::]")
                : fail("slice bounds out of range [" + x + ":" + y + ":]");
    }

    /** {@code [n]T(s)} or {@code (*[n]T)(s)} with {@code len(s) < n}. */
    public static GoPanic convert(long arrayLength, long sliceLength) {
        return fail("cannot convert slice with length " + sliceLength + " to array or pointer to array with length " + arrayLength);
    }

    private static String limitName(boolean limitIsCapacity) {
        return limitIsCapacity ? "capacity" : "length";
    }

    private static GoPanic fail(String what) {
        return new GoPanic(new RuntimeError("runtime error: " + what));
    }
}
