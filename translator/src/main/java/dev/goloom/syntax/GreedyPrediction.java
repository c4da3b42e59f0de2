// ANTLR prediction with gc's one-token rule for a function's optional result.
package dev.goloom.syntax;

import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.DecisionState;
import org.antlr.v4.runtime.atn.ParserATNSimulator;
import org.antlr.v4.runtime.atn.ProfilingATNSimulator;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The grammar's {@code signature : parameters result?} is ambiguous where gc is not: after
 * {@code func()}, a token that may start a type ({@code *}, {@code (}, a name, ...) is always
 * the result in gc ({@code funcResult} tries a type first), but the grammar also lets it be
 * a binary operator, a conversion's argument list, and so on. ANTLR's SLL prediction does not
 * resolve that greedily: it reads on until one reading fails, through the whole body of
 * {@code func f() (int, error) {...}} when the other reading goes through an if header, and
 * then caches DFA states for every body it read (profiled: look-ahead up to 12,030 tokens,
 * half of the cold parse time). This simulator decides that one decision by one token, as gc
 * does, and leaves every other decision to ANTLR.
 *
 * <p>Invariant: {@link #RESULT_DECISION} is the only decision in rule {@code signature}, and
 * its alternative 1 enters {@code result}.
 */
final class GreedyPrediction extends ParserATNSimulator {
    /** The decision number of {@code result?} in {@code signature}. */
    static final int RESULT_DECISION = decisionOfRule(GoParser.RULE_signature);
    /** The tokens that can start a result: a parameter list or a type. */
    static final IntervalSet RESULT_START =
            GoParser._ATN.nextTokens(GoParser._ATN.ruleToStartState[GoParser.RULE_result]);

    GreedyPrediction(Parser parser) {
        super(parser, GoParser._ATN, GoParser._decisionToDFA, GoParser._sharedContextCache);
    }

    @Override
    public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
        int greedy = greedyAlternative(input, decision);
        return greedy != 0 ? greedy : super.adaptivePredict(input, decision, outerContext);
    }

    /** 1 (enter) or 2 (skip) for the result decision; 0 for every decision ANTLR predicts. */
    static int greedyAlternative(TokenStream input, int decision) {
        if (decision != RESULT_DECISION) {
            return 0;
        }
        return RESULT_START.contains(input.LA(1)) ? 1 : 2;
    }

    private static int decisionOfRule(int rule) {
        ATN atn = GoParser._ATN;
        int found = -1;
        for (int d = 0; d < atn.getNumberOfDecisions(); d++) {
            DecisionState state = atn.getDecisionState(d);
            if (state.ruleIndex == rule) {
                if (found >= 0) {
                    throw new IllegalStateException("rule " + GoParser.ruleNames[rule] + " has more than one decision");
                }
                found = d;
            }
        }
        if (found < 0) {
            throw new IllegalStateException("rule " + GoParser.ruleNames[rule] + " has no decision");
        }
        return found;
    }

    /** The same rule for ANTLR's decision profiler (used by {@link ParseProfile}). */
    static final class Profiling extends ProfilingATNSimulator {
        Profiling(Parser parser) {
            super(parser);
        }

        @Override
        public int adaptivePredict(TokenStream input, int decision, ParserRuleContext outerContext) {
            int greedy = greedyAlternative(input, decision);
            return greedy != 0 ? greedy : super.adaptivePredict(input, decision, outerContext);
        }
    }
}
