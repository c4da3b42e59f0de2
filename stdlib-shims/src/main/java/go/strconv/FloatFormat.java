// strconv.FormatFloat: the layouts 'e' 'E' 'f' 'g' 'G' 'b' 'x' 'X' of a float64 or float32, shortest or with a precision.
package go.strconv;

/**
 * Go's float formatting. {@code bitSize} 32 means the value is a float32 (shortest digits are
 * then those that read back as the same float32). The digit generation is in {@link Decimal};
 * this class lays the digits out.
 */
final class FloatFormat {
    private FloatFormat() {}

    /** {@code strconv.FormatFloat(v, fmt, prec, bitSize)}. */
    static String format(double v, char fmt, int prec, int bitSize) {
        StringBuilder sb = new StringBuilder(24);
        append(sb, v, fmt, prec, bitSize);
        return sb.toString();
    }

    /** Appends the formatted float; an unknown {@code fmt} gives "%" + fmt, as Go does. */
    static void append(StringBuilder sb, double v, char fmt, int prec, int bitSize) {
        if (bitSize == 32) {
            v = (float) v;
        }
        if (Double.isNaN(v)) {
            sb.append("NaN");
            return;
        }
        boolean neg = Double.doubleToRawLongBits(v) < 0;
        if (Double.isInfinite(v)) {
            sb.append(neg ? "-Inf" : "+Inf");
            return;
        }
        switch (fmt) {
            case 'b' -> {
                binary(sb, v, neg, bitSize);
                return;
            }
            case 'x', 'X' -> {
                hex(sb, v, neg, fmt, prec, bitSize);
                return;
            }
            case 'e', 'E', 'f', 'g', 'G' -> { }
            default -> {
                sb.append('%').append(fmt);
                return;
            }
        }
        double a = Math.abs(v);
        boolean shortest = prec < 0;
        Decimal d;
        if (shortest) {
            d = Decimal.shortest(a, bitSize);
            prec = switch (fmt) {
                case 'e', 'E' -> d.nd() - 1;
                case 'f' -> Math.max(d.nd() - d.dp(), 0);
                default -> d.nd();
            };
        } else {
            d = switch (fmt) {
                case 'e', 'E' -> Decimal.significant(a, prec + 1);
                case 'f' -> Decimal.fixed(a, prec);
                default -> {
                    if (prec == 0) {
                        prec = 1;
                    }
                    yield Decimal.significant(a, prec);
                }
            };
        }
        digits(sb, neg, d, prec, fmt, shortest);
    }

    /** Go's formatDigits: the layout of decimal digits in format e, E, f, g or G. */
    private static void digits(StringBuilder sb, boolean neg, Decimal d, int prec, char fmt, boolean shortest) {
        switch (fmt) {
            case 'e', 'E' -> exponent(sb, neg, d, prec, fmt);
            case 'f' -> fixed(sb, neg, d, prec);
            default -> {
                int eprec = prec;
                if (eprec > d.nd() && d.nd() >= d.dp()) {
                    eprec = d.nd();
                }
                // Shortest output switches to the exponent form from 1e21 on, like %v: precision 6 decides.
                if (shortest) {
                    eprec = 6;
                }
                int exp = d.dp() - 1;
                if (exp < -4 || exp >= eprec) {
                    if (prec > d.nd()) {
                        prec = d.nd();
                    }
                    exponent(sb, neg, d, prec - 1, fmt == 'g' ? 'e' : 'E');
                    return;
                }
                if (prec > d.dp()) {
                    prec = d.nd();
                }
                fixed(sb, neg, d, Math.max(prec - d.dp(), 0));
            }
        }
    }

    /** -d.ddddde±dd */
    private static void exponent(StringBuilder sb, boolean neg, Decimal d, int prec, char fmt) {
        if (neg) {
            sb.append('-');
        }
        sb.append(d.nd() == 0 ? '0' : d.digit(0));
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(d.digit(i));
            }
        }
        sb.append(fmt);
        int exp = d.nd() == 0 ? 0 : d.dp() - 1;
        sb.append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }

    /** -ddddd.dddd */
    private static void fixed(StringBuilder sb, boolean neg, Decimal d, int prec) {
        if (neg) {
            sb.append('-');
        }
        if (d.dp() > 0) {
            for (int i = 0; i < d.dp(); i++) {
                sb.append(d.digit(i));
            }
        } else {
            sb.append('0');
        }
        if (prec > 0) {
            sb.append('.');
            for (int i = 1; i <= prec; i++) {
                sb.append(d.digit(d.dp() + i - 1));
            }
        }
    }

    /** The binary exponent and mantissa as Go splits them: value = mant × 2^(exp - mantBits). */
    private record Parts(long mant, int exp, int mantBits) {
        static Parts of(double v, int bitSize) {
            int mantBits = bitSize == 32 ? 23 : 52;
            int expBits = bitSize == 32 ? 8 : 11;
            int bias = bitSize == 32 ? -127 : -1023;
            long bits = bitSize == 32 ? Float.floatToRawIntBits((float) v) & 0xffffffffL : Double.doubleToRawLongBits(v);
            int exp = (int) (bits >>> mantBits) & ((1 << expBits) - 1);
            long mant = bits & ((1L << mantBits) - 1);
            if (exp == 0) {
                exp++; // denormal
            } else {
                mant |= 1L << mantBits;
            }
            return new Parts(mant, exp + bias, mantBits);
        }
    }

    /** 'b': -ddddp±ddd, the mantissa as an integer and a binary exponent. */
    private static void binary(StringBuilder sb, double v, boolean neg, int bitSize) {
        Parts p = Parts.of(v, bitSize);
        if (neg) {
            sb.append('-');
        }
        int exp = p.exp() - p.mantBits();
        sb.append(p.mant()).append('p').append(exp >= 0 ? "+" : "").append(exp);
    }

    /** 'x', 'X': -0x1.hhhhp±dd, a hexadecimal fraction and a binary exponent. */
    private static void hex(StringBuilder sb, double v, boolean neg, char fmt, int prec, int bitSize) {
        Parts p = Parts.of(v, bitSize);
        long mant = p.mant();
        int exp = p.exp();
        if (mant == 0) {
            exp = 0;
        }
        // Put the leading 1 (if any) at bit 60, so that each hex digit after it is 4 bits.
        mant <<= 60 - p.mantBits();
        while (mant != 0 && (mant & (1L << 60)) == 0) {
            mant <<= 1;
            exp--;
        }
        if (prec >= 0 && prec < 15) {
            int shift = prec * 4;
            long extra = (mant << shift) & ((1L << 60) - 1);
            mant >>>= 60 - shift;
            // Round half to even on the bits dropped.
            if ((extra | (mant & 1)) > (1L << 59)) {
                mant++;
            }
            mant <<= 60 - shift;
            if ((mant & (1L << 61)) != 0) {
                mant >>>= 1;
                exp++;
            }
        }
        String digits = fmt == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
        if (neg) {
            sb.append('-');
        }
        sb.append('0').append(fmt).append((char) ('0' + ((mant >>> 60) & 1)));
        mant <<= 4;
        if (prec < 0 && mant != 0) {
            sb.append('.');
            while (mant != 0) {
                sb.append(digits.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        } else if (prec > 0) {
            sb.append('.');
            for (int i = 0; i < prec; i++) {
                sb.append(digits.charAt((int) ((mant >>> 60) & 15)));
                mant <<= 4;
            }
        }
        sb.append(fmt == 'X' ? 'P' : 'p').append(exp < 0 ? '-' : '+');
        exp = Math.abs(exp);
        if (exp < 10) {
            sb.append('0');
        }
        sb.append(exp);
    }
}
