// The parser's token stream: a file's tokens in an array, with its comments kept aside.
package dev.goloom.syntax;

import java.util.ArrayList;
import java.util.List;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.RuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenSource;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * Reads all tokens of a file up front. The parser sees only default-channel tokens, so every
 * look-ahead is an array access (ANTLR's CommonTokenStream skips the comment tokens on each
 * LT and LA, which cost a quarter of the parse); comments are kept in their own list, each
 * with the index of the token that follows it, for doc comments and build constraints.
 *
 * <p>Invariant: {@code tokens[i].getTokenIndex() == i}, and the last token is EOF.
 */
final class GoTokens implements TokenStream {
    /** Where the tokens came from. */
    private final TokenSource source;
    /** The default-channel tokens, EOF last. */
    private final Token[] tokens;
    /** The comments, in source order. */
    private final List<Token> comments;
    /** For each comment, the index in {@link #tokens} of the token after it. */
    private final int[] commentNext;
    /** The index of the current token, LT(1). */
    private int p;

    GoTokens(TokenSource source) {
        this.source = source;
        List<Token> all = new ArrayList<>();
        List<Token> notes = new ArrayList<>();
        List<Integer> next = new ArrayList<>();
        for (Token t = source.nextToken(); ; t = source.nextToken()) {
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                ((CommonToken) t).setTokenIndex(all.size());
                all.add(t);
                if (t.getType() == Token.EOF) {
                    break;
                }
            } else if (t.getChannel() == GoLexer.COMMENTS) {
                notes.add(t);
                next.add(all.size());
            }
        }
        this.tokens = all.toArray(new Token[0]);
        this.comments = notes;
        this.commentNext = next.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The comments between the token before {@code tokenIndex} and that token. */
    List<Token> commentsBefore(int tokenIndex) {
        int hi = commentsUpTo(tokenIndex);
        int lo = hi;
        while (lo > 0 && commentNext[lo - 1] == tokenIndex) {
            lo--;
        }
        return comments.subList(lo, hi);
    }

    /** All comments before the token at {@code tokenIndex}. */
    List<Token> commentsBeforeAll(int tokenIndex) {
        return comments.subList(0, commentsUpTo(tokenIndex));
    }

    /** The number of comments that come before the token at {@code tokenIndex}. */
    private int commentsUpTo(int tokenIndex) {
        int lo = 0;
        int hi = commentNext.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (commentNext[mid] <= tokenIndex) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    @Override
    public Token LT(int k) {
        if (k > 0) {
            int i = p + k - 1;
            return tokens[i < tokens.length ? i : tokens.length - 1];
        }
        return k < 0 && p + k >= 0 ? tokens[p + k] : null;
    }

    @Override
    public int LA(int i) {
        Token t = LT(i);
        return t == null ? 0 : t.getType();
    }

    @Override
    public Token get(int index) {
        return tokens[index];
    }

    @Override
    public void consume() {
        if (tokens[p].getType() == Token.EOF) {
            throw new IllegalStateException("cannot consume EOF");
        }
        p++;
    }

    @Override public int index() { return p; }
    @Override public void seek(int index) { p = Math.min(index, tokens.length - 1); }
    @Override public int size() { return tokens.length; }
    @Override public int mark() { return -1; }
    @Override public void release(int marker) {}
    @Override public TokenSource getTokenSource() { return source; }
    @Override public String getSourceName() { return source.getSourceName(); }

    @Override
    public String getText(Interval interval) {
        StringBuilder out = new StringBuilder();
        int stop = Math.min(interval.b, tokens.length - 1);
        for (int i = Math.max(interval.a, 0); i <= stop && tokens[i].getType() != Token.EOF; i++) {
            out.append(tokens[i].getText());
        }
        return out.toString();
    }

    @Override
    public String getText() {
        return getText(Interval.of(0, tokens.length - 1));
    }

    @Override
    public String getText(RuleContext ctx) {
        return getText(ctx.getSourceInterval());
    }

    @Override
    public String getText(Token start, Token stop) {
        return start == null || stop == null ? "" : getText(Interval.of(start.getTokenIndex(), stop.getTokenIndex()));
    }
}
