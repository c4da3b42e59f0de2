// The base class of GoParser's parse-tree nodes: ANTLR's, with child lists sized for the common case.
package dev.goloom.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * ANTLR's {@link ParserRuleContext} (the grammar's {@code contextSuperClass}), changed only in
 * cost, for {@code goloom check std}, which builds a parse tree of half a million lines: most
 * nodes have one to three children, but ANTLR's first child makes a list of room ten; and its
 * child lookups ({@code ctx.expression(i)}, {@code ctx.COLON()}) walk the children with an
 * iterator, an allocation per call under the C1-only JIT (no escape analysis). Together they
 * were a quarter of all allocated bytes. The results are ANTLR's, child for child.
 */
public class GoRuleContext extends ParserRuleContext {
    /** Room in a new child list: two fit in the object size of one (with compressed references). */
    private static final int FIRST_CHILDREN = 2;

    public GoRuleContext() {
    }

    public GoRuleContext(ParserRuleContext parent, int invokingStateNumber) {
        super(parent, invokingStateNumber);
    }

    @Override
    public <T extends ParseTree> T addAnyChild(T t) {
        if (children == null) {
            children = new ArrayList<>(FIRST_CHILDREN);
        }
        children.add(t);
        return t;
    }

    @Override
    public <T extends ParseTree> T getChild(Class<? extends T> ctxType, int i) {
        if (children == null || i < 0 || i >= children.size()) {
            return null;
        }
        int seen = -1;
        for (int k = 0, n = children.size(); k < n; k++) {
            ParseTree o = children.get(k);
            if (ctxType.isInstance(o) && ++seen == i) {
                return ctxType.cast(o);
            }
        }
        return null;
    }

    @Override
    public TerminalNode getToken(int ttype, int i) {
        if (children == null || i < 0 || i >= children.size()) {
            return null;
        }
        int seen = -1;
        for (int k = 0, n = children.size(); k < n; k++) {
            if (children.get(k) instanceof TerminalNode t && t.getSymbol().getType() == ttype && ++seen == i) {
                return t;
            }
        }
        return null;
    }

    @Override
    public List<TerminalNode> getTokens(int ttype) {
        if (children == null) {
            return Collections.emptyList();
        }
        List<TerminalNode> tokens = null;
        for (int k = 0, n = children.size(); k < n; k++) {
            if (children.get(k) instanceof TerminalNode t && t.getSymbol().getType() == ttype) {
                if (tokens == null) {
                    tokens = new ArrayList<>();
                }
                tokens.add(t);
            }
        }
        return tokens == null ? Collections.emptyList() : tokens;
    }

    @Override
    public <T extends ParserRuleContext> T getRuleContext(Class<? extends T> ctxType, int i) {
        return getChild(ctxType, i);
    }

    @Override
    public <T extends ParserRuleContext> List<T> getRuleContexts(Class<? extends T> ctxType) {
        if (children == null) {
            return Collections.emptyList();
        }
        List<T> contexts = null;
        for (int k = 0, n = children.size(); k < n; k++) {
            ParseTree o = children.get(k);
            if (ctxType.isInstance(o)) {
                if (contexts == null) {
                    contexts = new ArrayList<>();
                }
                contexts.add(ctxType.cast(o));
            }
        }
        return contexts == null ? Collections.emptyList() : contexts;
    }
}
