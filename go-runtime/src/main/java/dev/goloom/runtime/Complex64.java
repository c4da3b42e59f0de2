// Go's complex64: float32 parts; products and quotients computed in float64 and rounded, as gc does.
package dev.goloom.runtime;

/**
 * A complex64 value. gc computes a complex64 product in float64 and rounds each part to
 * float32, and divides by converting to complex128 and calling complex128div; sums are exact
 * either way. {@code equals} is Go's {@code ==} (NaN parts never equal).
 *
 * @param real the real part
 * @param imag the imaginary part
 */
public record Complex64(float real, float imag) {
    /** The zero value. */
    public static final Complex64 ZERO = new Complex64(0, 0);

    public Complex64 add(Complex64 o) {
        return new Complex64(real + o.real, imag + o.imag);
    }

    public Complex64 sub(Complex64 o) {
        return new Complex64(real - o.real, imag - o.imag);
    }

    public Complex64 mul(Complex64 o) {
        double a = real, b = imag, c = o.real, d = o.imag;
        return new Complex64((float) (a * c - b * d), (float) (a * d + b * c));
    }

    public Complex64 neg() {
        return new Complex64(-real, -imag);
    }

    public Complex64 div(Complex64 o) {
        Complex128 q = Complex128.divide(real, imag, o.real, o.imag);
        return new Complex64((float) q.real(), (float) q.imag());
    }

    /** complex128(c). */
    public Complex128 toComplex128() {
        return new Complex128(real, imag);
    }

    /** complex64(c). */
    public static Complex64 of(Complex128 c) {
        return new Complex64((float) c.real(), (float) c.imag());
    }

    /** Go's {@code ==}. */
    public boolean eq(Complex64 o) {
        return real == o.real && imag == o.imag;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Complex64 c && eq(c);
    }

    @Override
    public int hashCode() {
        return GoEquality.hash(real) * 31 + GoEquality.hash(imag);
    }

    /** println's format: strconv.FormatComplex(c, 'g', -1, 64). */
    @Override
    public String toString() {
        return Complex128.format(GoFloats.formatG(real), GoFloats.formatG(imag));
    }
}
