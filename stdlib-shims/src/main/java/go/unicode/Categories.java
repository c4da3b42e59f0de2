// Unicode general categories and simple case mappings as Go's package unicode (Unicode 15.0.0) has them.
package go.unicode;

/**
 * Go's unicode tables are Unicode 15.0.0; the JDK's {@link Character} is a later version
 * (JDK 25: Unicode 16.0). The categories and case mappings of characters both versions
 * assign agree (checked for every code point against Go's own answers in
 * {@code UnicodeTablesTest}); characters assigned after 15.0 are unassigned for Go, so
 * {@link #type(int)} reports them as {@link Character#UNASSIGNED} and they map to themselves.
 */
public final class Categories {
    private Categories() {}

    /**
     * Code point ranges (inclusive pairs, sorted) assigned after Unicode 15.0.0, found by
     * comparing the JDK's categories with Go's for every code point.
     */
    private static final int[] NEWER = {
            0x897, 0x897,
            0x1B4E, 0x1B4F,
            0x1B7F, 0x1B7F,
            0x1C89, 0x1C8A,
            0x2427, 0x2429,
            0x2FFC, 0x2FFF,
            0x31E4, 0x31E5,
            0x31EF, 0x31EF,
            0xA7CB, 0xA7CD,
            0xA7DA, 0xA7DC,
            0x105C0, 0x105F3,
            0x10D40, 0x10D65,
            0x10D69, 0x10D85,
            0x10D8E, 0x10D8F,
            0x10EC2, 0x10EC4,
            0x10EFC, 0x10EFC,
            0x11380, 0x11389,
            0x1138B, 0x1138B,
            0x1138E, 0x1138E,
            0x11390, 0x113B5,
            0x113B7, 0x113C0,
            0x113C2, 0x113C2,
            0x113C5, 0x113C5,
            0x113C7, 0x113CA,
            0x113CC, 0x113D5,
            0x113D7, 0x113D8,
            0x113E1, 0x113E2,
            0x116D0, 0x116E3,
            0x11BC0, 0x11BE1,
            0x11BF0, 0x11BF9,
            0x11F5A, 0x11F5A,
            0x13460, 0x143FA,
            0x16100, 0x16139,
            0x16D40, 0x16D79,
            0x18CFF, 0x18CFF,
            0x1CC00, 0x1CCF9,
            0x1CD00, 0x1CEB3,
            0x1E5D0, 0x1E5FA,
            0x1E5FF, 0x1E5FF,
            0x1F8B2, 0x1F8BB,
            0x1F8C0, 0x1F8C1,
            0x1FA89, 0x1FA89,
            0x1FA8F, 0x1FA8F,
            0x1FABE, 0x1FABE,
            0x1FAC6, 0x1FAC6,
            0x1FADC, 0x1FADC,
            0x1FADF, 0x1FADF,
            0x1FAE9, 0x1FAE9,
            0x1FBCB, 0x1FBEF,
            0x2EBF0, 0x2EE5D,
    };

    /** Whether {@code r} is a code point Go's tables know nothing of (assigned after Unicode 15.0). */
    static boolean newer(int r) {
        int lo = 0, hi = NEWER.length / 2 - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (r < NEWER[2 * mid]) {
                hi = mid - 1;
            } else if (r > NEWER[2 * mid + 1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    /** The general category of {@code r} ({@link Character#getType(int)}'s constants) under Unicode 15.0. */
    public static int type(int r) {
        if (r < 0 || r > Character.MAX_CODE_POINT) {
            return Character.UNASSIGNED;
        }
        int t = Character.getType(r);
        return t != Character.UNASSIGNED && newer(r) ? Character.UNASSIGNED : t;
    }

    public static boolean isLetter(int r) {
        return switch (type(r)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                 Character.MODIFIER_LETTER, Character.OTHER_LETTER -> true;
            default -> false;
        };
    }

    public static boolean isMark(int r) {
        return switch (type(r)) {
            case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK, Character.COMBINING_SPACING_MARK -> true;
            default -> false;
        };
    }

    public static boolean isNumber(int r) {
        return switch (type(r)) {
            case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    public static boolean isDigit(int r) {
        return type(r) == Character.DECIMAL_DIGIT_NUMBER;
    }

    public static boolean isPunct(int r) {
        return switch (type(r)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }

    public static boolean isSymbol(int r) {
        return switch (type(r)) {
            case Character.MATH_SYMBOL, Character.CURRENCY_SYMBOL, Character.MODIFIER_SYMBOL, Character.OTHER_SYMBOL -> true;
            default -> false;
        };
    }

    /** Go's IsSpace: the White_Space property. */
    public static boolean isSpace(int r) {
        return switch (r) {
            case '\t', '\n', 0x0B, '\f', '\r', ' ', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000 -> true;
            default -> r >= 0x2000 && r <= 0x200A;
        };
    }

    /** Go's IsPrint: L, M, N, P, S and the ASCII space. */
    public static boolean isPrint(int r) {
        return r == ' ' || isGraphicBase(r);
    }

    /** Go's IsGraphic: L, M, N, P, S and Zs. */
    public static boolean isGraphic(int r) {
        return isGraphicBase(r) || type(r) == Character.SPACE_SEPARATOR;
    }

    private static boolean isGraphicBase(int r) {
        return isLetter(r) || isMark(r) || isNumber(r) || isPunct(r) || isSymbol(r);
    }

    /**
     * Whether the case mappings of {@code r} changed after Unicode 15.0: U+019B and U+0264 gained
     * uppercase forms in 16.0 (characters that 15.0 did not have).
     */
    private static boolean caseChanged(int r) {
        return r == 0x19B || r == 0x264;
    }

    /** Go's unicode.ToUpper: the simple uppercase mapping. */
    public static int toUpper(int r) {
        if (r < 0x80) {
            return r >= 'a' && r <= 'z' ? r - 32 : r;
        }
        return r > Character.MAX_CODE_POINT || newer(r) || caseChanged(r) ? r : Character.toUpperCase(r);
    }

    /** Go's unicode.ToLower: the simple lowercase mapping. */
    public static int toLower(int r) {
        if (r < 0x80) {
            return r >= 'A' && r <= 'Z' ? r + 32 : r;
        }
        return r > Character.MAX_CODE_POINT || newer(r) ? r : Character.toLowerCase(r);
    }

    /** Go's unicode.ToTitle: the simple titlecase mapping. */
    public static int toTitle(int r) {
        if (r < 0x80) {
            return r >= 'a' && r <= 'z' ? r - 32 : r;
        }
        return r > Character.MAX_CODE_POINT || newer(r) || caseChanged(r) ? r : Character.toTitleCase(r);
    }
}
