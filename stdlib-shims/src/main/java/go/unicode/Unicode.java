// Package unicode: character classes and case mappings with Go's Unicode 15.0 tables.
package go.unicode;

/** Go's package unicode: the predicates and case mappings; see {@link Categories} for the tables. */
public final class Unicode {
    private Unicode() {}

    /** The Unicode version of Go's tables. */
    public static final String Version = "15.0.0";
    public static final int MaxRune = 0x10FFFF;
    public static final int ReplacementChar = 0xFFFD;
    public static final int MaxASCII = 0x7F;
    public static final int MaxLatin1 = 0xFF;
    /** The case of a CaseRange mapping: indexes for To. */
    public static final long UpperCase = 0;
    public static final long LowerCase = 1;
    public static final long TitleCase = 2;

    public static boolean IsLetter(int r) {
        return Categories.isLetter(r);
    }

    public static boolean IsDigit(int r) {
        return r >= '0' && r <= '9' || r > 0xFF && Categories.isDigit(r);
    }

    public static boolean IsNumber(int r) {
        return Categories.isNumber(r);
    }

    public static boolean IsSpace(int r) {
        return Categories.isSpace(r);
    }

    public static boolean IsUpper(int r) {
        return Categories.type(r) == Character.UPPERCASE_LETTER;
    }

    public static boolean IsLower(int r) {
        return Categories.type(r) == Character.LOWERCASE_LETTER;
    }

    public static boolean IsTitle(int r) {
        return Categories.type(r) == Character.TITLECASE_LETTER;
    }

    public static boolean IsPunct(int r) {
        return Categories.isPunct(r);
    }

    public static boolean IsSymbol(int r) {
        return Categories.isSymbol(r);
    }

    public static boolean IsMark(int r) {
        return Categories.isMark(r);
    }

    public static boolean IsControl(int r) {
        return Categories.type(r) == Character.CONTROL;
    }

    public static boolean IsGraphic(int r) {
        return Categories.isGraphic(r);
    }

    public static boolean IsPrint(int r) {
        return Categories.isPrint(r);
    }

    public static int ToUpper(int r) {
        return Categories.toUpper(r);
    }

    public static int ToLower(int r) {
        return Categories.toLower(r);
    }

    public static int ToTitle(int r) {
        return Categories.toTitle(r);
    }

    /** {@code To(_case, r)}: UpperCase, LowerCase or TitleCase; another case gives ReplacementChar. */
    public static int To(long c, int r) {
        return switch ((int) c) {
            case 0 -> ToUpper(r);
            case 1 -> ToLower(r);
            case 2 -> ToTitle(r);
            default -> ReplacementChar;
        };
    }

    /**
     * The next rune in Go's simple case folding orbit of {@code r} (r itself when it has none):
     * 'A' → 'a' → 'A', 'K' → 'k' → U+212A (Kelvin) → 'K'.
     */
    public static int SimpleFold(int r) {
        if (r < 0 || r > MaxRune) {
            return r;
        }
        return CaseFolding.next(r);
    }
}
