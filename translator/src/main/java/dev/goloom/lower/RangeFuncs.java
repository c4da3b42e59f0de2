// Lowers range over functions (Go 1.23 iterators): the loop body becomes the yield function.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.goloom.syntax.AstWalk;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Type;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code for k, v := range seq { body }} becomes
 * <pre>{@code
 * RangeFunc state$1 = new RangeFunc();
 * seq.call((Long k$, String v$) -> {
 *     state$1.enter();
 *     long k = k$;
 *     ...                          // break: return state$1.stop(0); continue: return state$1.next();
 *     return state$1.next();
 * });
 * int exit$2 = state$1.finish();   // what the body left the loop for, acted on here
 * }</pre>
 * A Java lambda cannot return from, break out of or continue the enclosing method's
 * statements, so the body records why it stopped: exit code 1 is a return (its values kept in
 * cells declared before the loop), 2 and up a labeled break or continue of a statement outside
 * the body. After the iterator returns, the same Go statement is lowered again outside the
 * lambda, where it may again be inside another range-over-function body. Defer statements in
 * the body belong to the enclosing function, whose Defer object the lambda captures. What the
 * body uses from outside is captured (checker side table), so LocalStorage gives assigned ones cells.
 */
final class RangeFuncs {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final StmtLowering stmts;
    private final Loops loops;

    RangeFuncs(LoweringContext ctx, ExprLowering exprs, StmtLowering stmts, Loops loops) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.stmts = stmts;
        this.loops = loops;
    }

    /** The range-over-function loop whose body is being lowered. */
    static final class Loop {
        /** The Java label of the loop, or null. */
        final String label;
        /** The local holding the loop's RangeFunc. */
        final String state;
        /** Go labels declared inside the body: branches to them stay inside the lambda. */
        final Set<String> innerLabels;
        /** The entry this loop pushes on StmtLowering.breakTargets (an unlabeled break there is the loop's). */
        final String[] breakMarker = {null};
        /** The loop around this one whose body this loop is in, or null. */
        final Loop parent;
        /** Branches that leave the body for statements outside it, by exit code − 2. */
        final List<Stmt.Branch> exits = new ArrayList<>();
        /** The cells holding a return's values, once the body returns (null before). */
        List<String> results;

        Loop(String label, String state, Set<String> innerLabels, Loop parent) {
            this.label = label;
            this.state = state;
            this.innerLabels = innerLabels;
            this.parent = parent;
        }
    }

    void range(Stmt.Range r, Type.Signature iterator, BlockStmt out, String label) {
        Type.Signature yield = (Type.Signature) iterator.params().at(0).underlying();
        BlockStmt scope = new BlockStmt();
        // The range expression is evaluated once, before the loop.
        String seq = loops.evaluateOnce(exprs.lower(r.x()), ctx.javaTypes.of(ctx.info.typeOf(r.x())), scope, "seq");
        String state = ctx.temp("state");
        ClassOrInterfaceType rangeFunc = new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.RangeFunc"));
        scope.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(rangeFunc, state,
                new ObjectCreationExpr(null, rangeFunc.clone(), new NodeList<>())))));
        Loop loop = new Loop(label, state, labelsIn(r.body()), ctx.rangeFunc);

        ctx.locals.open();
        NodeList<Parameter> params = new NodeList<>();
        BlockStmt body = new BlockStmt();
        body.addStatement(new MethodCallExpr(new NameExpr(state), "enter"));
        Expr[] targets = {r.key(), r.value()};
        for (int i = 0; i < yield.params().size(); i++) {
            Type t = yield.params().at(i);
            String incoming = ctx.temp("yielded");
            params.add(new Parameter(ctx.javaTypes.boxed(t), incoming));
            if (i < targets.length && Loops.present(targets[i])) {
                Expression value = exprs.unboxed(new NameExpr(incoming), t);
                loops.bind(r, targets[i], JavaTypes.needsCopy(t) ? exprs.copyOf(value, t) : value, t, body);
            }
        }
        ctx.rangeFunc = loop;
        stmts.breakTargets.push(loop.breakMarker);
        stmts.continueTargets.push(loop);
        try {
            stmts.block(r.body()).getStatements().forEach(body::addStatement);
        } finally {
            stmts.continueTargets.pop();
            stmts.breakTargets.pop();
            ctx.rangeFunc = loop.parent;
            ctx.locals.close();
        }
        if (!StmtLowering.endsInReturn(body)) {
            body.addStatement(new ReturnStmt(new MethodCallExpr(new NameExpr(state), "next")));
        }
        if (loop.results != null) {
            Type.Tuple types = ctx.frame.sig().results();
            for (int i = 0; i < types.size(); i++) {
                scope.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                        stmts.functions.cellType(types.at(i)), loop.results.get(i), newCell(types.at(i))))));
            }
        }
        scope.addStatement(new MethodCallExpr(new NameExpr(seq), "call", NodeList.nodeList(new LambdaExpr(params, body, true))));
        Expression finish = new MethodCallExpr(new NameExpr(state), "finish");
        if (loop.results == null && loop.exits.isEmpty()) {
            scope.addStatement(finish);
        } else {
            // Act on the exit outside the lambda (in the enclosing loop's body, if any).
            String exit = ctx.temp("exit");
            scope.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(PrimitiveType.intType(), exit, finish))));
            if (loop.results != null) {
                BlockStmt then = new BlockStmt();
                List<Expression> values = new ArrayList<>();
                loop.results.forEach(h -> values.add(new FieldAccessExpr(new NameExpr(h), "value")));
                stmts.returnValues(values, then);
                scope.addStatement(new IfStmt(exitIs(exit, 1), then, null));
            }
            for (int i = 0; i < loop.exits.size(); i++) {
                BlockStmt then = new BlockStmt();
                stmts.lower(loop.exits.get(i), then);
                scope.addStatement(new IfStmt(exitIs(exit, i + 2), then, null));
            }
        }
        // No Java label is needed: every branch to the loop is lowered inside its lambda.
        out.addStatement(scope);
    }

    private static Expression exitIs(String exit, int code) {
        return new BinaryExpr(new NameExpr(exit), new IntegerLiteralExpr(String.valueOf(code)), BinaryExpr.Operator.EQUALS);
    }

    /** The Go labels declared in {@code body}. */
    private static Set<String> labelsIn(Stmt.Block body) {
        Set<String> labels = new HashSet<>();
        AstWalk.walk(body, s -> {
            if (s instanceof Stmt.Labeled l) {
                labels.add(l.label().name());
            }
        }, e -> { });
        return labels;
    }

    /**
     * Lowers branch statement {@code b} met in the body of {@link LoweringContext#rangeFunc}
     * when it leaves the body; returns false when it stays inside (lowered as usual).
     */
    boolean branch(Stmt.Branch b, BlockStmt out) {
        Loop loop = ctx.rangeFunc;
        String goLabel = b.label() == null ? null : b.label().name();
        if (b.keyword().equals("goto")) {
            if (goLabel != null && !loop.innerLabels.contains(goLabel)) {
                ctx.unsupported(b.pos(), "goto out of the body of a range-over-function loop");
                return true;
            }
            return false;
        }
        boolean own;
        if (goLabel == null) {
            own = b.keyword().equals("break") ? stmts.breakTargets.peek() == loop.breakMarker : stmts.continueTargets.peek() == loop;
        } else if (loop.innerLabels.contains(goLabel)) {
            return false;
        } else {
            own = JavaNames.identifier(goLabel).equals(loop.label);
        }
        if (!own && goLabel == null) {
            return false;
        }
        Expression leave;
        if (own) {
            leave = b.keyword().equals("continue") ? new MethodCallExpr(new NameExpr(loop.state), "next") : stop(loop, 0);
        } else {
            int code = -1;
            for (int i = 0; i < loop.exits.size(); i++) {
                Stmt.Branch e = loop.exits.get(i);
                if (e.keyword().equals(b.keyword()) && e.label().name().equals(goLabel)) {
                    code = i;
                }
            }
            if (code < 0) {
                code = loop.exits.size();
                loop.exits.add(b);
            }
            leave = stop(loop, code + 2);
        }
        out.addStatement(new ReturnStmt(leave));
        return true;
    }

    /** A return statement in the body: its values go to the loop's cells, and the loop stops with exit 1. */
    void returnFromBody(List<Expression> values, BlockStmt out) {
        Loop loop = ctx.rangeFunc;
        FunctionLowering.Frame frame = ctx.frame;
        if (values.isEmpty() && !frame.results().isEmpty()) {
            // A bare return with named results returns their current values.
            values = frame.results().stream().<Expression>map(NameExpr::new).toList();
        }
        if (loop.results == null) {
            loop.results = new ArrayList<>();
            for (int i = 0; i < values.size(); i++) {
                loop.results.add(ctx.temp("returned"));
            }
        }
        for (int i = 0; i < values.size(); i++) {
            out.addStatement(new ExpressionStmt(new AssignExpr(new FieldAccessExpr(new NameExpr(loop.results.get(i)), "value"),
                    values.get(i), AssignExpr.Operator.ASSIGN)));
        }
        out.addStatement(new ReturnStmt(stop(loop, 1)));
    }

    private static Expression stop(Loop loop, int code) {
        return new MethodCallExpr(new NameExpr(loop.state), "stop", NodeList.nodeList(new IntegerLiteralExpr(String.valueOf(code))));
    }

    private Expression newCell(Type t) {
        ClassOrInterfaceType created = stmts.functions.cellType(t);
        if (JavaTypes.family(t) == null) {
            created.setTypeArguments(new NodeList<>());
        }
        return new ObjectCreationExpr(null, created, NodeList.nodeList(ctx.javaTypes.zero(t)));
    }
}
