// Exact rational numbers for untyped floating-point constants.
package dev.goloom.constant;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

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
        if (isInteger()) {
            return new BigDecimal(num).doubleValue();
        }
        // 60 significant digits is far more than a double holds, so the final rounding decides.
        return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(60)).doubleValue();
    }

    /** The exact value of a finite double. */
    public static Rational of(double d) {
        return parseDecimal(new BigDecimal(d).toPlainString());
    }

    /** The nearest float (round half to even), as Go's rounding of a float32 constant. */
    public float toFloat() {
        if (isInteger()) {
            return new BigDecimal(num).floatValue();
        }
        return new BigDecimal(num).divide(new BigDecimal(den), new MathContext(60)).floatValue();
    }

    @Override
    public String toString() {
        return isInteger() ? num.toString() : num + "/" + den;
    }
}
