// Decodes Go rune and string literals ("Rune literals", "String literals" in the spec).
package dev.goloom.syntax;

import java.nio.charset.StandardCharsets;

/**
 * Decoding of rune and string literals into goloom's representations: a rune is its code
 * point, a string is a byte string (a Java String whose chars are all 0–255, one per byte).
 * Errors use gc's scanner wording and are thrown as {@link LiteralError} with the offset.
 */
public final class Literals {
    private Literals() {}

    /** A malformed literal; {@code offset} is the code point offset inside the literal text. */
    public static final class LiteralError extends Exception {
        public final int offset;

        LiteralError(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    /** Decodes an interpreted or raw string literal (with its quotes) into a byte string. */
    public static String decodeString(String lit) throws LiteralError {
        if (lit.startsWith("`")) {
            // "Carriage return characters ('\r') inside raw string literals are discarded."
            return toByteString(lit.substring(1, lit.length() - 1).replace("\r", ""));
        }
        StringBuilder out = new StringBuilder(lit.length());
        decodeBody(lit, 1, lit.length() - 1, '"', out);
        return out.toString();
    }

    /** Decodes a rune literal (with its quotes) into its code point. */
    public static int decodeRune(String lit) throws LiteralError {
        int cps = lit.codePointCount(1, lit.length() - 1);
        if (cps == 0) {
            throw new LiteralError(0, "empty rune literal or unescaped ' in rune literal");
        }
        StringBuilder out = new StringBuilder();
        int[] value = new int[1];
        int end = decodeOne(lit, 1, '\'', out, value);
        if (end != lit.length() - 1) {
            throw new LiteralError(0, "more than one character in rune literal");
        }
        return value[0];
    }

    private static void decodeBody(String lit, int start, int end, char quote, StringBuilder out)
            throws LiteralError {
        int i = start;
        int[] value = new int[1];
        while (i < end) {
            i = decodeOne(lit, i, quote, out, value);
        }
    }

    /**
     * Decodes one character or escape starting at {@code i}; appends its bytes to {@code out},
     * stores its value (code point, or byte for \x and octal escapes), returns the next index.
     */
    private static int decodeOne(String lit, int i, char quote, StringBuilder out, int[] value)
            throws LiteralError {
        int c = lit.codePointAt(i);
        if (c != '\\') {
            appendUtf8(out, c);
            value[0] = c;
            return i + Character.charCount(c);
        }
        if (i + 1 >= lit.length()) {
            throw new LiteralError(i, "escape sequence not terminated");
        }
        char e = lit.charAt(i + 1);
        int simple = switch (e) {
            case 'a' -> 7;
            case 'b' -> 8;
            case 'f' -> 12;
            case 'n' -> 10;
            case 'r' -> 13;
            case 't' -> 9;
            case 'v' -> 11;
            case '\\' -> '\\';
            default -> -1;
        };
        if (simple >= 0 || e == quote) {
            int v = simple >= 0 ? simple : quote;
            out.append((char) v);
            value[0] = v;
            return i + 2;
        }
        switch (e) {
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = digits(lit, i + 1, 3, 8, quote);
                if (v > 255) {
                    throw new LiteralError(i, "octal escape value " + v + " > 255");
                }
                out.append((char) v);
                value[0] = v;
                return i + 4;
            }
            case 'x' -> {
                int v = digits(lit, i + 2, 2, 16, quote);
                out.append((char) v);
                value[0] = v;
                return i + 4;
            }
            case 'u', 'U' -> {
                int n = e == 'u' ? 4 : 8;
                int v = digits(lit, i + 2, n, 16, quote);
                if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000)) {
                    throw new LiteralError(i, "escape is invalid Unicode code point U+"
                            + String.format("%04X", v));
                }
                appendUtf8(out, v);
                value[0] = v;
                return i + 2 + n;
            }
            default -> throw new LiteralError(i, "unknown escape");
        }
    }

    private static int digits(String lit, int from, int count, int base, char quote) throws LiteralError {
        int v = 0;
        for (int k = 0; k < count; k++) {
            int at = from + k;
            int d = at < lit.length() - 1 ? Character.digit(lit.charAt(at), base) : -1;
            if (d < 0) {
                throw new LiteralError(at, at < lit.length() - 1 && lit.charAt(at) != quote
                        ? "invalid character " + quoteChar(lit.charAt(at)) + " in "
                          + (base == 8 ? "octal" : "hexadecimal") + " escape"
                        : "escape sequence not terminated");
            }
            v = v * base + d;
        }
        return v;
    }

    private static String quoteChar(char c) {
        return "'" + c + "'";
    }

    /** Appends the UTF-8 encoding of {@code cp}, one char per byte. */
    static void appendUtf8(StringBuilder out, int cp) {
        if (cp < 0x80) {
            out.append((char) cp);
            return;
        }
        for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
            out.append((char) (b & 0xff));
        }
    }

    /** Encodes ordinary Java text as a byte string (UTF-8, one char per byte). */
    public static String toByteString(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> appendUtf8(out, cp));
        return out.toString();
    }
}
