// fmt's float verbs: %e %E %f %F %g %G %x %X %b %v with sign, width, precision, '#' and zero padding.
package go.fmt;

/** Go's fmt.fmtFloat, on top of strconv's formatting. */
final class FloatVerbs {
    private FloatVerbs() {}

    /**
     * Formats {@code v} (a float32 when {@code size} is 32) with strconv verb {@code verb} and
     * default precision {@code prec} (the spec's precision wins when present).
     */
    static void format(Spec f, double v, int size, char verb, int prec) {
        if (f.precPresent) {
            prec = f.prec;
        }
        StringBuilder num = new StringBuilder(32);
        num.append('+');
        num.append(go.strconv.Strconv.FormatFloat(v, (byte) verb, prec, size));
        // num now has a sign in front: "+" placeholder, then the number with its own sign if any.
        if (num.charAt(1) == '-' || num.charAt(1) == '+') {
            num.deleteCharAt(0);
        }
        if (f.space && num.charAt(0) == '+' && !f.plus) {
            num.setCharAt(0, ' ');
        }
        // Infinities and NaN pad with spaces, never zeros; NaN has no sign unless asked for.
        if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
            boolean oldZero = f.zero;
            f.zero = false;
            if (num.charAt(1) == 'N' && !f.space && !f.plus) {
                num.deleteCharAt(0);
            }
            f.pad(num.toString());
            f.zero = oldZero;
            return;
        }
        if (f.sharp && verb != 'b') {
            sharpForm(num, verb, prec);
        }
        if (f.plus || num.charAt(0) != '+') {
            // A sign is printed: with zero padding it goes before the zeros.
            if (f.zero && !f.minus && f.widPresent && f.wid > num.length()) {
                f.buf.append(num.charAt(0));
                f.writePadding(f.wid - num.length());
                f.buf.append(num, 1, num.length());
                return;
            }
            f.pad(num.toString());
            return;
        }
        f.pad(num.substring(1));
    }

    /** '#': always a decimal point; %g and %x keep trailing zeros up to the precision. */
    private static void sharpForm(StringBuilder num, char verb, int prec) {
        int digits = 0;
        switch (verb) {
            case 'v', 'g', 'G', 'x' -> digits = prec == -1 ? 6 : prec;
            default -> { }
        }
        String tail = "";
        boolean hasDecimalPoint = false;
        boolean sawNonzeroDigit = false;
        for (int i = 1; i < num.length(); i++) {
            char c = num.charAt(i);
            if (c == '.') {
                hasDecimalPoint = true;
                continue;
            }
            if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
                tail = num.substring(i);
                num.setLength(i);
                break;
            }
            if (c != '0') {
                sawNonzeroDigit = true;
            }
            // Count significant digits after the first non-zero one.
            if (sawNonzeroDigit) {
                digits--;
            }
        }
        if (!hasDecimalPoint) {
            // Leading digit 0 should contribute once to digits.
            if (num.length() == 2 && num.charAt(1) == '0') {
                digits--;
            }
            num.append('.');
        }
        while (digits > 0) {
            num.append('0');
            digits--;
        }
        num.append(tail);
    }
}
