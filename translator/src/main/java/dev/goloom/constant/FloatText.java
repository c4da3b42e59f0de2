// The short text of a float constant in messages, as go/constant's String prints it (%.6g).
package dev.goloom.constant;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * go/constant's {@code floatVal.String}: a value within float64's range prints as Go's
 * {@code %.6g} of the nearest float64 ({@code 2}, {@code 1e+06}, {@code 1.23457e+08}, {@code 0.1}),
 * or as Go's shortest {@code %g} when {@code %.6g} would hide that it is not an integer
 * ({@code 1.0000005e+06}); beyond float64's range (overflow or underflow) it prints an
 * approximate {@code m.mmmmme±d} computed from a float64 mantissa and a binary exponent.
 */
public final class FloatText {
    private FloatText() {}

    /** log10(2), as Go's {@code math.Ln2 / math.Ln10} rounded to a float64. */
    private static final double LOG10_2 = 0.30102999566398119521373889472449302676818988146210854131;

    public static String of(Rational r) {
        double x = r.toDouble();
        if (r.signum() == 0 || x != 0 && !Double.isInfinite(x)) {
            String s = g(x, 6);
            return !r.isInteger() && s.indexOf('.') < 0 ? g(x, -1) : s;
        }
        // Out of float64's range: r = mant × 2^exp with 0.5 <= |mant| < 1.
        java.math.BigInteger a = r.num().abs();
        int exp = a.bitLength() - r.den().bitLength();
        if ((exp >= 0 ? a.compareTo(r.den().shiftLeft(exp)) : a.shiftLeft(-exp).compareTo(r.den())) >= 0) {
            exp++;
        }
        java.math.BigInteger one = java.math.BigInteger.ONE;
        Rational mant = exp >= 0 ? r.div(Rational.of(one.shiftLeft(exp))) : r.mul(Rational.of(one.shiftLeft(-exp)));
        double m = mant.toDouble();
        double d = exp * LOG10_2;
        long e = (long) d;
        m *= Math.pow(10, d - e);
        double am = Math.abs(m);
        if (am < 1 - 0.5e-6) {
            m *= 10;
            e--;
        } else if (am >= 10) {
            m /= 10;
            e++;
        }
        return g(m, 6) + "e" + (e >= 0 ? "+" : "") + e;
    }

    /** Go's {@code %.Ng} of a finite double ({@code precision} -1: Go's shortest {@code %g}). */
    static String g(double x, int precision) {
        if (x == 0) {
            return "0";
        }
        BigDecimal exact = precision < 0 ? new BigDecimal(Double.toString(Math.abs(x)))
                : new BigDecimal(Math.abs(x)).round(new MathContext(precision, RoundingMode.HALF_EVEN));
        BigDecimal stripped = exact.stripTrailingZeros();
        String digits = stripped.unscaledValue().toString();
        int nd = digits.length();
        int dp = nd - stripped.scale(); // the decimal point's position after the first digit's
        int prec = precision < 0 ? nd : precision;
        int eprec = precision < 0 ? 6 : (prec > nd && nd >= dp ? nd : prec);
        int exp10 = dp - 1;
        StringBuilder sb = new StringBuilder(x < 0 ? "-" : "");
        if (exp10 < -4 || exp10 >= eprec) {
            sb.append(digits.charAt(0));
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd);
            }
            sb.append('e').append(exp10 < 0 ? '-' : '+');
            int ae = Math.abs(exp10);
            sb.append(ae < 10 ? "0" : "").append(ae);
            return sb.toString();
        }
        // %f with max(prec - dp, 0) decimals, prec cut to nd when it exceeds dp.
        int decimals = Math.max((prec > dp ? nd : prec) - dp, 0);
        sb.append(new BigDecimal(digits).scaleByPowerOfTen(dp - nd).setScale(decimals, RoundingMode.UNNECESSARY)
                .toPlainString());
        return sb.toString();
    }
}
