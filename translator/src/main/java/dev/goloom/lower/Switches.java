// Lowers expression switch statements to if-else chains (or, with fallthrough, to a Java switch over the case index).
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.SwitchStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Type;
import dev.goloom.types.Types;
import java.util.List;

/**
 * "A switch statement evaluates the tag once, then the case expressions left-to-right and
 * top-to-bottom; the first one that equals the tag triggers its clause." That is an
 * if-else chain with the default clause last. An unlabeled {@code break} inside leaves the
 * switch: the chain is then wrapped in a labeled block. A {@code fallthrough} needs Java's
 * own fall-through: the matching clause's index is computed first and a Java switch on it
 * runs the clauses.
 */
final class Switches {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final StmtLowering stmts;

    Switches(LoweringContext ctx, ExprLowering exprs, StmtLowering stmts) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.stmts = stmts;
    }

    private static boolean endsInFallthrough(Stmt.CaseClause c) {
        return !c.body().isEmpty() && c.body().getLast() instanceof Stmt.Branch b && b.keyword().equals("fallthrough");
    }

    void switchStmt(Stmt.Switch sw, BlockStmt out, String label) {
        ctx.locals.open();
        BlockStmt scope = new BlockStmt();
        if (sw.init() != null) {
            stmts.lower(sw.init(), scope);
        }
        Expression tag = null;
        Type tagType = null;
        if (sw.tag() != null) {
            tagType = ctx.info.typeOf(sw.tag());
            Expression t = exprs.lower(sw.tag());
            if (t instanceof NameExpr || t.isLiteralExpr()) {
                tag = t;
            } else {
                String name = ctx.temp("tag");
                scope.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                        ctx.javaTypes.of(tagType), name, t))));
                tag = new NameExpr(name);
            }
        }
        String blockLabel = label != null ? label : ctx.temp("switch").replace("$", "");
        boolean fallthrough = sw.clauses().stream().anyMatch(Switches::endsInFallthrough);
        Statement lowered = fallthrough ? indexSwitch(sw, tag, tagType, blockLabel) : chain(sw, tag, tagType, blockLabel);
        ctx.locals.close();
        scope.addStatement(lowered);
        if (scope.getStatements().size() == 1) {
            out.addStatement(scope.getStatement(0));
        } else {
            out.addStatement(scope);
        }
    }

    /** The condition under which clause {@code c} matches. */
    private Expression matches(Stmt.CaseClause c, Expression tag, Type tagType) {
        Expression cond = null;
        for (Expr e : c.list()) {
            // A missing tag is true; a case of interface type (`case i:` for an any i) compares with it.
            Expression one = tag == null && Types.isInterface(ctx.info.typeOf(e))
                    ? exprs.equalValues(new com.github.javaparser.ast.expr.BooleanLiteralExpr(true), dev.goloom.types.Universe.BOOL, e)
                    : tag == null ? exprs.lower(e) : exprs.equalValues(tag.clone(), tagType, e);
            cond = cond == null ? one : JavaPrecedence.binary(cond, one, BinaryExpr.Operator.OR);
        }
        return cond;
    }

    private BlockStmt clauseBody(Stmt.CaseClause c, String label, boolean dropFallthrough) {
        ctx.locals.open();
        BlockStmt b = new BlockStmt();
        List<Stmt> body = dropFallthrough && endsInFallthrough(c) ? c.body().subList(0, c.body().size() - 1) : c.body();
        stmts.statements(body, b);
        ctx.locals.close();
        return b;
    }

    private Statement chain(Stmt.Switch sw, Expression tag, Type tagType, String label) {
        return chain(sw.clauses(), c -> matches(c, tag, tagType), c -> clauseBody(c, label, false), label);
    }

    /**
     * The if-else chain of {@code clauses} (default last), in a block labeled {@code label}
     * when a {@code break} in a clause leaves it; shared with type switches.
     */
    Statement chain(List<Stmt.CaseClause> clauses, java.util.function.Function<Stmt.CaseClause, Expression> condition,
                    java.util.function.Function<Stmt.CaseClause, BlockStmt> body, String label) {
        stmts.breakTargets.push(new String[] {label});
        try {
            Stmt.CaseClause dflt = null;
            IfStmt first = null, last = null;
            for (Stmt.CaseClause c : clauses) {
                if (c.isDefault()) {
                    dflt = c;
                    continue;
                }
                IfStmt next = new IfStmt(condition.apply(c), body.apply(c), null);
                if (first == null) {
                    first = next;
                } else {
                    last.setElseStmt(next);
                }
                last = next;
            }
            Statement result;
            if (dflt != null) {
                BlockStmt d = body.apply(dflt);
                if (first == null) {
                    result = d;
                } else {
                    last.setElseStmt(d);
                    result = first;
                }
            } else {
                result = first == null ? new BlockStmt() : first;
            }
            if (result.findFirst(BreakStmt.class, b -> b.getLabel().map(l -> l.asString().equals(label)).orElse(false)).isPresent()) {
                return new LabeledStmt(label, result instanceof BlockStmt ? result : new BlockStmt().addStatement(result));
            }
            return result;
        } finally {
            stmts.breakTargets.pop();
        }
    }

    /** Whether a statement of {@code body}'s top level declares a Java local (or local class). */
    private static boolean declaresLocals(BlockStmt body) {
        return body.getStatements().stream().anyMatch(st -> st instanceof com.github.javaparser.ast.stmt.LocalClassDeclarationStmt
                || st instanceof com.github.javaparser.ast.stmt.LocalRecordDeclarationStmt
                || st instanceof ExpressionStmt e && e.getExpression() instanceof VariableDeclarationExpr);
    }

    /** With fallthrough: {@code int case$ = ...; switch (case$) { case 0: ...; case 1: ...; break; }}. */
    private Statement indexSwitch(Stmt.Switch sw, Expression tag, Type tagType, String label) {
        Expression index = new IntegerLiteralExpr("-1");
        List<Stmt.CaseClause> clauses = sw.clauses();
        for (int i = clauses.size() - 1; i >= 0; i--) {
            if (clauses.get(i).isDefault()) {
                index = new IntegerLiteralExpr(String.valueOf(i));
            }
        }
        for (int i = clauses.size() - 1; i >= 0; i--) {
            if (!clauses.get(i).isDefault()) {
                index = new ConditionalExpr(matches(clauses.get(i), tag, tagType), new IntegerLiteralExpr(String.valueOf(i)), index);
            }
        }
        String caseVar = ctx.temp("clause");
        BlockStmt block = new BlockStmt();
        block.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(PrimitiveType.intType(), caseVar, index))));
        NodeList<SwitchEntry> entries = new NodeList<>();
        stmts.breakTargets.push(new String[] {null});
        try {
            for (int i = 0; i < clauses.size(); i++) {
                BlockStmt body = clauseBody(clauses.get(i), label, true);
                NodeList<Statement> stmtsList = new NodeList<>(body.getStatements());
                boolean endsAbruptly = !stmtsList.isEmpty() && StmtLowering.endsAbruptly(stmtsList.get(stmtsList.size() - 1));
                if (declaresLocals(body)) {
                    // Each Go clause is a scope of its own; Java's switch groups share one, so
                    // a clause that declares (`dummy := 0` in every clause) keeps its block.
                    stmtsList = NodeList.nodeList(body);
                }
                if (!endsInFallthrough(clauses.get(i)) && !endsAbruptly) {
                    stmtsList.add(new BreakStmt());
                }
                entries.add(new SwitchEntry(NodeList.nodeList(new IntegerLiteralExpr(String.valueOf(i))),
                        SwitchEntry.Type.STATEMENT_GROUP, stmtsList));
            }
        } finally {
            stmts.breakTargets.pop();
        }
        block.addStatement(new SwitchStmt(new NameExpr(caseVar), entries));
        return block;
    }
}
