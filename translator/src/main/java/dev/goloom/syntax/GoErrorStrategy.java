// Error recovery after a syntax error, resynchronizing where gc's parser does.
package dev.goloom.syntax;

import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's default recovery skips to any token that may follow any rule being parsed, often a
 * ")" or "," in the middle of the broken statement, and then reports the rest of the
 * statement again. gc instead skips ({@code advance} in cmd/compile/internal/syntax) to the
 * end of the statement or to a keyword that starts one, and at the top level to the next
 * declaration keyword; so does this strategy. Single-token insertion and deletion stay
 * ANTLR's, and errors during recovery stay suppressed until a token matches again.
 */
final class GoErrorStrategy extends DefaultErrorStrategy {
    /** Inside a function body: the end of a statement, or a keyword only a statement starts with. */
    private static final IntervalSet IN_BODY = IntervalSet.of(GoLexer.SEMI);
    /** At the top level: the keywords that start a declaration. */
    private static final IntervalSet TOP_LEVEL = IntervalSet.of(GoLexer.IMPORT);

    /** The ATN state in rule block that calls statementList. */
    private static final int BLOCK_CALLS_STATEMENT_LIST = blockCallsStatementList();

    static {
        IN_BODY.addAll(IntervalSet.of(GoLexer.R_CURLY));
        IN_BODY.add(GoLexer.CASE); // gc's statement lists stop at case and default too
        IN_BODY.add(GoLexer.DEFAULT);
        for (int keyword : new int[] {GoLexer.BREAK, GoLexer.CONST, GoLexer.CONTINUE, GoLexer.DEFER,
                GoLexer.FALLTHROUGH, GoLexer.FOR, GoLexer.GO, GoLexer.GOTO, GoLexer.IF, GoLexer.RETURN,
                GoLexer.SELECT, GoLexer.SWITCH, GoLexer.TYPE, GoLexer.VAR}) {
            IN_BODY.add(keyword);
        }
        for (int keyword : new int[] {GoLexer.CONST, GoLexer.TYPE, GoLexer.VAR, GoLexer.FUNC}) {
            TOP_LEVEL.add(keyword);
        }
        IN_BODY.add(Token.EOF);
        TOP_LEVEL.add(Token.EOF);
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        if (lastErrorIndex == recognizer.getInputStream().index()
                && lastErrorStates != null && lastErrorStates.contains(recognizer.getState())) {
            // Failed here before without consuming anything: move on, or we loop forever.
            recognizer.consume();
        }
        lastErrorIndex = recognizer.getInputStream().index();
        if (lastErrorStates == null) {
            lastErrorStates = new IntervalSet();
        }
        lastErrorStates.add(recognizer.getState());
        consumeUntil(recognizer, inBody(recognizer.getContext()) ? IN_BODY : TOP_LEVEL);
    }

    /**
     * A block that does not end where its statement list did ({@code x := 1 :}): gc reports
     * the token "at end of statement", skips to the end of that statement and goes on with the
     * statements after it. ANTLR's own recovery would leave the block there and report its
     * closing brace again at the top level.
     */
    @Override
    public Token recoverInline(Parser recognizer) throws RecognitionException {
        TokenStream input = recognizer.getInputStream();
        if (!(recognizer.getContext() instanceof GoParser.BlockContext) || input.LA(1) == Token.EOF
                || input.LA(2) == GoLexer.R_CURLY) {
            return super.recoverInline(recognizer); // ANTLR deletes a single stray token well
        }
        reportError(recognizer, new InputMismatchException(recognizer));
        GoParser parser = (GoParser) recognizer;
        while (true) {
            consumeUntil(recognizer, IN_BODY);
            int next = input.LA(1);
            if (next == GoLexer.R_CURLY) {
                Token brace = input.LT(1);
                recognizer.consume();
                return brace;
            }
            if (next == Token.EOF || next == GoLexer.CASE || next == GoLexer.DEFAULT) {
                throw new InputMismatchException(recognizer);
            }
            int before = input.index();
            int state = parser.getState();
            parser.setState(BLOCK_CALLS_STATEMENT_LIST); // the nested list's invoking state must be a call
            parser.statementList();
            parser.setState(state);
            if (input.index() == before) {
                recognizer.consume(); // a keyword no statement list takes here: skip it
            }
        }
    }

    private static int blockCallsStatementList() {
        for (ATNState state : GoParser._ATN.states) {
            if (state != null && state.ruleIndex == GoParser.RULE_block && state.getNumberOfTransitions() == 1
                    && state.transition(0) instanceof RuleTransition call
                    && call.target.ruleIndex == GoParser.RULE_statementList) {
                return state.stateNumber;
            }
        }
        throw new IllegalStateException("rule block does not call statementList");
    }

    private static boolean inBody(ParserRuleContext ctx) {
        for (ParserRuleContext c = ctx; c != null; c = c.getParent()) {
            if (c instanceof GoParser.BlockContext) {
                return true;
            }
        }
        return false;
    }
}
