// A hand-written scanner for the common Go tokens, handing every unusual one to the ANTLR GoLexer.
package dev.goloom.syntax;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenFactory;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.misc.Pair;

/**
 * Produces exactly the tokens {@link GoLexer} produces (type, channel, text, line, column),
 * several times faster: ANTLR's lexer was the largest single cost of parsing. Names and
 * keywords in ASCII, operators, whitespace, newlines, comments, terminated string, raw string
 * and rune literals and plain decimal integers are scanned here; anything else (other number
 * forms, names with non-ASCII letters, unterminated literals, invalid characters) is scanned
 * by the ANTLR lexer from the same position, so GoLexer.g4 stays the definition of every token.
 * {@code GoScannerTest} checks both agree on all of $GOROOT.
 *
 * <p>Invariants: {@link #pos} indexes {@link #text} (UTF-16 units), {@link #cp} is the same
 * position in code points (ANTLR's index), and {@link #col} counts code points since the last
 * '\n' (ANTLR's charPositionInLine; like ANTLR, only '\n' starts a new line).
 */
final class GoScanner implements TokenSource {
    /** The source text. */
    private final String text;
    /** The file name tokens report. */
    private final String sourceName;
    /** The source handed to tokens: this scanner, and no char stream (every token has its text). */
    private final Pair<TokenSource, CharStream> tokenSource;
    /** Next char to scan. */
    private int pos;
    /** {@link #pos} in code points. */
    private int cp;
    /** Current line, 1-based. */
    private int line = 1;
    /** Current column in code points, 0-based. */
    private int col;
    /** Whether {@link #text} has surrogate pairs (so char and code point indexes differ). */
    private final boolean surrogates;
    /** Each distinct name of the file as one String. */
    private final NameTable names = new NameTable();
    /** The ANTLR lexer for unusual tokens, made on first need. */
    private GoLexer antlr;

    GoScanner(String text, String sourceName) {
        this.text = text;
        this.sourceName = sourceName;
        this.tokenSource = new Pair<>(this, null);
        boolean pairs = false;
        for (int i = 0, n = text.length(); i < n; i++) {
            if (Character.isSurrogate(text.charAt(i))) {
                pairs = true;
                break;
            }
        }
        this.surrogates = pairs;
    }

    @Override
    public Token nextToken() {
        int n = text.length();
        while (pos < n) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\f') {
                pos++;
                cp++;
                col++;
                continue;
            }
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == '_') {
                return name();
            }
            if (c >= '0' && c <= '9') {
                return number();
            }
            return switch (c) {
                case '\n' -> newline(1);
                case '\r' -> newline(pos + 1 < n && text.charAt(pos + 1) == '\n' ? 2 : 1);
                case '"' -> quoted('"', GoLexer.INTERPRETED_STRING_LIT);
                case '\'' -> quoted('\'', GoLexer.RUNE_LIT);
                case '`' -> rawString();
                case '/' -> pos + 1 < n && text.charAt(pos + 1) == '/' ? lineComment()
                        : pos + 1 < n && text.charAt(pos + 1) == '*' ? generalComment() : operator();
                case '.' -> pos + 1 < n && isDigit(text.charAt(pos + 1)) ? antlr() : operator();
                default -> c < 0x80 ? operator() : antlr();
            };
        }
        CommonToken eof = token(Token.EOF, Token.DEFAULT_CHANNEL, pos, "<EOF>");
        eof.setStopIndex(cp - 1);
        return eof;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isAsciiNamePart(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** A token of the chars from {@code start} to {@link #pos}, which have no newline. */
    private Token emit(int type, int channel, int start, String tokenText) {
        int length = codePoints(start, pos);
        CommonToken t = token(type, channel, start, tokenText);
        t.setStopIndex(cp + length - 1);
        cp += length;
        col += length;
        return t;
    }

    /** A token starting at {@link #pos} (its start index, line and column are the current ones). */
    private CommonToken token(int type, int channel, int start, String tokenText) {
        CommonToken t = new CommonToken(tokenSource, type, channel, cp, cp);
        t.setLine(line);
        t.setCharPositionInLine(col);
        t.setText(tokenText);
        return t;
    }

    private int codePoints(int from, int to) {
        return surrogates ? text.codePointCount(from, to) : to - from;
    }

    private Token name() {
        int start = pos;
        int n = text.length();
        while (pos < n && isAsciiNamePart(text.charAt(pos))) {
            pos++;
        }
        if (pos < n && text.charAt(pos) >= 0x80) {
            pos = start; // a letter or digit beyond ASCII may continue the name
            return antlr();
        }
        String word = names.name(text, start, pos);
        return emit(keyword(word), Token.DEFAULT_CHANNEL, start, word);
    }

    private static int keyword(String word) {
        return switch (word) {
            case "break" -> GoLexer.BREAK;
            case "case" -> GoLexer.CASE;
            case "chan" -> GoLexer.CHAN;
            case "const" -> GoLexer.CONST;
            case "continue" -> GoLexer.CONTINUE;
            case "default" -> GoLexer.DEFAULT;
            case "defer" -> GoLexer.DEFER;
            case "else" -> GoLexer.ELSE;
            case "fallthrough" -> GoLexer.FALLTHROUGH;
            case "for" -> GoLexer.FOR;
            case "func" -> GoLexer.FUNC;
            case "go" -> GoLexer.GO;
            case "goto" -> GoLexer.GOTO;
            case "if" -> GoLexer.IF;
            case "import" -> GoLexer.IMPORT;
            case "interface" -> GoLexer.INTERFACE;
            case "map" -> GoLexer.MAP;
            case "package" -> GoLexer.PACKAGE;
            case "range" -> GoLexer.RANGE;
            case "return" -> GoLexer.RETURN;
            case "select" -> GoLexer.SELECT;
            case "struct" -> GoLexer.STRUCT;
            case "switch" -> GoLexer.SWITCH;
            case "type" -> GoLexer.TYPE;
            case "var" -> GoLexer.VAR;
            default -> GoLexer.IDENTIFIER;
        };
    }

    /** "0" or a decimal integer without separators; every other number form goes to ANTLR. */
    private Token number() {
        int start = pos;
        int n = text.length();
        while (pos < n && isDigit(text.charAt(pos))) {
            pos++;
        }
        boolean plain = text.charAt(start) != '0' || pos - start == 1;
        if (plain && pos < n) {
            char c = text.charAt(pos);
            plain = c != '.' && c != '_' && c != 'i' && c != 'e' && c != 'E' && c != 'p' && c != 'P'
                    && c != 'x' && c != 'X' && c != 'b' && c != 'B' && c != 'o' && c != 'O';
        }
        if (!plain) {
            pos = start;
            return antlr();
        }
        return emit(GoLexer.INT_LIT, Token.DEFAULT_CHANNEL, start, text.substring(start, pos));
    }

    private Token newline(int length) {
        int start = pos;
        CommonToken t = token(GoLexer.NEWLINE, Token.HIDDEN_CHANNEL, start, length == 1 ? (text.charAt(start) == '\n' ? "\n" : "\r") : "\r\n");
        pos += length;
        cp += length;
        t.setStopIndex(cp - 1);
        if (text.charAt(pos - 1) == '\n') {
            line++;
            col = 0;
        } else {
            col += length;
        }
        return t;
    }

    /** An interpreted string or rune literal on one line; an unterminated one goes to ANTLR. */
    private Token quoted(char quote, int type) {
        int start = pos;
        int n = text.length();
        int i = pos + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (c == quote) {
                pos = i + 1;
                return emit(type, Token.DEFAULT_CHANNEL, start, text.substring(start, pos));
            }
            if (c == '\n' || c == '\r') {
                break;
            }
            if (c == '\\') {
                if (i + 1 >= n || text.charAt(i + 1) == '\n' || text.charAt(i + 1) == '\r') {
                    break;
                }
                i++;
            }
            i++;
        }
        return antlr();
    }

    private Token rawString() {
        int end = text.indexOf('`', pos + 1);
        return end < 0 ? antlr() : multiline(GoLexer.RAW_STRING_LIT, Token.DEFAULT_CHANNEL, end + 1);
    }

    private Token generalComment() {
        int end = text.indexOf("*/", pos + 2);
        return end < 0 ? antlr() : multiline(GoLexer.GENERAL_COMMENT, GoLexer.COMMENTS, end + 2);
    }

    private Token lineComment() {
        int start = pos;
        int n = text.length();
        while (pos < n && text.charAt(pos) != '\n' && text.charAt(pos) != '\r') {
            pos++;
        }
        return emit(GoLexer.LINE_COMMENT, GoLexer.COMMENTS, start, text.substring(start, pos));
    }

    /** A token from {@link #pos} to {@code end} that may span lines. */
    private Token multiline(int type, int channel, int end) {
        int start = pos;
        CommonToken t = token(type, channel, start, text.substring(start, end));
        advanceTo(end);
        t.setStopIndex(cp - 1);
        return t;
    }

    /** Moves {@link #pos} to {@code end}, keeping {@link #cp}, {@link #line} and {@link #col}. */
    private void advanceTo(int end) {
        for (; pos < end; pos++) {
            char c = text.charAt(pos);
            if (Character.isLowSurrogate(c) && pos > 0 && Character.isHighSurrogate(text.charAt(pos - 1))) {
                continue; // the second half of a code point counted already
            }
            cp++;
            if (c == '\n') {
                line++;
                col = 0;
            } else {
                col++;
            }
        }
    }

    private Token operator() {
        int start = pos;
        int n = text.length();
        char c = text.charAt(pos);
        char c1 = pos + 1 < n ? text.charAt(pos + 1) : 0;
        char c2 = pos + 2 < n ? text.charAt(pos + 2) : 0;
        int type;
        String op;
        switch (c) {
            case '(' -> { type = GoLexer.L_PAREN; op = "("; }
            case ')' -> { type = GoLexer.R_PAREN; op = ")"; }
            case '[' -> { type = GoLexer.L_BRACKET; op = "["; }
            case ']' -> { type = GoLexer.R_BRACKET; op = "]"; }
            case '{' -> { type = GoLexer.L_CURLY; op = "{"; }
            case '}' -> { type = GoLexer.R_CURLY; op = "}"; }
            case ',' -> { type = GoLexer.COMMA; op = ","; }
            case ';' -> { type = GoLexer.SEMI; op = ";"; }
            case '~' -> { type = GoLexer.TILDE; op = "~"; }
            case '.' -> {
                if (c1 == '.' && c2 == '.') { type = GoLexer.ELLIPSIS; op = "..."; }
                else { type = GoLexer.DOT; op = "."; }
            }
            case ':' -> {
                if (c1 == '=') { type = GoLexer.DECLARE_ASSIGN; op = ":="; }
                else { type = GoLexer.COLON; op = ":"; }
            }
            case '=' -> {
                if (c1 == '=') { type = GoLexer.EQUALS; op = "=="; }
                else { type = GoLexer.ASSIGN; op = "="; }
            }
            case '!' -> {
                if (c1 == '=') { type = GoLexer.NOT_EQUALS; op = "!="; }
                else { type = GoLexer.EXCLAMATION; op = "!"; }
            }
            case '+' -> {
                if (c1 == '+') { type = GoLexer.PLUS_PLUS; op = "++"; }
                else if (c1 == '=') { type = GoLexer.PLUS_ASSIGN; op = "+="; }
                else { type = GoLexer.PLUS; op = "+"; }
            }
            case '-' -> {
                if (c1 == '-') { type = GoLexer.MINUS_MINUS; op = "--"; }
                else if (c1 == '=') { type = GoLexer.MINUS_ASSIGN; op = "-="; }
                else { type = GoLexer.MINUS; op = "-"; }
            }
            case '*' -> {
                if (c1 == '=') { type = GoLexer.STAR_ASSIGN; op = "*="; }
                else { type = GoLexer.STAR; op = "*"; }
            }
            case '/' -> {
                if (c1 == '=') { type = GoLexer.DIV_ASSIGN; op = "/="; }
                else { type = GoLexer.DIV; op = "/"; }
            }
            case '%' -> {
                if (c1 == '=') { type = GoLexer.MOD_ASSIGN; op = "%="; }
                else { type = GoLexer.MOD; op = "%"; }
            }
            case '^' -> {
                if (c1 == '=') { type = GoLexer.XOR_ASSIGN; op = "^="; }
                else { type = GoLexer.CARET; op = "^"; }
            }
            case '|' -> {
                if (c1 == '|') { type = GoLexer.LOGICAL_OR; op = "||"; }
                else if (c1 == '=') { type = GoLexer.OR_ASSIGN; op = "|="; }
                else { type = GoLexer.PIPE; op = "|"; }
            }
            case '&' -> {
                if (c1 == '&') { type = GoLexer.LOGICAL_AND; op = "&&"; }
                else if (c1 == '=') { type = GoLexer.AND_ASSIGN; op = "&="; }
                else if (c1 == '^' && c2 == '=') { type = GoLexer.AND_NOT_ASSIGN; op = "&^="; }
                else if (c1 == '^') { type = GoLexer.AND_NOT; op = "&^"; }
                else { type = GoLexer.AMP; op = "&"; }
            }
            case '<' -> {
                if (c1 == '-') { type = GoLexer.RECEIVE; op = "<-"; }
                else if (c1 == '=') { type = GoLexer.LESS_OR_EQUALS; op = "<="; }
                else if (c1 == '<' && c2 == '=') { type = GoLexer.SHL_ASSIGN; op = "<<="; }
                else if (c1 == '<') { type = GoLexer.SHL; op = "<<"; }
                else { type = GoLexer.LESS; op = "<"; }
            }
            case '>' -> {
                if (c1 == '=') { type = GoLexer.GREATER_OR_EQUALS; op = ">="; }
                else if (c1 == '>' && c2 == '=') { type = GoLexer.SHR_ASSIGN; op = ">>="; }
                else if (c1 == '>') { type = GoLexer.SHR; op = ">>"; }
                else { type = GoLexer.GREATER; op = ">"; }
            }
            default -> {
                return antlr(); // an invalid character
            }
        }
        pos += op.length();
        return emit(type, Token.DEFAULT_CHANNEL, start, op);
    }

    /** Scans one token (after any whitespace) with the ANTLR lexer from the current position. */
    private Token antlr() {
        if (antlr == null) {
            antlr = new GoLexer(CharStreams.fromString(text, sourceName));
            antlr.removeErrorListeners();
        }
        antlr.getInputStream().seek(cp);
        antlr.getInterpreter().setLine(line);
        antlr.getInterpreter().setCharPositionInLine(col);
        Token t = antlr.nextToken();
        int endCp = antlr.getInputStream().index();
        pos = surrogates ? text.offsetByCodePoints(pos, endCp - cp) : pos + (endCp - cp);
        cp = endCp;
        line = antlr.getInterpreter().getLine();
        col = antlr.getInterpreter().getCharPositionInLine();
        return t;
    }

    @Override public int getLine() { return line; }
    @Override public int getCharPositionInLine() { return col; }
    @Override public CharStream getInputStream() { return null; }
    @Override public String getSourceName() { return sourceName; }
    @Override public void setTokenFactory(TokenFactory<?> factory) {}
    @Override public TokenFactory<?> getTokenFactory() { return CommonTokenFactory.DEFAULT; }
}
