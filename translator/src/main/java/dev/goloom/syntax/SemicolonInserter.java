// Go's automatic semicolon insertion, as a token source between the lexer and the parser.
package dev.goloom.syntax;

import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenFactory;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.CharStream;

/**
 * The spec, "Semicolons": "When the input is broken into tokens, a semicolon is automatically
 * inserted into the token stream immediately after a line's final token if that token is an
 * identifier; an integer, floating-point, imaginary, rune, or string literal; one of the
 * keywords break, continue, fallthrough, or return; one of the operators and punctuation
 * ++, --, ), ], or }." A general comment spanning lines acts like a newline, and gc also
 * inserts one at the end of the file.
 *
 * <p>Inserted semicolons have the text {@link #NEWLINE_TEXT} or {@link #EOF_TEXT}, so that
 * syntax errors can say "unexpected newline" as gc does.
 */
final class SemicolonInserter implements TokenSource {
    static final String NEWLINE_TEXT = "\n";
    static final String EOF_TEXT = "EOF";

    /** The tokens before insertion: GoLexer's, or GoScanner's (the same). */
    private final TokenSource lexer;
    /** The token to hand out after an inserted semicolon. */
    private Token pending;
    /** Whether the last default-channel token allows a semicolon after it. */
    private boolean lastAllowsSemicolon;

    SemicolonInserter(TokenSource lexer) {
        this.lexer = lexer;
    }

    @Override
    public Token nextToken() {
        if (pending != null) {
            Token t = pending;
            pending = null;
            return t;
        }
        Token t = lexer.nextToken();
        // Newlines matter only here: once seen they are dropped, so the parser's token
        // stream holds just the tokens and the comments.
        while (t.getType() == GoLexer.NEWLINE && !lastAllowsSemicolon) {
            t = lexer.nextToken();
        }
        if (t.getChannel() == Token.DEFAULT_CHANNEL && t.getType() != Token.EOF) {
            lastAllowsSemicolon = allowsSemicolonAfter(t.getType());
            return t;
        }
        boolean lineEnds = t.getType() == Token.EOF
                || t.getType() == GoLexer.NEWLINE
                || (t.getType() == GoLexer.GENERAL_COMMENT && t.getText().indexOf('\n') >= 0);
        if (lastAllowsSemicolon && lineEnds) {
            lastAllowsSemicolon = false;
            pending = t.getType() == GoLexer.NEWLINE ? null : t;
            CommonToken semi = new CommonToken(t);
            semi.setType(GoLexer.SEMI);
            semi.setChannel(Token.DEFAULT_CHANNEL);
            semi.setText(t.getType() == Token.EOF ? EOF_TEXT : NEWLINE_TEXT);
            semi.setStopIndex(semi.getStartIndex() - 1);
            return semi;
        }
        return t;
    }

    private static boolean allowsSemicolonAfter(int type) {
        return switch (type) {
            case GoLexer.IDENTIFIER, GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT,
                 GoLexer.RUNE_LIT, GoLexer.RAW_STRING_LIT, GoLexer.INTERPRETED_STRING_LIT,
                 GoLexer.BREAK, GoLexer.CONTINUE, GoLexer.FALLTHROUGH, GoLexer.RETURN,
                 GoLexer.PLUS_PLUS, GoLexer.MINUS_MINUS, GoLexer.R_PAREN, GoLexer.R_BRACKET,
                 GoLexer.R_CURLY -> true;
            default -> false;
        };
    }

    @Override public int getLine() { return lexer.getLine(); }
    @Override public int getCharPositionInLine() { return lexer.getCharPositionInLine(); }
    @Override public CharStream getInputStream() { return lexer.getInputStream(); }
    @Override public String getSourceName() { return lexer.getSourceName(); }
    @Override public void setTokenFactory(TokenFactory<?> factory) { lexer.setTokenFactory(factory); }
    @Override public TokenFactory<?> getTokenFactory() { return lexer.getTokenFactory(); }
}
