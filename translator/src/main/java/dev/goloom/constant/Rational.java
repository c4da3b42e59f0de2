// Exact rational numbers for untyped floating-point constants.
package dev.goloom.constant;

import java.math.BigDecimal;
import java.math.BigInteger;

/** num/den in lowest terms with den > 0. */
public record Rational(BigInteger num, BigInteger den) implements Comparable<Rational> {
    public Rational {
        if (den.signum() == 0) {
            throw new ArithmeticException("zero denominator");
        }
        if (den.signum() < 0) {
            num = num.negate();
            den = den.negate();
        }
        BigInteger g = num.gcd(den);
        if (!g.equals(BigInteger.ONE) && g.signum() != 0) {
            num = num.divide(g);
            den = den.divide(g);
        }
        // Like go/constant, keep values of unbounded size exact only while they are small:
        // beyond MAX_BITS, round to 160 significant digits (about 530 bits), so that repeated
        // operations stay fast.
        if (num.bitLength() > MAX_BITS || den.bitLength() > MAX_BITS) {
            java.math.BigDecimal q = new java.math.BigDecimal(num).divide(new java.math.BigDecimal(den),
                    new java.math.MathContext(160));
            BigInteger unscaled = q.unscaledValue();
            int scale = q.scale();
            if (scale >= 0) {
                num = unscaled;
                den = BigInteger.TEN.pow(scale);
            } else {
                num = unscaled.multiply(BigInteger.TEN.pow(-scale));
                den = BigInteger.ONE;
            }
            BigInteger g2 = num.gcd(den);
            if (g2.signum() != 0 && !g2.equals(BigInteger.ONE)) {
                num = num.divide(g2);
                den = den.divide(g2);
            }
        }
    }

    /** Size beyond which a rational is rounded (see the constructor). */
    private static final int MAX_BITS = 4096;

    public static Rational of(BigInteger i) {
        return new Rational(i, BigInteger.ONE);
    }

    /** Parses a decimal float literal (no hex, '_' separators removed by the caller). */
    public static Rational parseDecimal(String text) {
        BigDecimal d = new BigDecimal(text);
        BigInteger unscaled = d.unscaledValue();
        int scale = d.scale();
        return scale >= 0 ? new Rational(unscaled, BigInteger.TEN.pow(scale))
                : new Rational(unscaled.multiply(BigInteger.TEN.pow(-scale)), BigInteger.ONE);
    }

    public boolean isInteger() {
        return den.equals(BigInteger.ONE);
    }

    public Rational add(Rational o) { return new Rational(num.multiply(o.den).add(o.num.multiply(den)), den.multiply(o.den)); }
    public Rational sub(Rational o) { return new Rational(num.multiply(o.den).subtract(o.num.multiply(den)), den.multiply(o.den)); }
    public Rational mul(Rational o) { return new Rational(num.multiply(o.num), den.multiply(o.den)); }
    public Rational div(Rational o) { return new Rational(num.multiply(o.den), den.multiply(o.num)); }
    public Rational negate() { return new Rational(num.negate(), den); }
    public int signum() { return num.signum(); }

    @Override
    public int compareTo(Rational o) {
        return num.multiply(o.den).compareTo(o.num.multiply(den));
    }

    /** The nearest double (round half to even, as Go's conversion of constants does). */
    public double toDouble() {
        return nearest(53, -1022);
    }

    /** The exact value of a finite double. */
    public static Rational of(double d) {
        return parseDecimal(new BigDecimal(d).toPlainString());
    }

    /**
     * The nearest float (round half to even), as Go's rounding of a float32 constant: rounded
     * once from the exact value, never through a double, whose own rounding can make a value
     * just below the midpoint between two floats a tie (test/float_lit2.go).
     */
    public float toFloat() {
        return (float) nearest(24, -126);
    }

    /**
     * The exact value rounded once, half to even, to a binary float of {@code precision}
     * significant bits whose normal numbers have exponents from {@code minExponent} on (below it,
     * subnormals keep the quantum 2^(minExponent-precision+1)); ±Inf when it rounds beyond the
     * format's range. The result is returned as a double, which holds a float32 exactly.
     */
    private double nearest(int precision, int minExponent) {
        if (num.signum() == 0) {
            return 0.0;
        }
        BigInteger a = num.abs();
        // e = floor(log2(a/den)): 2^e <= a/den < 2^(e+1).
        int e = a.bitLength() - den.bitLength();
        if ((e >= 0 ? a.compareTo(den.shiftLeft(e)) : a.shiftLeft(-e).compareTo(den)) < 0) {
            e--;
        }
        int maxExponent = -minExponent + 1;
        if (e > maxExponent) {
            return num.signum() < 0 ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        // The weight of the last bit kept; m = round(a/den / 2^quantum) has at most precision bits.
        int quantum = Math.max(e, minExponent) - precision + 1;
        BigInteger n = quantum <= 0 ? a.shiftLeft(-quantum) : a;
        BigInteger d = quantum <= 0 ? den : den.shiftLeft(quantum);
        BigInteger[] qr = n.divideAndRemainder(d);
        int half = qr[1].shiftLeft(1).compareTo(d);
        long m = qr[0].longValueExact();
        if (half > 0 || half == 0 && (m & 1) == 1) {
            m++;
        }
        if (m == 0) {
            return 0.0; // Go's constants have no negative zero
        }
        // m <= 2^precision is exact in a double; scaling by a power of two is exact or overflows.
        double magnitude = Math.scalb((double) m, quantum);
        if (precision == 24 && Math.abs(magnitude) > Float.MAX_VALUE) {
            magnitude = Double.POSITIVE_INFINITY;
        }
        return num.signum() < 0 ? -magnitude : magnitude;
    }

    @Override
    public String toString() {
        return isInteger() ? num.toString() : num + "/" + den;
    }
}
