// Go-syntax quoting and unquoting of strings and runes: Quote, QuoteToASCII, QuoteToGraphic, QuoteRune, Unquote, UnquoteChar.
package go.strconv;

import dev.goloom.runtime.GoStrings;
import go.unicode.Categories;

/**
 * Strings here are Go byte strings (one char per byte). Quoting decodes UTF-8 as Go does: an
 * invalid byte is written {@code \xhh}; a printable rune (Go's IsPrint, Unicode 15.0) is kept as
 * its UTF-8 bytes unless only ASCII is wanted; others become {@code \a \b \f \n \r \t \v},
 * {@code \xhh} (controls below space and DEL), <code>&#92;uhhhh</code> or {@code \Uhhhhhhhh}.
 */
public final class Quoting {
    private Quoting() {}

    private static final String HEX = "0123456789abcdef";

    /** The quoted form of {@code s} with the quote character {@code quote}. */
    public static String quote(String s, char quote, boolean asciiOnly, boolean graphicOnly) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        appendQuoted(sb, s, quote, asciiOnly, graphicOnly);
        return sb.toString();
    }

    public static void appendQuoted(StringBuilder sb, String s, char quote, boolean asciiOnly, boolean graphicOnly) {
        sb.append(quote);
        int n = s.length();
        for (int i = 0; i < n; ) {
            int c = s.charAt(i);
            int r = c;
            int width = 1;
            if (c >= 0x80) {
                long d = GoStrings.decodeRune(s, i);
                r = GoStrings.rune(d);
                width = GoStrings.width(d);
            }
            if (width == 1 && r == GoStrings.RUNE_ERROR) {
                sb.append("\\x").append(HEX.charAt(c >> 4)).append(HEX.charAt(c & 0xF));
            } else {
                appendEscapedRune(sb, r, quote, asciiOnly, graphicOnly);
            }
            i += width;
        }
        sb.append(quote);
    }

    /** The quoted rune literal of {@code r} ('x'); an invalid code point is quoted as U+FFFD. */
    public static String quoteRune(int r, boolean asciiOnly, boolean graphicOnly) {
        if (!validRune(r)) {
            r = GoStrings.RUNE_ERROR;
        }
        StringBuilder sb = new StringBuilder(8).append('\'');
        appendEscapedRune(sb, r, '\'', asciiOnly, graphicOnly);
        return sb.append('\'').toString();
    }

    static boolean validRune(long r) {
        return r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r <= 0xDFFF);
    }

    private static void appendEscapedRune(StringBuilder sb, int r, char quote, boolean asciiOnly, boolean graphicOnly) {
        if (r == quote || r == '\\') {
            sb.append('\\').append((char) r);
            return;
        }
        if (asciiOnly) {
            if (r < 0x80 && Categories.isPrint(r)) {
                sb.append((char) r);
                return;
            }
        } else if (Categories.isPrint(r) || graphicOnly && isInGraphicList(r)) {
            sb.append(GoStrings.fromRune(r));
            return;
        }
        switch (r) {
            case 7 -> sb.append("\\a");
            case '\b' -> sb.append("\\b");
            case '\f' -> sb.append("\\f");
            case '\n' -> sb.append("\\n");
            case '\r' -> sb.append("\\r");
            case '\t' -> sb.append("\\t");
            case 11 -> sb.append("\\v");
            default -> {
                if (r < ' ' || r == 0x7f) {
                    sb.append("\\x").append(HEX.charAt(r >> 4)).append(HEX.charAt(r & 0xF));
                } else {
                    if (!validRune(r)) {
                        r = GoStrings.RUNE_ERROR;
                    }
                    int digits = r < 0x10000 ? 4 : 8;
                    sb.append(digits == 4 ? "\\u" : "\\U");
                    for (int shift = (digits - 1) * 4; shift >= 0; shift -= 4) {
                        sb.append(HEX.charAt((r >> shift) & 0xF));
                    }
                }
            }
        }
    }

    /** Graphic runes that are not printable: the Zs spaces other than U+0020. */
    static boolean isInGraphicList(int r) {
        return r != ' ' && Categories.type(r) == Character.SPACE_SEPARATOR;
    }

    /** Whether {@code s} can be a raw string literal: one line, no backquote, no control other than tab, valid UTF-8 without U+FEFF. */
    public static boolean canBackquote(String s) {
        int n = s.length();
        for (int i = 0; i < n; ) {
            int c = s.charAt(i);
            if (c < 0x80) {
                if ((c < ' ' && c != '\t') || c == '`' || c == 0x7f) {
                    return false;
                }
                i++;
                continue;
            }
            long d = GoStrings.decodeRune(s, i);
            int r = GoStrings.rune(d);
            int w = GoStrings.width(d);
            if ((w == 1 && r == GoStrings.RUNE_ERROR) || r == 0xFEFF) {
                return false;
            }
            i += w;
        }
        return true;
    }

    /** Thrown inside unquoting for any malformed input: Go's ErrSyntax. */
    static final class Syntax extends Exception {
        Syntax() {
            super(null, null, false, false);
        }
    }

    /**
     * One character of a quoted literal body: {@code value} is the rune or byte, {@code multibyte}
     * whether it must be written as UTF-8, {@code tail} what follows.
     */
    record Char(int value, boolean multibyte, String tail) {}

    /** Go's UnquoteChar: decodes the first character or escape of {@code s} in a literal quoted by {@code quote}. */
    static Char unquoteChar(String s, char quote) throws Syntax {
        if (s.isEmpty()) {
            throw new Syntax();
        }
        int c = s.charAt(0);
        if (c == quote && (quote == '\'' || quote == '"')) {
            throw new Syntax();
        }
        if (c >= 0x80) {
            long d = GoStrings.decodeRune(s, 0);
            return new Char(GoStrings.rune(d), true, s.substring(GoStrings.width(d)));
        }
        if (c != '\\') {
            return new Char(c, false, s.substring(1));
        }
        if (s.length() <= 1) {
            throw new Syntax();
        }
        char e = s.charAt(1);
        s = s.substring(2);
        int value;
        boolean multibyte = false;
        switch (e) {
            case 'a' -> value = 7;
            case 'b' -> value = '\b';
            case 'f' -> value = '\f';
            case 'n' -> value = '\n';
            case 'r' -> value = '\r';
            case 't' -> value = '\t';
            case 'v' -> value = 11;
            case 'x', 'u', 'U' -> {
                int n = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                if (s.length() < n) {
                    throw new Syntax();
                }
                long v = 0;
                for (int j = 0; j < n; j++) {
                    int x = Character.digit(s.charAt(j), 16);
                    if (x < 0 || s.charAt(j) > 0x7f) {
                        throw new Syntax();
                    }
                    v = v << 4 | x;
                }
                s = s.substring(n);
                if (e != 'x') {
                    if (!validRune(v)) {
                        throw new Syntax();
                    }
                    multibyte = true;
                }
                value = (int) v;
            }
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = e - '0';
                if (s.length() < 2) {
                    throw new Syntax();
                }
                for (int j = 0; j < 2; j++) {
                    int x = s.charAt(j) - '0';
                    if (x < 0 || x > 7) {
                        throw new Syntax();
                    }
                    v = (v << 3) | x;
                }
                s = s.substring(2);
                if (v > 255) {
                    throw new Syntax();
                }
                value = v;
            }
            case '\\' -> value = '\\';
            case '\'', '"' -> {
                if (e != quote) {
                    throw new Syntax();
                }
                value = e;
            }
            default -> throw new Syntax();
        }
        return new Char(value, multibyte, s);
    }

    /** Go's Unquote: the value of a Go string or rune literal, or {@link Syntax}. */
    static String unquote(String in) throws Syntax {
        int n = in.length();
        if (n < 2) {
            throw new Syntax();
        }
        char quote = in.charAt(0);
        int end = in.indexOf(quote, 1);
        if (end < 0) {
            throw new Syntax();
        }
        end++; // position after the terminating quote, if nothing was escaped
        switch (quote) {
            case '`' -> {
                if (end != n) {
                    throw new Syntax();
                }
                return in.substring(1, end - 1).replace("\r", "");
            }
            case '"', '\'' -> {
                String body = in.substring(1, end - 1);
                if (body.indexOf('\\') < 0 && body.indexOf('\n') < 0) {
                    boolean valid;
                    if (quote == '"') {
                        valid = validString(body);
                    } else {
                        if (body.isEmpty()) {
                            valid = false;
                        } else {
                            long d = GoStrings.decodeRune(body, 0);
                            valid = GoStrings.width(d) == body.length()
                                    && (GoStrings.rune(d) != GoStrings.RUNE_ERROR || GoStrings.width(d) != 1);
                        }
                    }
                    if (valid) {
                        if (end != n) {
                            throw new Syntax();
                        }
                        return body;
                    }
                }
                StringBuilder sb = new StringBuilder();
                String rest = in.substring(1);
                while (!rest.isEmpty() && rest.charAt(0) != quote) {
                    if (rest.charAt(0) == '\n') {
                        throw new Syntax();
                    }
                    Char ch = unquoteChar(rest, quote);
                    rest = ch.tail();
                    if (ch.value() < 0x80 || !ch.multibyte()) {
                        sb.append((char) ch.value());
                    } else {
                        sb.append(GoStrings.fromRune(ch.value()));
                    }
                    if (quote == '\'') {
                        break;
                    }
                }
                if (rest.isEmpty() || rest.charAt(0) != quote || rest.length() != 1) {
                    throw new Syntax();
                }
                return sb.toString();
            }
            default -> throw new Syntax();
        }
    }

    /**
     * The length of the Go string or rune literal at the start of {@code in} (Go's QuotedPrefix,
     * unquote without unescaping), or {@link Syntax}. Scans as {@link #unquote} does.
     */
    static int quotedPrefixLength(String in) throws Syntax {
        if (in.length() < 2) {
            throw new Syntax();
        }
        char quote = in.charAt(0);
        int end = in.indexOf(quote, 1);
        if (end < 0) {
            throw new Syntax();
        }
        end++;
        switch (quote) {
            case '`' -> {
                return end;
            }
            case '"', '\'' -> {
                String literal = in.substring(0, end), body = in.substring(1, end - 1);
                if (literal.indexOf('\\') < 0 && literal.indexOf('\n') < 0) {
                    boolean valid;
                    if (quote == '"') {
                        valid = validString(body);
                    } else {
                        long d = body.isEmpty() ? 0 : GoStrings.decodeRune(body, 0);
                        valid = !body.isEmpty() && GoStrings.width(d) == body.length()
                                && (GoStrings.rune(d) != GoStrings.RUNE_ERROR || GoStrings.width(d) != 1);
                    }
                    if (valid) {
                        return end;
                    }
                }
                String rest = in.substring(1);
                while (!rest.isEmpty() && rest.charAt(0) != quote) {
                    if (rest.charAt(0) == '\n') {
                        throw new Syntax();
                    }
                    rest = unquoteChar(rest, quote).tail();
                    if (quote == '\'') {
                        break;
                    }
                }
                if (rest.isEmpty() || rest.charAt(0) != quote) {
                    throw new Syntax();
                }
                return in.length() - rest.length() + 1;
            }
            default -> throw new Syntax();
        }
    }

    /** utf8.ValidString. */
    public static boolean validString(String s) {
        int n = s.length();
        for (int i = 0; i < n; ) {
            if (s.charAt(i) < 0x80) {
                i++;
                continue;
            }
            long d = GoStrings.decodeRune(s, i);
            if (GoStrings.width(d) == 1) {
                return false;
            }
            i += GoStrings.width(d);
        }
        return true;
    }
}
