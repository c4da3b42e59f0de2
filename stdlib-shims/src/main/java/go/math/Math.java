// Package math: constants and floating-point functions with Go's special cases.
package go.math;

/**
 * Go's package math. Functions whose results Go defines exactly (Sqrt, Hypot, Floor, Ceil, Trunc,
 * Round, Abs, Mod, Max, Min, Frexp, Modf, the bit conversions) give Go's bits. The
 * transcendental functions use {@link StrictMath} (fdlibm) with Go's special cases; Go computes
 * them with its own algorithms (Cephes ports, amd64 assembly for Exp and Log), so results
 * may differ from Go's in the last bit or two ({@code MathTest} measures and bounds the
 * difference per function). Bit-exact ports of Go's algorithms are still to do.
 */
public final class Math {
    private Math() {}

    public static final double E = 2.71828182845904523536028747135266249775724709369995957496696763;
    public static final double Pi = 3.14159265358979323846264338327950288419716939937510582097494459;
    public static final double Phi = 1.61803398874989484820458683436563811772030917980576286213544862;
    public static final double Sqrt2 = 1.41421356237309504880168872420969807856967187537694807317667974;
    public static final double SqrtE = 1.64872127070012814684865078831848827047665014087920302218640880;
    public static final double SqrtPi = 1.77245385090551602729816748334114518279754945612238712821380779;
    public static final double SqrtPhi = 1.27201964951406896425242246173749149171560804184009624861664038;
    public static final double Ln2 = 0.693147180559945309417232121458176568075500134360255254120680009;
    public static final double Log2E = 1 / Ln2;
    public static final double Ln10 = 2.30258509299404568401799145468436420760110148862877297603332790;
    public static final double Log10E = 1 / Ln10;

    public static final double MaxFloat32 = 0x1p127 * (1 + (1 - 0x1p-23));
    public static final double SmallestNonzeroFloat32 = 0x1p-126 * 0x1p-23;
    public static final double MaxFloat64 = Double.MAX_VALUE;
    public static final double SmallestNonzeroFloat64 = Double.MIN_VALUE;

    public static final long MaxInt = Long.MAX_VALUE;
    public static final long MinInt = Long.MIN_VALUE;
    public static final byte MaxInt8 = Byte.MAX_VALUE;
    public static final byte MinInt8 = Byte.MIN_VALUE;
    public static final short MaxInt16 = Short.MAX_VALUE;
    public static final short MinInt16 = Short.MIN_VALUE;
    public static final int MaxInt32 = Integer.MAX_VALUE;
    public static final int MinInt32 = Integer.MIN_VALUE;
    public static final long MaxInt64 = Long.MAX_VALUE;
    public static final long MinInt64 = Long.MIN_VALUE;
    /** Unsigned maxima hold the Go value's bits in the Java type of the Go type. */
    public static final long MaxUint = -1L;
    public static final byte MaxUint8 = (byte) 0xFF;
    public static final short MaxUint16 = (short) 0xFFFF;
    public static final int MaxUint32 = 0xFFFFFFFF;
    public static final long MaxUint64 = -1L;

    // ---- exact functions ----

    public static double Abs(double x) {
        return java.lang.Math.abs(x);
    }

    public static double Sqrt(double x) {
        return java.lang.Math.sqrt(x);
    }

    public static double Floor(double x) {
        return java.lang.Math.floor(x);
    }

    public static double Ceil(double x) {
        return java.lang.Math.ceil(x);
    }

    /** The integer value of x, toward zero. */
    public static double Trunc(double x) {
        return x < 0 ? java.lang.Math.ceil(x) : java.lang.Math.floor(x);
    }

    /** The nearest integer, rounding half away from zero (Java's Math.round rounds half up). */
    public static double Round(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double t = Trunc(x);
        if (java.lang.Math.abs(x - t) >= 0.5) {
            return t + java.lang.Math.copySign(1, x);
        }
        return t;
    }

    /** The nearest integer, rounding half to even. */
    public static double RoundToEven(double x) {
        return java.lang.Math.rint(x);
    }

    /** The remainder of x/y with the sign of x (C's fmod; Java's % on doubles). */
    public static double Mod(double x, double y) {
        return x % y;
    }

    /** Max: +Inf wins over NaN, otherwise NaN wins; +0 is larger than -0. */
    public static double Max(double x, double y) {
        if (Double.isInfinite(x) && x > 0 || Double.isInfinite(y) && y > 0) {
            return Double.POSITIVE_INFINITY;
        }
        return java.lang.Math.max(x, y);
    }

    /** Min: -Inf wins over NaN, otherwise NaN wins; -0 is smaller than +0. */
    public static double Min(double x, double y) {
        if (Double.isInfinite(x) && x < 0 || Double.isInfinite(y) && y < 0) {
            return Double.NEGATIVE_INFINITY;
        }
        return java.lang.Math.min(x, y);
    }

    /** Dim: max(x-y, 0). */
    public static double Dim(double x, double y) {
        double v = x - y;
        return v <= 0 ? 0 : v;
    }

    public static double Copysign(double f, double sign) {
        return java.lang.Math.copySign(f, sign);
    }

    public static boolean Signbit(double x) {
        return Double.doubleToRawLongBits(x) < 0;
    }

    /** +Inf when sign >= 0, -Inf when sign < 0. */
    public static double Inf(long sign) {
        return sign >= 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
    }

    /** Go's NaN has the bits 0x7FF8000000000001 (Java's Double.NaN: ...0000); Float64bits shows the difference. */
    private static final double GO_NAN = Double.longBitsToDouble(0x7FF8000000000001L);

    public static double NaN() {
        return GO_NAN;
    }

    public static boolean IsNaN(double f) {
        return Double.isNaN(f);
    }

    /** Whether f is an infinity of the sign's sign (either when sign == 0). */
    public static boolean IsInf(double f, long sign) {
        return sign >= 0 && f == Double.POSITIVE_INFINITY || sign <= 0 && f == Double.NEGATIVE_INFINITY;
    }

    public static long Float64bits(double f) {
        return Double.doubleToRawLongBits(f);
    }

    public static double Float64frombits(long b) {
        return Double.longBitsToDouble(b);
    }

    public static int Float32bits(float f) {
        return Float.floatToRawIntBits(f);
    }

    public static float Float32frombits(int b) {
        return Float.intBitsToFloat(b);
    }

    /** The next representable value after x towards y. */
    public static double Nextafter(double x, double y) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (x == y) {
            return x;
        }
        return java.lang.Math.nextAfter(x, y);
    }

    /** Frac and Int parts with the sign of f. */
    public static dev.goloom.runtime.Tuple2<Double, Double> Modf(double f) {
        if (f < 1) {
            if (f < 0) {
                dev.goloom.runtime.Tuple2<Double, Double> t = Modf(-f);
                return new dev.goloom.runtime.Tuple2<>(-t.v0(), -t.v1());
            }
            if (f == 0) {
                return new dev.goloom.runtime.Tuple2<>(f, f);
            }
            return new dev.goloom.runtime.Tuple2<>(0.0, f);
        }
        double i = Trunc(f);
        double frac = Double.isInfinite(f) ? Double.NaN : f - i;
        return new dev.goloom.runtime.Tuple2<>(i, frac);
    }

    /** frac × 2^exp == f with |frac| in [½, 1); (f, 0) for ±0, ±Inf and NaN. */
    public static dev.goloom.runtime.Tuple2<Double, Long> Frexp(double f) {
        if (f == 0 || Double.isNaN(f) || Double.isInfinite(f)) {
            return new dev.goloom.runtime.Tuple2<>(f, 0L);
        }
        long exp = 0;
        if (java.lang.Math.abs(f) < Double.MIN_NORMAL) { // subnormal: normalize first
            f *= 0x1p52;
            exp = -52;
        }
        long bits = Double.doubleToRawLongBits(f);
        exp += ((bits >>> 52) & 0x7FF) - 1022;
        bits = bits & ~(0x7FFL << 52) | (1022L << 52);
        return new dev.goloom.runtime.Tuple2<>(Double.longBitsToDouble(bits), exp);
    }

    /** frac × 2^exp. */
    public static double Ldexp(double frac, long exp) {
        int e = (int) java.lang.Math.max(java.lang.Math.min(exp, 10000), -10000);
        return java.lang.Math.scalb(frac, e);
    }

    // ---- transcendental functions ----

    /** x**y with Go's special cases (Pow(1, y) = 1 even for NaN and ±Inf y; Pow(-1, ±Inf) = 1). */
    public static double Pow(double x, double y) {
        if (y == 0 || x == 1) {
            return 1;
        }
        if (y == 1) {
            return x;
        }
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        if (Double.isInfinite(y) && x == -1) {
            return 1;
        }
        if (y == 0.5 && x != 0 && !Double.isInfinite(x)) {
            return java.lang.Math.sqrt(x);
        }
        if (y == -0.5 && x != 0 && !Double.isInfinite(x)) {
            return 1 / java.lang.Math.sqrt(x);
        }
        return StrictMath.pow(x, y);
    }

    public static double Pow10(long n) {
        if (n < -323) {
            return 0;
        }
        if (n > 308) {
            return Double.POSITIVE_INFINITY;
        }
        return Double.parseDouble("1e" + n);
    }

    public static double Exp(double x) {
        return StrictMath.exp(x);
    }

    public static double Exp2(double x) {
        return StrictMath.pow(2, x);
    }

    public static double Expm1(double x) {
        return StrictMath.expm1(x);
    }

    public static double Log(double x) {
        return StrictMath.log(x);
    }

    /** Log2 is exact for powers of two, as Go's is (it splits off the exponent first). */
    public static double Log2(double x) {
        dev.goloom.runtime.Tuple2<Double, Long> fe = Frexp(x);
        double frac = fe.v0();
        long exp = fe.v1();
        if (frac == 0.5) {
            return exp - 1;
        }
        return StrictMath.log(frac) * (1 / Ln2) + exp;
    }

    public static double Log10(double x) {
        return StrictMath.log(x) * (1 / Ln10);
    }

    public static double Log1p(double x) {
        return StrictMath.log1p(x);
    }

    public static double Sin(double x) {
        return StrictMath.sin(x);
    }

    public static double Cos(double x) {
        return StrictMath.cos(x);
    }

    public static double Tan(double x) {
        return StrictMath.tan(x);
    }

    public static double Asin(double x) {
        return StrictMath.asin(x);
    }

    public static double Acos(double x) {
        return StrictMath.acos(x);
    }

    public static double Atan(double x) {
        return StrictMath.atan(x);
    }

    /**
     * The arc tangent of y/x in the quadrant of (x, y), computed as Go does: through Atan(y/x)
     * after the special cases, so the same quotient underflow gives the same answer (Go:
     * Atan2(-tiny, -huge) = +Pi, since y/x rounds to +0).
     */
    public static double Atan2(double y, double x) {
        if (Double.isNaN(y) || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (y == 0) {
            return x >= 0 && !Signbit(x) ? Copysign(0, y) : Copysign(Pi, y);
        }
        if (x == 0) {
            return Copysign(Pi / 2, y);
        }
        if (Double.isInfinite(x)) {
            if (x > 0) {
                return Double.isInfinite(y) ? Copysign(Pi / 4, y) : Copysign(0, y);
            }
            return Double.isInfinite(y) ? Copysign(3 * Pi / 4, y) : Copysign(Pi, y);
        }
        if (Double.isInfinite(y)) {
            return Copysign(Pi / 2, y);
        }
        double q = Atan(y / x);
        if (x < 0) {
            return q <= 0 ? q + Pi : q - Pi;
        }
        return q;
    }

    public static double Sinh(double x) {
        return StrictMath.sinh(x);
    }

    public static double Cosh(double x) {
        return StrictMath.cosh(x);
    }

    public static double Tanh(double x) {
        return StrictMath.tanh(x);
    }

    /**
     * sqrt(p*p + q*q) without undue overflow, as Go's amd64 Hypot computes it (max × sqrt(1 +
     * (min/max)²), every step one IEEE operation), so the result is Go's bits.
     */
    public static double Hypot(double p, double q) {
        p = java.lang.Math.abs(p);
        q = java.lang.Math.abs(q);
        if (Double.isInfinite(p) || Double.isInfinite(q)) {
            return Double.POSITIVE_INFINITY;
        }
        if (Double.isNaN(p) || Double.isNaN(q)) {
            return Double.NaN;
        }
        if (p == 0 && q == 0) {
            return 0;
        }
        double max = java.lang.Math.max(p, q);
        double ratio = java.lang.Math.min(p, q) / max;
        return max * java.lang.Math.sqrt(1 + ratio * ratio);
    }

    public static double Cbrt(double x) {
        return StrictMath.cbrt(x);
    }

    /** Inverse hyperbolic sine, by the formulas of Go's asinh.go (FreeBSD's s_asinh.c). */
    public static double Asinh(double x) {
        final double large = 1 << 28, nearZero = 1.0 / (1 << 28);
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        boolean negative = x < 0;
        if (negative) {
            x = -x;
        }
        double t;
        if (x > large) {
            t = Log(x) + LN2_DOUBLE;
        } else if (x > 2) {
            t = Log(2 * x + 1 / (Sqrt(x * x + 1) + x));
        } else if (x < nearZero) {
            t = x;
        } else {
            t = Log1p(x + x * x / (1 + Sqrt(1 + x * x)));
        }
        return negative ? -t : t;
    }

    /** Inverse hyperbolic cosine, by the formulas of Go's acosh.go. */
    public static double Acosh(double x) {
        final double large = 1 << 28;
        if (x < 1 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x == 1) {
            return 0;
        }
        if (x >= large) {
            return Log(x) + LN2_DOUBLE;
        }
        if (x > 2) {
            return Log(2 * x - 1 / (x + Sqrt(x * x - 1)));
        }
        double t = x - 1;
        return Log1p(t + Sqrt(2 * t + t * t));
    }

    /** Inverse hyperbolic tangent, by the formulas of Go's atanh.go. */
    public static double Atanh(double x) {
        final double nearZero = 1.0 / (1 << 28);
        if (x < -1 || x > 1 || Double.isNaN(x)) {
            return Double.NaN;
        }
        if (x == 1) {
            return Double.POSITIVE_INFINITY;
        }
        if (x == -1) {
            return Double.NEGATIVE_INFINITY;
        }
        boolean negative = x < 0;
        if (negative) {
            x = -x;
        }
        double t;
        if (x < nearZero) {
            t = x;
        } else if (x < 0.5) {
            t = x + x;
            t = 0.5 * Log1p(t + t * x / (1 - x));
        } else {
            t = 0.5 * Log1p((x + x) / (1 - x));
        }
        return negative ? -t : t;
    }

    /** ln 2 rounded to a double, the constant Go's inverse hyperbolic functions add. */
    private static final double LN2_DOUBLE = 6.93147180559945286227e-01;

    /**
     * The IEEE 754 remainder x - n*y, n the integer nearest x/y (ties to even): exact, so
     * Java's IEEEremainder gives Go's bits, special cases included (NaN for an infinite x or a
     * zero y, x for an infinite y).
     */
    public static double Remainder(double x, double y) {
        return StrictMath.IEEEremainder(x, y);
    }

    /** Sin(x) and Cos(x). */
    public static dev.goloom.runtime.Tuple2<Double, Double> Sincos(double x) {
        return new dev.goloom.runtime.Tuple2<>(Sin(x), Cos(x));
    }
}
