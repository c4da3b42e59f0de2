// The decimal digits of a float (shortest or rounded to a precision): the input of every decimal float layout.
package go.strconv;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A non-negative decimal {@code 0.d1d2…dn × 10^dp} with no trailing zeros (zero is
 * {@code digits = ""}, {@code dp = 0}), as Go's strconv keeps it between digit generation and
 * layout. Shortest digits come from the JDK's {@code Double.toString}/{@code Float.toString},
 * which since JDK 19 give the shortest decimal that reads back as the same float, the closest
 * of those, ties to even — Go's rule too, with one exception fixed here: the JDK never prints
 * fewer than two digits, so where one digit suffices it may pick a different two-digit decimal
 * ({@code 4.9E-324} where Go prints {@code 5e-324}). Rounded digits come from the exact binary
 * value (BigDecimal) rounded half to even, as Go's exact algorithms do.
 *
 * @param digits the significant digits, without trailing zeros
 * @param dp     the decimal point's position: value = 0.digits × 10^dp
 */
record Decimal(String digits, int dp) {
    static final Decimal ZERO = new Decimal("", 0);

    int nd() {
        return digits.length();
    }

    /** The digit at {@code i}, or '0' past the end. */
    char digit(int i) {
        return i >= 0 && i < digits.length() ? digits.charAt(i) : '0';
    }

    /** The shortest decimal that reads back as {@code v} (finite, non-negative) as a float of {@code bitSize} bits. */
    static Decimal shortest(double v, int bitSize) {
        if (v == 0) {
            return ZERO;
        }
        String java = bitSize == 32 ? Float.toString((float) v) : Double.toString(v);
        Decimal d = of(new BigDecimal(java));
        if (d.nd() == 2) {
            // The JDK's two-digit minimum: try the one-digit neighbours, Go's shortest form.
            Decimal down = new Decimal(d.digits.substring(0, 1), d.dp);
            int up = d.digits.charAt(0) - '0' + 1;
            Decimal upper = up == 10 ? new Decimal("1", d.dp + 1) : new Decimal(Character.toString('0' + up), d.dp);
            boolean downOk = readsBack(down, v, bitSize);
            boolean upOk = readsBack(upper, v, bitSize);
            if (downOk && upOk) {
                // Both round to v: the closer one (the second digit decides; a tie keeps the even one).
                int second = d.digits.charAt(1) - '0';
                return second > 5 || (second == 5 && (d.digits.charAt(0) - '0') % 2 == 1) ? upper : down;
            }
            if (downOk) {
                return down;
            }
            if (upOk) {
                return upper;
            }
        }
        return powerOfTwoTie(d, v, bitSize);
    }

    /**
     * Go's shortest digits come from Dragonbox, which for a power of two (the case where the
     * float's rounding interval is lopsided) rounds an exact tie at the last digit up, except at
     * binary exponent -77 of its scaled form; the JDK rounds every tie to even. So where the value
     * lies exactly halfway between the JDK's digits and the next decimal up, and that one reads
     * back too, Go's answer is the upper one.
     */
    private static Decimal powerOfTwoTie(Decimal d, double v, int bitSize) {
        boolean powerOfTwo = bitSize == 32
                ? (Float.floatToRawIntBits((float) v) & 0x7FFFFF) == 0 && Math.getExponent((float) v) >= Float.MIN_EXPONENT
                : (Double.doubleToRawLongBits(v) & 0xFFFFFFFFFFFFFL) == 0 && Math.getExponent(v) >= Double.MIN_EXPONENT;
        if (!powerOfTwo || d.nd() == 0) {
            return d;
        }
        int scaledExponent = bitSize == 32 ? Math.getExponent((float) v) - 23 : Math.getExponent(v) - 52;
        if (scaledExponent == -77) {
            return d; // Go rounds ties to even here, as the JDK does
        }
        BigDecimal lower = new BigDecimal(new java.math.BigInteger(d.digits), d.nd() - d.dp);
        BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(d.dp - d.nd());
        BigDecimal upper = lower.add(unit);
        BigDecimal exact = new BigDecimal(v);
        if (exact.subtract(lower).compareTo(upper.subtract(exact)) != 0) {
            return d;
        }
        Decimal up = of(upper);
        return readsBack(up, v, bitSize) ? up : d;
    }

    private static boolean readsBack(Decimal d, double v, int bitSize) {
        String s = "0." + d.digits + "E" + d.dp;
        return bitSize == 32 ? Float.parseFloat(s) == (float) v : Double.parseDouble(s) == v;
    }

    /** The exact value of {@code v} (finite, non-negative) rounded to {@code n} significant digits. */
    static Decimal significant(double v, int n) {
        if (v == 0 || n <= 0) {
            return ZERO;
        }
        return of(new BigDecimal(v).round(new MathContext(n, RoundingMode.HALF_EVEN)));
    }

    /** The exact value of {@code v} (finite, non-negative) rounded to {@code n} digits after the point. */
    static Decimal fixed(double v, int n) {
        if (v == 0) {
            return ZERO;
        }
        return of(new BigDecimal(v).setScale(n, RoundingMode.HALF_EVEN));
    }

    private static Decimal of(BigDecimal b) {
        if (b.signum() == 0) {
            return ZERO;
        }
        BigDecimal s = b.stripTrailingZeros();
        String digits = s.unscaledValue().abs().toString();
        return new Decimal(digits, digits.length() - s.scale());
    }
}
