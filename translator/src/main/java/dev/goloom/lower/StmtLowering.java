// Lowers Go statements to Java statements.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.BreakStmt;
import com.github.javaparser.ast.stmt.ContinueStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.stmt.WhileStmt;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Spec;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Builtin;
import dev.goloom.types.Obj;
import dev.goloom.types.Type;
import dev.goloom.types.Types;
import dev.goloom.types.Var;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One Go statement to Java statements (several when Go evaluates before it assigns, as in
 * {@code a, b = b, a}). Statements after a return, break or continue are dropped: Go accepts
 * unreachable code, Java rejects it, and it can never run.
 */
final class StmtLowering {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final Assignments assignments;
    private final Loops loops;
    private final Switches switches;
    /** Type assertions and type switches. */
    final TypeAssertions typeAssertions;
    final ChannelLowering channels;
    FunctionLowering functions;

    /**
     * The Go statements an unlabeled break leaves, innermost first, with the Java label a
     * break must name (null when Java's own unlabeled break leaves the same statement).
     */
    final Deque<String[]> breakTargets = new ArrayDeque<>();
    /** One entry per enclosing loop, innermost first: an unlabeled continue continues the top one. */
    final Deque<Object> continueTargets = new ArrayDeque<>();

    StmtLowering(LoweringContext ctx, ExprLowering exprs) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.assignments = new Assignments(ctx, exprs, this);
        this.gotos = new GotoLowering(ctx, this);
        this.loops = new Loops(ctx, exprs, this, assignments);
        this.switches = new Switches(ctx, exprs, this);
        this.typeAssertions = new TypeAssertions(ctx, exprs, this, switches);
        exprs.typeAssertions = typeAssertions;
        this.channels = new ChannelLowering(ctx, exprs, this);
        exprs.channels = channels;
    }

    BlockStmt block(Stmt.Block b) {
        ctx.locals.open();
        BlockStmt out = new BlockStmt();
        statements(b.stmts(), out);
        ctx.locals.close();
        return out;
    }

    /** Lowers goto and the blocks it jumps in. */
    private final GotoLowering gotos;
    /** The labels any goto of the package names (computed on first use). */
    private java.util.Set<String> gotoLabels;

    void statements(List<Stmt> stmts, BlockStmt out) {
        if (gotoLabels == null) {
            gotoLabels = new java.util.HashSet<>();
            for (var file : ctx.checked.files()) {
                for (var d : file.decls()) {
                    if (d instanceof dev.goloom.syntax.Decl.Func f && f.body() != null) {
                        gotoLabels.addAll(GotoLowering.gotoLabels(f.body()));
                    }
                }
            }
        }
        if (!gotoLabels.isEmpty() && GotoLowering.hasTargets(stmts, gotoLabels)) {
            gotos.block(stmts, gotoLabels, out);
            return;
        }
        for (Stmt s : stmts) {
            lower(s, out);
            // What follows cannot run, and Java rejects it as unreachable.
            if (!out.getStatements().isEmpty() && endsAbruptly(out.getStatements().get(out.getStatements().size() - 1))) {
                break;
            }
        }
    }

    /** Whether Java considers the statements after {@code s} unreachable. */
    static boolean endsAbruptly(Statement s) {
        return switch (s) {
            case ReturnStmt r -> true;
            case ThrowStmt t -> true;
            case BreakStmt b -> true;
            case ContinueStmt c -> true;
            case BlockStmt b -> !b.getStatements().isEmpty() && endsAbruptly(b.getStatements().get(b.getStatements().size() - 1))
                    && !hasJavaBreak(b);
            case WhileStmt w -> w.getCondition().isBooleanLiteralExpr() && w.getCondition().asBooleanLiteralExpr().getValue()
                    && !breaksOut(w, null);
            case ForStmt f -> (f.getCompare().isEmpty() || f.getCompare().get() instanceof BooleanLiteralExpr b && b.getValue())
                    && !breaksOut(f, null);
            case LabeledStmt l -> l.getStatement() instanceof WhileStmt || l.getStatement() instanceof ForStmt
                    ? endsAbruptly(l.getStatement()) && !breaksOut(l.getStatement(), l.getLabel().asString())
                    : endsAbruptly(l.getStatement()) && !hasJavaBreak(l.getStatement());
            case IfStmt i -> i.getElseStmt().isPresent() && endsAbruptly(i.getThenStmt()) && endsAbruptly(i.getElseStmt().get());
            default -> false;
        };
    }

    /** Whether a break in {@code loop} leaves it: an unlabeled one outside inner loops and switches, or one naming {@code label}. */
    private static boolean breaksOut(Statement loop, String label) {
        for (BreakStmt b : loop.findAll(BreakStmt.class)) {
            if (b.getLabel().isPresent() ? b.getLabel().get().asString().equals(label) : bindsTo(b, loop)) {
                return true;
            }
        }
        return false;
    }

    private static boolean bindsTo(BreakStmt b, Statement loop) {
        for (var p = b.getParentNode().orElse(null); p != null; p = p.getParentNode().orElse(null)) {
            if (p == loop) {
                return true;
            }
            if (p instanceof WhileStmt || p instanceof ForStmt || p instanceof com.github.javaparser.ast.stmt.DoStmt
                    || p instanceof com.github.javaparser.ast.stmt.ForEachStmt || p instanceof com.github.javaparser.ast.stmt.SwitchStmt
                    || p instanceof com.github.javaparser.ast.expr.LambdaExpr) {
                return false;
            }
        }
        return false;
    }

    private static boolean hasJavaBreak(Statement s) {
        return s.findFirst(BreakStmt.class).isPresent();
    }

    static boolean endsInReturn(BlockStmt b) {
        return !b.getStatements().isEmpty() && endsAbruptly(b.getStatements().get(b.getStatements().size() - 1));
    }

    void lower(Stmt s, BlockStmt out) {
        ctx.currentPos = s.pos();
        Var conflict = EvaluationOrder.conflict(operands(s), ctx.info, ctx.mutatedPackageVars);
        List<Expr> hoisted = conflict == null ? List.of() : inGcOrder(s, conflict, out);
        lowerInJavaOrder(s, out);
        if (!exprs.unhoist(hoisted)) {
            unsupportedOrder(s.pos(), conflict, "statement");
        }
    }

    /**
     * Evaluates into temporaries, before {@code s}, what gc evaluates first ({@link GcOrder}),
     * so that {@code s} then reads package variables when gc does. Statements whose operands
     * are not all evaluated once right where the statement stands (a loop condition, an if
     * with an init statement), and right operands of && and || that Java would reorder, stay
     * unsupported.
     */
    private List<Expr> inGcOrder(Stmt s, Var conflict, BlockStmt out) {
        List<Expr> operands = switch (s) {
            case Stmt.ExprStmt e when ExprLowering.unparen(e.x()) instanceof Expr.Call c -> {
                List<Expr> all = new ArrayList<>();
                all.add(ExprLowering.unparen(c.fun()) instanceof Expr.Selector sel ? sel.x() : null);
                all.addAll(c.args());
                yield all;
            }
            case Stmt.Assign a -> java.util.stream.Stream.concat(a.lhs().stream(), a.rhs().stream()).toList();
            case Stmt.Return r -> r.results();
            case Stmt.If i when i.init() == null -> List.of(i.cond());
            case Stmt.DeclStmt d -> operands(d);
            default -> null;
        };
        if (operands == null) {
            unsupportedOrder(s.pos(), conflict, "statement");
            return List.of();
        }
        // A lone value (x = f(a, g()), return h(a, g())) is the statement's own evaluation.
        boolean several = s instanceof Stmt.ExprStmt || operands.size() > 1;
        List<Expr> hoisted = GcOrder.hoisted(operands, several, ctx.info);
        return hoistUnlessConditionalConflict(hoisted, s.pos(), conflict, "statement", out);
    }

    /** Hoists {@code hoisted} into {@code out}, or reports the statement when a right operand of && or || would still read too early. */
    List<Expr> hoistUnlessConditionalConflict(List<Expr> hoisted, dev.goloom.diag.Pos pos, Var conflict, String what, BlockStmt out) {
        for (Expr region : GcOrder.conditionalRegions(hoisted)) {
            if (EvaluationOrder.conflict(List.of(region), ctx.info, ctx.mutatedPackageVars) != null) {
                unsupportedOrder(pos, conflict, what);
                return List.of();
            }
        }
        exprs.hoist(hoisted, out);
        return hoisted;
    }

    void unsupportedOrder(dev.goloom.diag.Pos pos, Var conflict, String what) {
        ctx.unsupported(pos, "reading package variable " + conflict.name()
                + " in " + (what.equals("statement") ? "a statement" : "an " + what) + " that also calls a function (gc's evaluation order)");
    }

    private void lowerInJavaOrder(Stmt s, BlockStmt out) {
        switch (s) {
            case Stmt.Empty e -> { }
            case Stmt.Block b -> out.addStatement(block(b));
            case Stmt.ExprStmt e -> exprStmt(e, out);
            case Stmt.Assign a -> assignments.assign(a, out);
            case Stmt.IncDec i -> assignments.incDec(i, out);
            case Stmt.DeclStmt d -> declStmt(d, out);
            case Stmt.If i -> ifStmt(i, out);
            case Stmt.For f -> loops.forStmt(f, out, null);
            case Stmt.Range r -> loops.range(r, out, null);
            case Stmt.Switch sw -> switches.switchStmt(sw, out, null);
            case Stmt.TypeSwitch sw -> typeAssertions.typeSwitch(sw, out, null);
            case Stmt.Labeled l -> labeled(l, out);
            case Stmt.Return r -> returnStmt(r, out);
            case Stmt.Branch b -> branch(b, out);
            case Stmt.Defer d -> defer(d, out);
            case Stmt.Go g -> channels.goStmt(g, out);
            case Stmt.Send send -> channels.send(send, out);
            case Stmt.Select sel -> channels.select(sel, out, null);
            default -> ctx.unsupported(s.pos(), GoPrinter.stmt(s));
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

    private void exprStmt(Stmt.ExprStmt e, BlockStmt out) {
        Expr x = ExprLowering.unparen(e.x());
        if (x instanceof Expr.Call call && ExprLowering.unparen(call.fun()) instanceof Expr.Ident id
                && ctx.info.objectOf(id) instanceof Builtin b && b.name().equals("panic")) {
            out.addStatement(new ThrowStmt(exprs.lower(x)));
            return;
        }
        if (x instanceof Expr.Call call && ExprLowering.unparen(call.fun()) instanceof Expr.Ident id
                && ctx.info.objectOf(id) instanceof Builtin b && (b.name().equals("println") || b.name().equals("print"))
                && call.args().size() == 1 && ctx.info.typeOf(call.args().getFirst()) instanceof Type.Tuple results) {
            // println(f()) with several results prints each: the tuple goes to a temporary first.
            String t = ctx.temp("results");
            out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                    new com.github.javaparser.ast.type.VarType(), t, exprs.lower(call.args().getFirst())))));
            NodeList<Expression> parts = new NodeList<>();
            for (int i = 0; i < results.size(); i++) {
                parts.add(exprs.calls.printed(exprs.unboxed(new MethodCallExpr(new NameExpr(t), "v" + i), results.at(i)),
                        results.at(i), call));
            }
            out.addStatement(new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), b.name(), parts));
            return;
        }
        out.addStatement(new ExpressionStmt(statementExpression(exprs.lower(x))));
    }

    /** An expression usable as a Java statement: a cast added for unboxing is dropped. */
    static Expression statementExpression(Expression e) {
        while (e instanceof CastExpr c) {
            e = c.getExpression();
        }
        return e;
    }

    /** {@code var a, b = f()} at package level: the results are assigned to the package variables in {@code out}. */
    void packageDestructure(Spec.Value v, BlockStmt out) {
        assignments.destructure(v.names().stream().map(n -> (Expr) n).toList(), v.values().getFirst(), "=", out);
    }

    private void declStmt(Stmt.DeclStmt d, BlockStmt out) {
        if (d.decl().keyword().equals("type")) {
            return; // local types are classes or descriptors of their own (LocalTypes)
        }
        if (!d.decl().keyword().equals("var")) {
            return; // constants are folded into their uses
        }
        for (Spec s : d.decl().specs()) {
            Spec.Value v = (Spec.Value) s;
            if (v.values().size() == 1 && v.names().size() > 1) {
                assignments.destructure(v.names().stream().map(n -> (Expr) n).toList(), v.values().getFirst(), ":=", out);
                continue;
            }
            reserve(v.names());
            List<Expression> values = new ArrayList<>();
            for (int i = 0; i < v.values().size(); i++) {
                Obj o = ctx.info.defs.get(v.names().get(i));
                values.add(o instanceof Var var ? exprs.valueFor(v.values().get(i), var.type()) : exprs.lower(v.values().get(i)));
            }
            for (int i = 0; i < v.names().size(); i++) {
                Obj o = ctx.info.defs.get(v.names().get(i));
                if (o instanceof Var var) {
                    out.addStatement(declare(var, values.isEmpty() ? ctx.javaTypes.zero(var.type()) : values.get(i)));
                } else if (!values.isEmpty()) {
                    assignments.discard(values.get(i), out);
                }
            }
        }
    }

    /**
     * Gives the variables a declaration introduces their Java names before the values are
     * lowered: a function literal in a value must not reuse those names (Java lambdas cannot
     * redeclare an enclosing local, even one declared by the same statement).
     */
    void reserve(List<? extends Expr> names) {
        for (Expr e : names) {
            if (e instanceof Expr.Ident id && !id.name().equals("_") && ctx.info.defs.get(id) instanceof Var v) {
                ctx.locals.declareOnce(v);
            }
        }
    }

    /** Declares local {@code v} initialized to {@code init} (in a cell when it needs one). */
    Statement declare(Var v, Expression init) {
        String name = ctx.locals.declareOnce(v);
        return functions.declareLocal(v, name, init);
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
        Expression cond = exprs.lower(i.cond());
        BlockStmt then = block(i.then());
        if (i.els() instanceof Stmt.If elseIf) {
            BlockStmt holder = new BlockStmt();
            ifStmt(elseIf, holder);
            els = holder.getStatements().size() == 1 ? holder.getStatement(0) : holder;
        } else if (i.els() instanceof Stmt.Block b) {
            els = block(b);
        }
        return new IfStmt(cond, then, els);
    }

    private void labeled(Stmt.Labeled l, BlockStmt out) {
        String label = JavaNames.identifier(l.label().name());
        switch (l.stmt()) {
            case Stmt.For f -> loops.forStmt(f, out, label);
            case Stmt.Range r -> loops.range(r, out, label);
            case Stmt.Switch sw -> switches.switchStmt(sw, out, label);
            case Stmt.TypeSwitch sw -> typeAssertions.typeSwitch(sw, out, label);
            case Stmt.Select sel -> channels.select(sel, out, label);
            default -> {
                BlockStmt inner = new BlockStmt();
                lower(l.stmt(), inner);
                Statement st = inner.getStatements().size() == 1 ? inner.getStatement(0) : inner;
                out.addStatement(new LabeledStmt(label, st));
            }
        }
    }

    private void branch(Stmt.Branch b, BlockStmt out) {
        if (ctx.rangeFunc != null && loops.rangeFuncs().branch(b, out)) {
            return;
        }
        switch (b.keyword()) {
            case "break" -> {
                if (b.label() != null) {
                    out.addStatement(new BreakStmt(JavaNames.identifier(b.label().name())));
                    return;
                }
                String[] target = breakTargets.peek();
                out.addStatement(target == null || target[0] == null ? new BreakStmt() : new BreakStmt(target[0]));
            }
            case "continue" -> out.addStatement(b.label() == null ? new ContinueStmt()
                    : new ContinueStmt(JavaNames.identifier(b.label().name())));
            case "goto" -> gotos.jump(b, out);
            default -> ctx.unsupported(b.pos(), b.keyword() + " statements");
        }
    }

    private void returnStmt(Stmt.Return r, BlockStmt out) {
        FunctionLowering.Frame frame = ctx.frame;
        Type.Tuple results = frame.sig().results();
        List<Expression> values = new ArrayList<>();
        if (r.results().size() == 1 && results.size() > 1) {
            // return f(): f's tuple is the result, unless a component becomes an interface value.
            Expression call = exprs.lower(r.results().getFirst());
            Type.Tuple tuple = (Type.Tuple) ctx.info.typeOf(r.results().getFirst());
            boolean converts = false;
            for (int i = 0; i < results.size(); i++) {
                converts |= Types.isInterface(results.at(i)) && !Types.isInterface(tuple.at(i));
            }
            if (!converts && !frame.defers() && ctx.rangeFunc == null) {
                out.addStatement(new ReturnStmt(call));
                return;
            }
            String t = ctx.temp("results");
            out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                    new com.github.javaparser.ast.type.VarType(), t, call))));
            for (int i = 0; i < results.size(); i++) {
                Expression v = exprs.unboxed(new MethodCallExpr(new NameExpr(t), "v" + i), tuple.at(i));
                values.add(Types.isInterface(results.at(i)) && !Types.isInterface(tuple.at(i))
                        ? ctx.boxing.toInterface(v, tuple.at(i), results.at(i)) : v);
            }
        } else {
            for (int i = 0; i < r.results().size(); i++) {
                values.add(exprs.valueFor(r.results().get(i), results.at(i)));
            }
        }
        returnValues(values, out);
    }

    /** Returns {@code values} (none: the named results, or nothing) from the function being lowered. */
    void returnValues(List<Expression> values, BlockStmt out) {
        FunctionLowering.Frame frame = ctx.frame;
        if (ctx.rangeFunc != null) {
            loops.rangeFuncs().returnFromBody(values, out);
            return;
        }
        if (frame.defers()) {
            // The deferred calls run (and may change named results) before the function returns them.
            if (values.size() > 1) {
                // Go evaluates every result before it sets any: return true, *p leaves the result
                // unset when *p panics (a recovering deferred call sees it so).
                for (int i = 0; i < values.size(); i++) {
                    Expression v = values.get(i);
                    if (!(v instanceof NameExpr) && !v.isLiteralExpr()) {
                        String tmp = ctx.temp("result");
                        out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                                ctx.javaTypes.of(frame.sig().results().at(i)), tmp, v))));
                        values.set(i, new NameExpr(tmp));
                    }
                }
            }
            for (int i = 0; i < values.size(); i++) {
                out.addStatement(new ExpressionStmt(FunctionLowering.assign(frame.results().get(i), values.get(i))));
            }
            out.addStatement(frame.sig().results().size() == 0 ? new ReturnStmt() : new BreakStmt(frame.label()));
            return;
        }
        if (values.isEmpty()) {
            out.addStatement(frame.results().isEmpty() ? new ReturnStmt() : functions.resultReturn());
            return;
        }
        if (values.size() == 1) {
            out.addStatement(new ReturnStmt(values.getFirst()));
            return;
        }
        out.addStatement(new ReturnStmt(functions.tuple(new NodeList<>(values))));
    }

    /**
     * {@code defer f(args)}: the function value and arguments are evaluated now, into
     * temporaries, and the call is pushed on the frame's Defer stack as a lambda.
     */
    private void defer(Stmt.Defer d, BlockStmt out) {
        Expr.Call call = d.call();
        Expr fun = ExprLowering.unparen(call.fun());
        String deferVar = ctx.frame.deferVar();
        if (fun instanceof Expr.FuncLit && call.args().isEmpty()) {
            Expression lambda = exprs.lower(fun);
            Expression runnable = adaptToRunnable(lambda, (Type.Signature) ctx.info.typeOf(fun));
            // A func literal with results runs inside an adapting lambda, which recover looks through.
            out.addStatement(new ExpressionStmt(new MethodCallExpr(new NameExpr(deferVar), runnable == lambda ? "defer" : "deferCall",
                    NodeList.nodeList(runnable))));
            return;
        }
        if (fun instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof Builtin b && b.name().equals("recover")) {
            // The runtime knows which frame deferred it (Defer.deferRecover).
            out.addStatement(new ExpressionStmt(new MethodCallExpr(new NameExpr(deferVar), "deferRecover")));
            return;
        }
        if (call.ellipsis() || (call.args().size() == 1 && ctx.info.typeOf(call.args().getFirst()) instanceof Type.Tuple)) {
            ctx.unsupported(d.pos(), "defer of this call form");
            return;
        }
        // Go: "the function value and parameters to the call are evaluated as usual and saved
        // anew" — the receiver of a method call too (a value receiver is copied now).
        java.util.Map<Expr, String> saved = new java.util.LinkedHashMap<>();
        if (fun instanceof Expr.Selector sel && ctx.info.selections.get(sel) instanceof dev.goloom.types.Selection s
                && s.kind() == dev.goloom.types.Selection.Kind.METHOD_VALUE) {
            Type rt = ctx.info.typeOf(sel.x());
            var jt = ctx.javaTypes.of(rt);
            if (jt != null) {
                String tmp = ctx.temp("receiver");
                Expression recv = exprs.lower(sel.x());
                boolean valueReceiver = s.obj() instanceof dev.goloom.types.Func m && m.receiver() != null
                        && !(m.receiver().type() instanceof Type.Pointer) && s.path().isEmpty();
                // A value method through a pointer to a struct copies *p now (the struct object is
                // the pointer, so the copy has the same Java type; a nil p panics here, as in Go).
                boolean structThroughPointer = rt instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct;
                if (rt.underlying() instanceof Type.Interface) {
                    // Evaluating x.M on a nil interface panics now, not when the deferred call runs.
                    recv = new MethodCallExpr(new NameExpr("java.util.Objects"), "requireNonNull", NodeList.nodeList(recv));
                }
                out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(jt, tmp,
                        valueReceiver && !(rt instanceof Type.Pointer) && JavaTypes.needsCopy(rt) ? exprs.copyOf(recv, rt)
                                : valueReceiver && structThroughPointer ? exprs.copyOf(recv, ((Type.Pointer) rt).elem()) : recv))));
                saved.put(sel.x(), tmp);
            }
        }
        if (isFuncValue(fun)) {
            // defer f(): the func value is evaluated now (a later f = ... does not change the call).
            var jt = ctx.javaTypes.of(ctx.info.typeOf(fun));
            if (jt != null) {
                String tmp = ctx.temp("fn");
                out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(jt, tmp, exprs.lower(fun)))));
                saved.put(fun, tmp);
                saved.put(call.fun(), tmp);
            }
        }
        // A plain function deferred with up to three arguments is handed over as itself, so that
        // recover() in it is called directly by the deferred call, as Go requires.
        Type.Signature sig = ctx.info.typeOf(call.fun()) != null && ctx.info.typeOf(call.fun()).underlying() instanceof Type.Signature sg ? sg : null;
        boolean plainFunction = fun instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof dev.goloom.types.Func
                || fun instanceof Expr.FuncLit;
        boolean direct = plainFunction && sig != null && !sig.variadic() && call.args().size() <= 3
                && sig.params().size() == call.args().size();
        List<String> temps = new ArrayList<>();
        for (int i = 0; i < call.args().size(); i++) {
            Expr a = call.args().get(i);
            Type t = ctx.info.typeOf(a);
            String tmp = ctx.temp("arg");
            Type param = direct ? sig.params().at(i) : null;
            if (param != null && Types.isInterface(param)) {
                // Handed over as itself: the argument is converted to the interface now (boxed,
                // or cast between Java interfaces), as the call would convert it.
                out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                        ctx.javaTypes.of(param), tmp, exprs.argFor(a, param)))));
                temps.add(tmp);
                saved.put(a, tmp);
                continue;
            }
            var jt = ctx.javaTypes.of(t);
            if (jt == null || t == dev.goloom.types.Universe.UNTYPED_NIL) {
                ctx.unsupported(a.pos(), "defer with an argument of type " + t);
                return;
            }
            out.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(jt, tmp,
                    JavaTypes.needsCopy(t) && exprs.isVariable(a) ? exprs.copyOf(exprs.lower(a), t) : exprs.lower(a)))));
            temps.add(tmp);
            saved.put(a, tmp);
        }
        if (direct) {
            NodeList<Expression> args = new NodeList<>();
            Expression f = fun instanceof Expr.FuncLit ? exprs.lower(fun)
                    : exprs.functionValue((dev.goloom.types.Func) ctx.info.objectOf((Expr.Ident) fun), null);
            if (temps.isEmpty() && !(f instanceof com.github.javaparser.ast.expr.MethodReferenceExpr)) {
                f = null; // only a method reference is itself a Runnable
            }
            args.add(f);
            if (f != null) {
                temps.forEach(t -> args.add(new NameExpr(t)));
                out.addStatement(new ExpressionStmt(new MethodCallExpr(new NameExpr(deferVar), "defer", args)));
                return;
            }
        }
        Expression lowered = exprs.lowerWithSubstitutes(call, saved);
        boolean builtin = fun instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof Builtin;
        var lambda = new com.github.javaparser.ast.expr.LambdaExpr(new NodeList<>(),
                builtin && ((Builtin) ctx.info.objectOf((Expr.Ident) fun)).name().equals("panic")
                        ? new BlockStmt().addStatement(new ThrowStmt(lowered))
                        : new BlockStmt().addStatement(new ExpressionStmt(statementExpression(lowered))));
        // A lambda around the Go call, not a Go function: recover looks through it (Defer.deferCall).
        out.addStatement(new ExpressionStmt(new MethodCallExpr(new NameExpr(deferVar), "deferCall", NodeList.nodeList(lambda))));
    }

    /** Whether the called {@code fun} is a func value (a variable, field, call result), not a declared function or method. */
    private boolean isFuncValue(Expr fun) {
        return switch (fun) {
            case Expr.FuncLit lit -> false;
            case Expr.Ident id -> ctx.info.objectOf(id) instanceof Var;
            case Expr.Selector sel -> ctx.info.selections.get(sel) instanceof dev.goloom.types.Selection s
                    ? s.kind() == dev.goloom.types.Selection.Kind.FIELD
                    : ctx.info.objectOf(sel.sel()) instanceof Var; // a package's variable
            // F[int] instantiates a generic function; s[i] and m[k] read a func value.
            case Expr.Index ix -> !(ExprLowering.unparen(ix.x()) instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof dev.goloom.types.Func)
                    && !(ExprLowering.unparen(ix.x()) instanceof Expr.Selector q && ctx.info.objectOf(q.sel()) instanceof dev.goloom.types.Func);
            default -> true; // a call's result, *p, x.(func())
        };
    }

    /** A func literal with results, deferred: its results are dropped. */
    private Expression adaptToRunnable(Expression lambda, Type.Signature sig) {
        if (sig.results().size() == 0 && lambda instanceof com.github.javaparser.ast.expr.LambdaExpr) {
            return lambda;
        }
        return new com.github.javaparser.ast.expr.LambdaExpr(new NodeList<>(),
                new BlockStmt().addStatement(new MethodCallExpr(new com.github.javaparser.ast.expr.EnclosedExpr(
                        JavaPrecedence.cast(ctx.javaTypes.of(sig), lambda)), "call")));
    }

    Assignments assignments() {
        return assignments;
    }

    static Expression not(Expression e) {
        return JavaPrecedence.unary(e, UnaryExpr.Operator.LOGICAL_COMPLEMENT);
    }
}
