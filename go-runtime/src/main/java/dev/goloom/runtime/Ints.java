// Integer operations whose Go semantics differ from Java's operators: shifts by any count.
package dev.goloom.runtime;

/**
 * "The shift count must be non-negative"; shifting by the width or more gives 0 (or -1 for
 * a right shift of a negative signed value), where Java would take the count modulo the width.
 * Counts are passed as the unsigned or signed value of the Go count operand; a negative
 * signed count panics with Go's text.
 */
public final class Ints {
    private Ints() {}

    public static final RuntimeError NEGATIVE_SHIFT = new RuntimeError("runtime error: negative shift amount");

    private static long count(long s) {
        if (s < 0) {
            throw new GoPanic(NEGATIVE_SHIFT);
        }
        return s;
    }

    public static long shl(long x, long s) {
        return count(s) >= 64 ? 0 : x << s;
    }

    public static long shr(long x, long s) {
        return count(s) >= 64 ? (x < 0 ? -1 : 0) : x >> s;
    }

    public static int shl(int x, long s) {
        return count(s) >= 32 ? 0 : x << s;
    }

    public static int shr(int x, long s) {
        return count(s) >= 32 ? (x < 0 ? -1 : 0) : x >> s;
    }

    /** {@code x >> s} for uint64 (and narrower unsigned values widened to long): zero-filling. */
    public static long ushr(long x, long s) {
        return count(s) >= 64 ? 0 : x >>> s;
    }

    /** A uint64 shift count as a non-negative count (counts of 2^63 and more shift everything out). */
    public static long unsignedCount(long s) {
        return s < 0 ? Long.MAX_VALUE : s;
    }
}
