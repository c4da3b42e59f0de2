// Lowers Go statements to Java statements.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Spec;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Obj;
import dev.goloom.types.Type;
import dev.goloom.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * One Go statement to Java statements (several when Go evaluates before it assigns, as in
 * {@code a, b = b, a}). Statements after a return, break or continue are dropped: Go accepts
 * unreachable code, Java rejects it, and it can never run.
 */
final class StmtLowering {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private int temps;

    StmtLowering(LoweringContext ctx, ExprLowering exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
    }

    BlockStmt block(Stmt.Block b) {
        ctx.locals.open();
        BlockStmt out = new BlockStmt();
        statements(b.stmts(), out);
        ctx.locals.close();
        return out;
    }

    private void statements(List<Stmt> stmts, BlockStmt out) {
        for (Stmt s : stmts) {
            lower(s, out);
            // What follows cannot run, and Java rejects it as unreachable.
            if (s instanceof Stmt.Return || s instanceof Stmt.Branch
                    || s instanceof Stmt.For f && infinite(f) && !breaks(f.body())) {
                break;
            }
        }
    }

    /** The expressions a statement evaluates together (for {@link EvaluationOrder}). */
    private static List<Expr> operands(Stmt s) {
        return switch (s) {
            case Stmt.ExprStmt e -> e.x() instanceof Expr.Call c ? c.args() : List.of(e.x());
            case Stmt.Assign a -> a.op().equals("=") || a.op().equals(":=") ? a.rhs()
                    : java.util.stream.Stream.concat(a.lhs().stream(), a.rhs().stream()).toList();
            case Stmt.Return r -> r.results();
            case Stmt.If i -> i.cond() == null ? List.of() : List.of(i.cond());
            case Stmt.For f -> f.cond() == null ? List.of() : List.of(f.cond());
            case Stmt.DeclStmt d -> d.decl().specs().stream()
                    .flatMap(sp -> sp instanceof Spec.Value v ? v.values().stream() : java.util.stream.Stream.empty())
                    .toList();
            default -> List.of();
        };
    }

    private void lower(Stmt s, BlockStmt out) {
        Var conflict = EvaluationOrder.conflict(operands(s), ctx.info, ctx.mutatedPackageVars);
        if (conflict != null) {
            ctx.unsupported(s.pos(), "reading package variable " + conflict.name()
                    + " in a statement that also calls a function (gc's evaluation order)");
        }
        switch (s) {
            case Stmt.Empty e -> { }
            case Stmt.Block b -> out.addStatement(block(b));
            case Stmt.ExprStmt e -> out.addStatement(new ExpressionStmt(exprs.lower(e.x())));
            case Stmt.Assign a -> assign(a, out);
            case Stmt.IncDec i -> out.addStatement(new ExpressionStmt(new UnaryExpr(exprs.lower(i.x()),
                    i.op().equals("++") ? UnaryExpr.Operator.POSTFIX_INCREMENT : UnaryExpr.Operator.POSTFIX_DECREMENT)));
            case Stmt.DeclStmt d -> declStmt(d, out);
            case Stmt.If i -> ifStmt(i, out);
            case Stmt.For f -> forStmt(f, out);
            case Stmt.Return r -> out.addStatement(returnStmt(r));
            // Only unlabeled break and continue are translated; goto, fallthrough and labels are not yet.
            case Stmt.Branch b when b.label() == null && (b.keyword().equals("break") || b.keyword().equals("continue")) ->
                    out.addStatement(b.keyword().equals("break") ? new BreakStmt() : new ContinueStmt());
            default -> ctx.unsupported(s.pos(), GoPrinter.stmt(s));
        }
    }

    /** Adds {@code s} unless it is empty (a discarded value without effects). */
    private static void add(BlockStmt out, Statement s) {
        if (!s.isEmptyStmt()) {
            out.addStatement(s);
        }
    }

    private void declStmt(Stmt.DeclStmt d, BlockStmt out) {
        if (!d.decl().keyword().equals("var")) {
            return; // constants are folded into their uses
        }
        for (Spec s : d.decl().specs()) {
            Spec.Value v = (Spec.Value) s;
            if (!v.values().isEmpty() && v.values().size() != v.names().size()) {
                ctx.unsupported(v.pos(), "variables initialized from a call with several results");
                continue;
            }
            List<Expression> values = new ArrayList<>();
            for (Expr e : v.values()) {
                values.add(exprs.lower(e));
            }
            for (int i = 0; i < v.names().size(); i++) {
                Obj o = ctx.info.defs.get(v.names().get(i));
                if (o instanceof Var var) {
                    out.addStatement(declare(var, values.isEmpty() ? JavaTypes.zero(var.type()) : values.get(i)));
                } else if (!values.isEmpty()) {
                    out.addStatement(new ExpressionStmt(values.get(i)));
                }
            }
        }
    }

    private Statement declare(Var v, Expression init) {
        var type = JavaTypes.of(v.type());
        if (type == null) {
            ctx.unsupported(v.pos(), "variables of type " + v.type());
            type = JavaTypes.of(dev.goloom.types.Universe.INT);
        }
        String name = ctx.locals.declare(v);
        return new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(type, name, init)));
    }

    private void assign(Stmt.Assign a, BlockStmt out) {
        if (a.rhs().size() != a.lhs().size()) {
            ctx.unsupported(a.pos(), "assignment from a call with several results");
            return;
        }
        String op = a.op();
        if (a.lhs().size() == 1) {
            Expr l = a.lhs().getFirst();
            Expression value = exprs.lower(a.rhs().getFirst());
            add(out, assignOne(l, op, value));
            return;
        }
        if (!needsTemporaries(a)) {
            for (int i = 0; i < a.lhs().size(); i++) {
                add(out, assignOne(a.lhs().get(i), op, exprs.lower(a.rhs().get(i))));
            }
            return;
        }
        // Go evaluates every right-hand side before assigning: go through temporaries.
        List<Expression> values = new ArrayList<>();
        for (Expr r : a.rhs()) {
            Expression v = exprs.lower(r);
            Type t = ctx.info.typeOf(r);
            if (JavaTypes.of(t) == null) {
                ctx.unsupported(r.pos(), "assigning values of type " + t);
                return;
            }
            String tmp = "tmp$" + (++temps);
            out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(
                    new VariableDeclarator(JavaTypes.of(t), tmp, v))));
            values.add(new NameExpr(tmp));
        }
        for (int i = 0; i < a.lhs().size(); i++) {
            add(out, assignOne(a.lhs().get(i), op, values.get(i)));
        }
    }

    /**
     * Assigning one by one is the same as Go's evaluate-all-then-assign when every value is a
     * constant, or when every target is a variable that {@code :=} declares fresh (none of them
     * can appear on the right).
     */
    private boolean needsTemporaries(Stmt.Assign a) {
        boolean allConstant = a.rhs().stream().allMatch(r -> {
            var tv = ctx.info.typeAndValue(r);
            return tv != null && tv.isConstant();
        });
        boolean allFresh = a.op().equals(":=") && a.lhs().stream()
                .allMatch(l -> l instanceof Expr.Ident id && (id.name().equals("_") || ctx.info.defs.get(id) != null));
        return !allConstant && !allFresh;
    }

    private Statement assignOne(Expr l, String op, Expression value) {
        if (l instanceof Expr.Ident id && id.name().equals("_")) {
            return discard(value);
        }
        if (op.equals(":=") && l instanceof Expr.Ident id && ctx.info.defs.get(id) instanceof Var v) {
            return declare(v, value);
        }
        AssignExpr.Operator jop = switch (op) {
            case "=", ":=" -> AssignExpr.Operator.ASSIGN;
            case "+=" -> AssignExpr.Operator.PLUS;
            case "-=" -> AssignExpr.Operator.MINUS;
            case "*=" -> AssignExpr.Operator.MULTIPLY;
            case "/=" -> AssignExpr.Operator.DIVIDE;
            case "%=" -> AssignExpr.Operator.REMAINDER;
            case "&=" -> AssignExpr.Operator.BINARY_AND;
            case "|=" -> AssignExpr.Operator.BINARY_OR;
            case "^=" -> AssignExpr.Operator.XOR;
            default -> null;
        };
        Type t = ctx.info.typeOf(l);
        if (jop == null || (!op.equals("=") && !op.equals(":=") && !JavaTypes.nativeArithmetic(t))) {
            ctx.unsupported(l.pos(), "assignment operator " + op + " on " + t);
            jop = AssignExpr.Operator.ASSIGN;
        }
        return new ExpressionStmt(new AssignExpr(exprs.lower(l), value, jop));
    }

    /**
     * {@code _ = x}: Go evaluates x and drops it. A name or literal has no effect, so nothing
     * is emitted; anything else becomes Java's unnamed variable {@code var _ = x;}.
     */
    private Statement discard(Expression value) {
        if (value instanceof NameExpr || value.isLiteralExpr()) {
            return new com.github.javaparser.ast.stmt.EmptyStmt();
        }
        if (value.isMethodCallExpr() || value.isAssignExpr()) {
            return new ExpressionStmt(value);
        }
        return new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                new com.github.javaparser.ast.type.VarType(), "_", value)));
    }

    private void ifStmt(Stmt.If i, BlockStmt out) {
        if (i.init() != null) {
            // "if x := f(); cond {}" scopes x to the if: a Java block does the same.
            ctx.locals.open();
            BlockStmt scope = new BlockStmt();
            lower(i.init(), scope);
            scope.addStatement(ifOnly(i));
            ctx.locals.close();
            out.addStatement(scope);
            return;
        }
        out.addStatement(ifOnly(i));
    }

    private IfStmt ifOnly(Stmt.If i) {
        Statement els = null;
        if (i.els() instanceof Stmt.If elseIf) {
            BlockStmt holder = new BlockStmt();
            ifStmt(elseIf, holder);
            els = holder.getStatements().size() == 1 ? holder.getStatement(0) : holder;
        } else if (i.els() instanceof Stmt.Block b) {
            els = block(b);
        }
        return new IfStmt(exprs.lower(i.cond()), block(i.then()), els);
    }

    /** A loop whose condition is absent or the constant true. */
    private boolean infinite(Stmt.For f) {
        return f.cond() == null || constantBool(f.cond()) == Boolean.TRUE;
    }

    private Boolean constantBool(Expr e) {
        var tv = ctx.info.typeAndValue(e);
        return tv != null && tv.value() instanceof dev.goloom.constant.Constant.Bool b ? b.value() : null;
    }

    /** Whether an unlabeled break in {@code s} leaves the loop {@code s} is the body of. */
    private static boolean breaks(Stmt s) {
        return switch (s) {
            case Stmt.Branch b -> b.keyword().equals("break");
            case Stmt.Block b -> b.stmts().stream().anyMatch(StmtLowering::breaks);
            case Stmt.If i -> breaks(i.then()) || (i.els() != null && breaks(i.els()));
            case Stmt.Labeled l -> breaks(l.stmt());
            default -> false; // a nested for, switch or select owns its unlabeled breaks
        };
    }

    private void forStmt(Stmt.For f, BlockStmt out) {
        if (f.cond() != null && constantBool(f.cond()) == Boolean.FALSE) {
            // "for init; false; post {}" runs only init; Java rejects the unreachable body.
            if (f.init() != null) {
                ctx.locals.open();
                BlockStmt scope = new BlockStmt();
                lower(f.init(), scope);
                ctx.locals.close();
                out.addStatement(scope);
            }
            return;
        }
        if (f.init() == null && f.post() == null) {
            Expression cond = f.cond() == null ? new BooleanLiteralExpr(true) : exprs.lower(f.cond());
            out.addStatement(new WhileStmt(cond, block(f.body())));
            return;
        }
        ctx.locals.open();
        NodeList<Expression> init = new NodeList<>();
        BlockStmt preamble = new BlockStmt();
        if (f.init() != null) {
            BlockStmt holder = new BlockStmt();
            lower(f.init(), holder);
            if (holder.getStatements().size() == 1 && holder.getStatement(0) instanceof ExpressionStmt es) {
                init.add(es.getExpression());
            } else {
                holder.getStatements().forEach(preamble::addStatement);
            }
        }
        // The condition and post statement see the variables the init statement declares.
        Expression cond = f.cond() == null ? null : exprs.lower(f.cond());
        NodeList<Expression> update = new NodeList<>();
        if (f.post() != null) {
            BlockStmt holder = new BlockStmt();
            lower(f.post(), holder);
            for (Statement s : holder.getStatements()) {
                if (s instanceof ExpressionStmt es && !(es.getExpression() instanceof VariableDeclarationExpr)) {
                    update.add(es.getExpression());
                } else {
                    ctx.unsupported(f.post().pos(), "a post statement that needs temporaries");
                    break;
                }
            }
        }
        ForStmt loop = new ForStmt(init, cond, update, block(f.body()));
        ctx.locals.close();
        if (preamble.isEmpty()) {
            out.addStatement(loop);
        } else {
            preamble.addStatement(loop);
            out.addStatement(preamble);
        }
    }

    private Statement returnStmt(Stmt.Return r) {
        if (r.results().isEmpty()) {
            return new ReturnStmt();
        }
        if (r.results().size() > 1) {
            ctx.unsupported(r.pos(), "returning several results");
            return new ReturnStmt();
        }
        return new ReturnStmt(exprs.lower(r.results().getFirst()));
    }
}
