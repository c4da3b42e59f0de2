// Turns ANTLR's syntax errors into gc's "syntax error: unexpected X" messages.
package dev.goloom.syntax;

import dev.goloom.diag.Diagnostics;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Reports syntax errors in gc's words, at most one per line as gc does. gc names the offending token the
 * way {@code tokstring} does in cmd/compile/internal/syntax: "name x", "literal 42",
 * "keyword func", "newline", "EOF", or the operator itself.
 */
final class SyntaxErrors extends BaseErrorListener {
    /** The file, for positions. */
    private final SourceText source;
    /** Where errors go. */
    private final Diagnostics diags;
    /** Whether any error was reported. */
    private boolean reported;
    /** The line of the last error reported: gc reports at most one syntax error per line. */
    private int lastLine = -1;

    SyntaxErrors(SourceText source, Diagnostics diags) {
        this.source = source;
        this.diags = diags;
    }

    boolean reported() {
        return reported;
    }

    @Override
    public void syntaxError(Recognizer<?, ?> recognizer, Object offending, int line, int col, String msg,
                            RecognitionException e) {
        int at = offending instanceof Token t ? t.getLine() : line;
        if (at == lastLine) {
            return;
        }
        if (reported && offending instanceof Token t && isEof(t) && lexicalError(t) == null) {
            return; // as gc: after an error, "unexpected EOF" is only a follow-up
        }
        lastLine = at;
        reported = true;
        if (!(offending instanceof Token t)) {
            // A lexer error: no token could be formed at all.
            diags.error(source.pos(line, col), "syntax error: " + msg);
            return;
        }
        String message = lexicalError(t);
        if (message == null) {
            message = "syntax error: unexpected " + describe(t);
            if (recognizer instanceof Parser p && atEndOfStatement(p, t)) {
                message += " at end of statement";
            } else if (recognizer instanceof Parser p) {
                String expected = expected(p, e);
                if (expected != null) {
                    message += ", expected " + expected;
                }
            }
        }
        diags.error(source.pos(t), message);
    }

    /**
     * Whether a statement just ended and {@code t} can neither continue it nor start the next:
     * the parser stopped in a statement list (of a block or a case) that was not empty,
     * expecting its closing brace. gc's words for that are "unexpected X at end of statement".
     */
    private static boolean atEndOfStatement(Parser p, Token t) {
        ParserRuleContext ctx = p.getContext();
        boolean inList = ctx instanceof GoParser.BlockContext || ctx instanceof GoParser.StatementListContext
                || ctx instanceof GoParser.SwitchStmtContext || ctx instanceof GoParser.SelectStmtContext;
        if (!inList || t.getType() == GoLexer.R_CURLY || t.getType() == GoLexer.SEMI || isEof(t)
                || !p.getExpectedTokens().contains(GoLexer.R_CURLY)) {
            return false;
        }
        Token previous = p.getInputStream().LT(-1);
        return previous != null && previous.getType() != GoLexer.L_CURLY && previous.getType() != GoLexer.COLON
                && previous.getType() != GoLexer.SEMI;
    }

    private static boolean isEof(Token t) {
        return t.getType() == Token.EOF || t.getType() == GoLexer.SEMI && t.getText().equals(SemicolonInserter.EOF_TEXT);
    }

    /** Errors in a token itself, worded as gc's scanner words them. */
    private static String lexicalError(Token t) {
        return switch (t.getType()) {
            case GoLexer.UNTERMINATED_STRING -> "string literal not terminated";
            case GoLexer.UNTERMINATED_RAW -> "raw string literal not terminated";
            case GoLexer.UNTERMINATED_RUNE -> "rune literal not terminated";
            case GoLexer.UNTERMINATED_COMMENT -> "comment not terminated";
            case GoLexer.INVALID_CHAR -> invalidChar(t.getText());
            default -> null;
        };
    }

    private static String invalidChar(String text) {
        int c = text.codePointAt(0);
        if (c == '\'' || c == '"' || c == '`') {
            return "syntax error: unexpected " + text;
        }
        return String.format("invalid character U+%04X%s", c,
                Character.isLetterOrDigit(c) || c > 0x20 && c < 0x7f ? " '" + text + "'" : "");
    }

    /** What gc's parser says the offending token is. */
    static String describe(Token t) {
        int type = t.getType();
        if (type == Token.EOF) {
            return "EOF";
        }
        if (type == GoLexer.SEMI) {
            return switch (t.getText()) {
                case SemicolonInserter.NEWLINE_TEXT -> "newline";
                case SemicolonInserter.EOF_TEXT -> "EOF";
                default -> "semicolon";
            };
        }
        if (type == GoLexer.IDENTIFIER) {
            return "name " + t.getText();
        }
        if (type >= GoLexer.BREAK && type <= GoLexer.VAR) {
            return "keyword " + t.getText();
        }
        return switch (type) {
            case GoLexer.INT_LIT, GoLexer.FLOAT_LIT, GoLexer.IMAGINARY_LIT, GoLexer.RUNE_LIT,
                 GoLexer.RAW_STRING_LIT, GoLexer.INTERPRETED_STRING_LIT -> "literal " + t.getText();
            case GoLexer.COMMA -> "comma";
            default -> t.getText();
        };
    }

    /** A short "expected" clause when ANTLR knows exactly one token would do. */
    private static String expected(Parser p, RecognitionException e) {
        IntervalSet set = e != null ? e.getExpectedTokens() : p.getExpectedTokens();
        if (set == null || set.size() != 1) {
            return null;
        }
        int type = set.getMinElement();
        return switch (type) {
            case GoLexer.IDENTIFIER -> "name";
            case GoLexer.SEMI -> null;
            default -> {
                String literal = p.getVocabulary().getLiteralName(type);
                yield literal == null ? null : literal.replace("'", "");
            }
        };
    }
}
