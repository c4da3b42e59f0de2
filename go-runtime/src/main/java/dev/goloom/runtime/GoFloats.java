// Go's shortest float formatting (strconv.FormatFloat(f, 'g', -1, bitSize)), used by print and fmt's %v.
package dev.goloom.runtime;

import java.math.BigDecimal;

/**
 * The shortest decimal that reads back as the same float, in Go's %g layout: exponent form
 * when the decimal exponent is below -4 or at least 6 ("1e+06", "1.5e-05"), else plain
 * ("123456", "0.0001"). The digits come from Java's Double.toString / Float.toString, which
 * since JDK 19 are the shortest that round-trip, choosing the closest on ties, as Go's are.
 */
public final class GoFloats {
    private GoFloats() {}

    public static String formatG(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        return layout(v, Double.isInfinite(v) ? null : Double.toString(v));
    }

    public static String formatG(float v) {
        if (Float.isNaN(v)) {
            return "NaN";
        }
        return layout(v, Float.isInfinite(v) ? null : Float.toString(v));
    }

    private static String layout(double v, String javaDigits) {
        boolean negative = v < 0 || (v == 0 && 1 / v < 0);
        String sign = negative ? "-" : "";
        if (javaDigits == null) {
            return negative ? "-Inf" : "+Inf";
        }
        if (v == 0) {
            return sign + "0";
        }
        BigDecimal d = new BigDecimal(javaDigits).stripTrailingZeros();
        String digits = d.unscaledValue().abs().toString();
        int nd = digits.length();
        int dp = nd - d.scale(); // value = 0.digits × 10^dp
        int exp = dp - 1;
        StringBuilder sb = new StringBuilder(sign);
        if (exp < -4 || exp >= 6) {
            sb.append(digits.charAt(0));
            if (nd > 1) {
                sb.append('.').append(digits, 1, nd);
            }
            sb.append('e').append(exp < 0 ? '-' : '+');
            int e = Math.abs(exp);
            if (e < 10) {
                sb.append('0');
            }
            return sb.append(e).toString();
        }
        if (dp <= 0) {
            return sb.append("0.").append("0".repeat(-dp)).append(digits).toString();
        }
        if (dp >= nd) {
            return sb.append(digits).append("0".repeat(dp - nd)).toString();
        }
        return sb.append(digits, 0, dp).append('.').append(digits, dp, nd).toString();
    }
}
