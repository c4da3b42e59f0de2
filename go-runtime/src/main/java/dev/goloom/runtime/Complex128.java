// Go's complex128: arithmetic as gc compiles it (division through runtime.complex128div) and println's format.
package dev.goloom.runtime;

/**
 * A complex128 value. {@code equals} is Go's {@code ==}: parts compared with {@code ==}, so
 * a value with a NaN part equals nothing (not even itself) and -0 equals +0; {@code hashCode}
 * agrees. {@code toString} is what println prints.
 *
 * @param real the real part
 * @param imag the imaginary part
 */
public record Complex128(double real, double imag) {
    /** The zero value. */
    public static final Complex128 ZERO = new Complex128(0, 0);

    public Complex128 add(Complex128 o) {
        return new Complex128(real + o.real, imag + o.imag);
    }

    public Complex128 sub(Complex128 o) {
        return new Complex128(real - o.real, imag - o.imag);
    }

    /** The schoolbook product, without C99's infinity recovery (gc does none). */
    public Complex128 mul(Complex128 o) {
        return new Complex128(real * o.real - imag * o.imag, real * o.imag + imag * o.real);
    }

    public Complex128 neg() {
        return new Complex128(-real, -imag);
    }

    /** Division as runtime.complex128div: Smith's algorithm, then C99 Annex G's fix-ups when both parts are NaN. */
    public Complex128 div(Complex128 m) {
        return divide(real, imag, m.real, m.imag);
    }

    static Complex128 divide(double a, double b, double c, double d) {
        double e, f;
        // Divide by the larger part of the divisor to avoid overflow in c*c + d*d.
        if (Math.abs(c) >= Math.abs(d)) {
            double ratio = d / c;
            double denom = c + ratio * d;
            e = (a + b * ratio) / denom;
            f = (b - a * ratio) / denom;
        } else {
            double ratio = c / d;
            double denom = d + ratio * c;
            e = (a * ratio + b) / denom;
            f = (b * ratio - a) / denom;
        }
        if (Double.isNaN(e) && Double.isNaN(f)) {
            // Recover infinities and zeros that the formula lost.
            if (c == 0 && d == 0 && (!Double.isNaN(a) || !Double.isNaN(b))) {
                double inf = Math.copySign(Double.POSITIVE_INFINITY, c);
                e = inf * a;
                f = inf * b;
            } else if ((Double.isInfinite(a) || Double.isInfinite(b)) && Double.isFinite(c) && Double.isFinite(d)) {
                double a1 = infToOne(a), b1 = infToOne(b);
                e = Double.POSITIVE_INFINITY * (a1 * c + b1 * d);
                f = Double.POSITIVE_INFINITY * (b1 * c - a1 * d);
            } else if ((Double.isInfinite(c) || Double.isInfinite(d)) && Double.isFinite(a) && Double.isFinite(b)) {
                double c1 = infToOne(c), d1 = infToOne(d);
                e = 0 * (a * c1 + b * d1);
                f = 0 * (b * c1 - a * d1);
            }
        }
        return new Complex128(e, f);
    }

    /** ±1 for an infinity, ±0 otherwise, keeping the sign. */
    private static double infToOne(double v) {
        return Math.copySign(Double.isInfinite(v) ? 1.0 : 0.0, v);
    }

    /** Go's {@code ==}. */
    public boolean eq(Complex128 o) {
        return real == o.real && imag == o.imag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex128 c && eq(c);
    }

    @Override
    public int hashCode() {
        return GoEquality.hash(real) * 31 + GoEquality.hash(imag);
    }

    /** println's format since Go 1.26, strconv.FormatComplex(c, 'g', -1, 128): {@code (1+2i)}, {@code (-0+1e+300i)}. */
    @Override
    public String toString() {
        return format(GoFloats.formatG(real), GoFloats.formatG(imag));
    }

    /** "(" real, imag with an explicit sign, "i)". */
    static String format(String re, String im) {
        char first = im.charAt(0);
        return "(" + re + (first == '+' || first == '-' ? im : "+" + im) + "i)";
    }
}
