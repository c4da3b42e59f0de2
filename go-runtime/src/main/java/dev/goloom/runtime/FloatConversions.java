// Float-to-integer and uint64-to-float conversions exactly as gc compiles them on amd64, out-of-range and NaN included.
package dev.goloom.runtime;

/**
 * The Go spec leaves out-of-range float→integer conversions implementation-defined; programs
 * observe what gc does on amd64, which is not Java's saturation:
 * <ul>
 * <li>to int64 (and uint64 below 2^63): CVTTSD2SQ, which gives 0x8000000000000000 for NaN and
 *     anything out of range;
 * <li>to int32, int16, int8, uint16, uint8: the 32-bit CVTTSD2SL (0x80000000 when out of int32
 *     range), then truncated to the width;
 * <li>to uint32: the 64-bit conversion, truncated to 32 bits;
 * <li>to uint64: values below 2^63 as int64; others as {@code int64(x - 2^63) | 1 << 63}.
 * </ul>
 * A float32 widens to float64 exactly and truncation then gives the same integer, so these
 * take {@code double} for both float types. The uint64→float conversions round correctly
 * (gc halves with a sticky bit), as Java's long→double does for the signed range.
 */
public final class FloatConversions {
    private FloatConversions() {}

    private static final double TWO_63 = 0x1p63;
    private static final double TWO_31 = 0x1p31;

    /** CVTTSD2SQ: truncation, or Long.MIN_VALUE for NaN and out of range. */
    private static long cvtt64(double f) {
        return f >= -TWO_63 && f < TWO_63 ? (long) f : Long.MIN_VALUE;
    }

    /** CVTTSD2SL: truncation, or Integer.MIN_VALUE for NaN and out of range. */
    private static int cvtt32(double f) {
        return f > -TWO_31 - 1 && f < TWO_31 ? (int) f : Integer.MIN_VALUE;
    }

    public static long toInt64(double f) {
        return cvtt64(f);
    }

    public static int toInt32(double f) {
        return cvtt32(f);
    }

    public static short toInt16(double f) {
        return (short) cvtt32(f);
    }

    public static byte toInt8(double f) {
        return (byte) cvtt32(f);
    }

    /** uint64(f), returned as the bits of the Go value. */
    public static long toUint64(double f) {
        if (f < TWO_63) {
            return cvtt64(f);
        }
        return cvtt64(f - TWO_63) | Long.MIN_VALUE;
    }

    /** uint32(f), returned as the bits of the Go value. */
    public static int toUint32(double f) {
        return (int) cvtt64(f);
    }

    public static short toUint16(double f) {
        return (short) cvtt32(f);
    }

    public static byte toUint8(double f) {
        return (byte) cvtt32(f);
    }

    /** float64(u) for a uint64 held in a long. */
    public static double u64ToF64(long u) {
        if (u >= 0) {
            return (double) u;
        }
        // Halve keeping the lowest bit sticky, so the rounding of the 64-bit value is kept.
        double half = (double) ((u >>> 1) | (u & 1));
        return half + half;
    }

    /** float32(u) for a uint64 held in a long. */
    public static float u64ToF32(long u) {
        if (u >= 0) {
            return (float) u;
        }
        float half = (float) ((u >>> 1) | (u & 1));
        return half + half;
    }
}
