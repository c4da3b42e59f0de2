// fmt's integer verbs: %d %b %o %O %x %X with sign, precision, width and '#', and %c %q %U of a code point.
package go.fmt;

import dev.goloom.runtime.GoStrings;
import go.strconv.Quoting;
import go.unicode.Categories;

/** Formats integers given as their 64 bits and whether to read them as signed. */
final class IntegerVerbs {
    private IntegerVerbs() {}

    static final String LOWER = "0123456789abcdefx";
    static final String UPPER = "0123456789ABCDEFX";

    /** Go's fmtInteger: {@code u} in {@code base}, with the sign, precision, '#' prefixes and padding. */
    static void integer(Spec f, long u, int base, boolean signed, char verb, String digits) {
        boolean negative = signed && u < 0;
        if (negative) {
            u = -u; // as unsigned, this is the magnitude (also for MinInt64)
        }
        int prec = 0;
        if (f.precPresent) {
            prec = f.prec;
            // Precision 0 and value 0 print nothing but padding.
            if (prec == 0 && u == 0) {
                boolean oldZero = f.zero;
                f.zero = false;
                f.writePadding(f.wid);
                f.zero = oldZero;
                return;
            }
        } else if (f.zero && !f.minus && f.widPresent) {
            // Zero padding to the width is a precision, leaving room for the sign.
            prec = f.wid;
            if (negative || f.plus || f.space) {
                prec--;
            }
        }
        StringBuilder rev = new StringBuilder(24);
        switch (base) {
            case 10 -> {
                String s = Long.toUnsignedString(u);
                rev.append(new StringBuilder(s).reverse());
            }
            case 16 -> {
                do {
                    rev.append(digits.charAt((int) (u & 0xF)));
                    u >>>= 4;
                } while (u != 0);
            }
            case 8 -> {
                do {
                    rev.append((char) ('0' + (u & 7)));
                    u >>>= 3;
                } while (u != 0);
            }
            default -> {
                do {
                    rev.append((char) ('0' + (u & 1)));
                    u >>>= 1;
                } while (u != 0);
            }
        }
        while (rev.length() < prec) {
            rev.append('0');
        }
        if (f.sharp) {
            switch (base) {
                case 2 -> rev.append("b0");
                case 8 -> {
                    if (rev.charAt(rev.length() - 1) != '0') {
                        rev.append('0');
                    }
                }
                case 16 -> rev.append(digits.charAt(16)).append('0');
                default -> { }
            }
        }
        if (verb == 'O') {
            rev.append("o0");
        }
        if (negative) {
            rev.append('-');
        } else if (f.plus) {
            rev.append('+');
        } else if (f.space) {
            rev.append(' ');
        }
        boolean oldZero = f.zero;
        f.zero = false; // the zeros are in the number already; pad with spaces
        f.pad(rev.reverse().toString());
        f.zero = oldZero;
    }

    /** %U: U+0041, with '#' also the character ('U+0041 'A''). */
    static void unicode(Spec f, long u) {
        int prec = 4;
        if (f.precPresent && f.prec > 4) {
            prec = f.prec;
        }
        StringBuilder sb = new StringBuilder("U+");
        String hex = Long.toHexString(u).toUpperCase();
        for (int i = hex.length(); i < prec; i++) {
            sb.append('0');
        }
        sb.append(hex);
        if (f.sharp && u >= 0 && u <= 0x10FFFF && Categories.isPrint((int) u)) {
            sb.append(" '").append(GoStrings.fromRune(u)).append('\'');
        }
        boolean oldZero = f.zero;
        f.zero = false;
        f.pad(sb.toString());
        f.zero = oldZero;
    }

    /** %c: the character (U+FFFD for values beyond the Unicode range). */
    static void character(Spec f, long c) {
        f.pad(GoStrings.fromRune(Long.compareUnsigned(c, 0x10FFFF) > 0 ? GoStrings.RUNE_ERROR : c));
    }

    /** %q of an integer: a quoted character literal; '+' quotes to ASCII. */
    static void quotedChar(Spec f, long c) {
        int r = Long.compareUnsigned(c, 0x10FFFF) > 0 ? GoStrings.RUNE_ERROR : (int) c;
        f.pad(Quoting.quoteRune(r, f.plus, false));
    }
}
