// Reduction of an angle to (-Pi/2, Pi/2] modulo Pi, as math/cmplx's Atan and Tan series need it.
package go.math.cmplx;

/**
 * x − kπ for the integer k nearest x/π. Below 2^30 the multiple is removed in three parts
 * (Cody–Waite, π split so that each product is exact); above, x/π's fraction comes from the
 * binary digits of 1/π (Payne–Hanek), multiplying x's 53-bit mantissa by the 192 bits of 1/π
 * that matter for its exponent. The steps and their roundings are Go's, so the result is Go's bits.
 */
final class ReducePi {
    private ReducePi() {}

    /** Below this, the three-part reduction is exact enough. */
    private static final double THRESHOLD = 0x1p30;
    /** π in three parts: the first two have trailing zero bits, so t·PI1 and t·PI2 are exact for t < 2^30. */
    private static final double PI1 = Double.longBitsToDouble(0x400921fb40000000L);
    private static final double PI2 = Double.longBitsToDouble(0x3e84442d00000000L);
    private static final double PI3 = Double.longBitsToDouble(0x3d08469898cc5170L);

    /** The binary digits of 1/π, 64 to a word, from the first after the point; one zero word leads. */
    private static final long[] INVERSE_PI = {
        0x0000000000000000L, 0x517cc1b727220a94L, 0xfe13abe8fa9a6ee0L, 0x6db14acc9e21c820L,
        0xff28b1d5ef5de2b0L, 0xdb92371d2126e970L, 0x0324977504e8c90eL, 0x7f0ef58e5894d39fL,
        0x74411afa975da242L, 0x74ce38135a2fbf20L, 0x9cc8eb1cc1a99cfaL, 0x4e422fc5defc941dL,
        0x8ffc4bffef02cc07L, 0xf79788c5ad05368fL, 0xb69b3f6793e584dbL, 0xa7a31fb34f2ff516L,
        0xba93dd63f5f2f8bdL, 0x9e839cfbc5294975L, 0x35fdafd88fc6ae84L, 0x2b0198237e3db5d5L,
    };

    static double reduce(double x) {
        if (Math.abs(x) < THRESHOLD) {
            double t = x / Math.PI + 0.5;
            t = (double) (long) t; // the multiple, truncated as Go's int64(t)
            return ((x - t * PI1) - t * PI2) - t * PI3;
        }
        final int shift = 52;
        final int bias = 1023;
        long ix = Double.doubleToRawLongBits(x);
        int exp = (int) ((ix >>> shift) & 0x7FF) - bias - shift;
        long mantissa = (ix & ((1L << shift) - 1)) | (1L << shift);
        // The 192 bits of 1/π starting where x's exponent puts the binary point.
        int digit = (exp + 64) >>> 6;
        int bitShift = (exp + 64) & 63;
        long z0 = shl(INVERSE_PI[digit], bitShift) | shr(INVERSE_PI[digit + 1], 64 - bitShift);
        long z1 = shl(INVERSE_PI[digit + 1], bitShift) | shr(INVERSE_PI[digit + 2], 64 - bitShift);
        long z2 = shl(INVERSE_PI[digit + 2], bitShift) | shr(INVERSE_PI[digit + 3], 64 - bitShift);
        // The fraction of mantissa × z, 128 bits (hi, lo); the integer part wraps away.
        long z2hi = Math.unsignedMultiplyHigh(z2, mantissa);
        long z1hi = Math.unsignedMultiplyHigh(z1, mantissa);
        long z1lo = z1 * mantissa;
        long z0lo = z0 * mantissa;
        long lo = z1lo + z2hi;
        long carry = Long.compareUnsigned(lo, z1lo) < 0 ? 1 : 0;
        long hi = z0lo + z1hi + carry;
        // Normalize into a float64 in [0, 1).
        int lz = Long.numberOfLeadingZeros(hi);
        long e = bias - (lz + 1);
        hi = shl(hi, lz + 1) | shr(lo, 64 - (lz + 1));
        hi >>>= 64 - shift;
        hi |= e << shift;
        double fraction = Double.longBitsToDouble(hi);
        if (fraction > 0.5) {
            fraction--;
        }
        return Math.PI * fraction;
    }

    /** Go's {@code <<} on uint64: 0 for counts of 64 (Java would shift by the count mod 64). */
    private static long shl(long v, int n) {
        return n >= 64 ? 0 : v << n;
    }

    /** Go's {@code >>} on uint64: 0 for counts of 64. */
    private static long shr(long v, int n) {
        return n >= 64 ? 0 : v >>> n;
    }
}
