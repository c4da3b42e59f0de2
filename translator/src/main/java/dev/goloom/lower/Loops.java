// Lowers for statements: three-clause loops and range over ints, slices, arrays, strings and maps.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ForEachStmt;
import com.github.javaparser.ast.stmt.ForStmt;
import com.github.javaparser.ast.stmt.LabeledStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.stmt.WhileStmt;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.VarType;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Type;
import dev.goloom.types.Types;
import dev.goloom.types.Var;

/**
 * Loops keep Go's per-iteration variables: range variables are declared inside the Java
 * body, so each iteration has its own; a three-clause loop whose variable a closure captures
 * gives the body its own copy of it. The range expression is evaluated once, before the loop.
 */
final class Loops {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final StmtLowering stmts;
    private final Assignments assignments;

    Loops(LoweringContext ctx, ExprLowering exprs, StmtLowering stmts, Assignments assignments) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.stmts = stmts;
        this.assignments = assignments;
        this.rangeFuncs = new RangeFuncs(ctx, exprs, stmts, this);
    }

    /** Range over functions. */
    private final RangeFuncs rangeFuncs;

    RangeFuncs rangeFuncs() {
        return rangeFuncs;
    }

    private Statement labeled(String label, Statement loop) {
        return label == null ? loop : new LabeledStmt(label, loop);
    }

    /** The loop body with an unlabeled break leaving the loop itself. */
    private BlockStmt body(Stmt.Block b) {
        stmts.breakTargets.push(new String[] {null});
        stmts.continueTargets.push(b);
        try {
            return stmts.block(b);
        } finally {
            stmts.continueTargets.pop();
            stmts.breakTargets.pop();
        }
    }

    private Boolean constantBool(Expr e) {
        var tv = ctx.info.typeAndValue(e);
        return tv != null && tv.value() instanceof dev.goloom.constant.Constant.Bool b ? b.value() : null;
    }

    void forStmt(Stmt.For f, BlockStmt out, String label) {
        if (f.cond() != null && constantBool(f.cond()) == Boolean.FALSE) {
            // "for init; false; post {}" runs only init; Java rejects the unreachable body.
            if (f.init() != null) {
                ctx.locals.open();
                BlockStmt scope = new BlockStmt();
                stmts.lower(f.init(), scope);
                ctx.locals.close();
                out.addStatement(scope);
            }
            return;
        }
        if (f.init() == null && f.post() == null) {
            Expression cond = f.cond() == null ? new BooleanLiteralExpr(true) : exprs.lower(f.cond());
            out.addStatement(labeled(label, new WhileStmt(cond, body(f.body()))));
            return;
        }
        ctx.locals.open();
        NodeList<Expression> init = new NodeList<>();
        BlockStmt preamble = new BlockStmt();
        if (f.init() != null) {
            BlockStmt holder = new BlockStmt();
            stmts.lower(f.init(), holder);
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
            stmts.lower(f.post(), holder);
            for (Statement s : holder.getStatements()) {
                if (s instanceof ExpressionStmt es && !(es.getExpression() instanceof VariableDeclarationExpr)) {
                    update.add(es.getExpression());
                } else if (s instanceof ExpressionStmt es && es.getExpression() instanceof VariableDeclarationExpr vd
                        && vd.getVariables().stream().allMatch(v -> !(v.getType() instanceof VarType) && v.getInitializer().isPresent())) {
                    // A temporary of the post statement (a, b = a+1, b-2): declared before the loop,
                    // assigned in the update list, which takes only expressions.
                    for (VariableDeclarator v : vd.getVariables()) {
                        preamble.addStatement(new ExpressionStmt(new VariableDeclarationExpr(v.getType().clone(), v.getNameAsString())));
                        update.add(new AssignExpr(new NameExpr(v.getNameAsString()), v.getInitializer().get().clone(), AssignExpr.Operator.ASSIGN));
                    }
                } else {
                    ctx.unsupported(f.post().pos(), "a post statement that needs temporaries");
                    break;
                }
            }
        }
        // Go 1.22: each iteration has its own copy of the loop variables. A closure in the body
        // that captures one gets the body's copy.
        BlockStmt loopBody = perIterationBody(f, update);
        ForStmt loop = new ForStmt(init, cond, update, loopBody);
        ctx.locals.close();
        if (preamble.isEmpty()) {
            out.addStatement(labeled(label, loop));
        } else {
            preamble.addStatement(labeled(label, loop));
            out.addStatement(preamble);
        }
    }

    /**
     * The loop body, with per-iteration copies of loop variables that closures in it capture.
     * A captured variable that the body or post statement changes lives in a cell: the body
     * works on an alias of this iteration's cell ({@code LongCell i$1 = i;}, which lambdas may
     * capture), and before the post statement a new cell takes over the value
     * ({@code i = new LongCell(i.value), i.value++}), as Go 1.22 declares a new variable there.
     */
    private BlockStmt perIterationBody(Stmt.For f, NodeList<Expression> update) {
        java.util.List<Var> copies = new java.util.ArrayList<>();
        if (f.init() instanceof Stmt.Assign a && a.op().equals(":=")) {
            for (Expr l : a.lhs()) {
                if (l instanceof Expr.Ident id && ctx.info.defs.get(id) instanceof Var v
                        && (capturedIn(v, f.body()) || ctx.storage.needsCell(v))) { // captured, or its address taken
                    copies.add(v);
                }
            }
        }
        if (copies.isEmpty()) {
            return body(f.body());
        }
        ctx.locals.open();
        BlockStmt prologue = new BlockStmt();
        java.util.Map<Var, String> saved = new java.util.IdentityHashMap<>();
        NodeList<Expression> renewals = new NodeList<>();
        for (Var v : copies) {
            if (ctx.storage.needsCell(v)) {
                String outer = ctx.locals.nameOf(v);
                saved.put(v, outer);
                String alias = ctx.locals.declare(v);
                var cell = stmts.functions.cellType(v);
                prologue.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                        cell, alias, new NameExpr(outer)))));
                renewals.add(new com.github.javaparser.ast.expr.AssignExpr(new NameExpr(outer),
                        new com.github.javaparser.ast.expr.ObjectCreationExpr(null, cell.clone(), NodeList.nodeList(
                                new com.github.javaparser.ast.expr.FieldAccessExpr(new NameExpr(outer), "value"))),
                        com.github.javaparser.ast.expr.AssignExpr.Operator.ASSIGN));
                continue;
            }
            if (assignedIn(v, f.body())) {
                ctx.unsupported(v.pos(), "a loop variable that the loop body both changes and captures in a closure");
                continue;
            }
            saved.put(v, ctx.locals.nameOf(v));
            Expression current = exprs.variable(v);
            String copy = ctx.locals.declare(v);
            prologue.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(
                    ctx.javaTypes.of(v.type()), copy, current))));
        }
        BlockStmt inner = body(f.body());
        inner.getStatements().forEach(prologue::addStatement);
        update.addAll(0, renewals);
        saved.forEach(ctx.locals::alias);
        ctx.locals.close();
        return prologue;
    }

    private boolean capturedIn(Var v, Stmt.Block body) {
        boolean[] found = {false};
        dev.goloom.syntax.AstWalk.walk(body, s -> {
            if (s instanceof Stmt.Range r && ctx.info.captures.get(r) != null && ctx.info.captures.get(r).contains(v)) {
                found[0] = true;
            }
        }, e -> {
            if (e instanceof Expr.FuncLit lit && ctx.info.captures.get(lit) != null && ctx.info.captures.get(lit).contains(v)) {
                found[0] = true;
            }
        });
        return found[0];
    }

    private boolean assignedIn(Var v, Stmt.Block body) {
        boolean[] found = {false};
        dev.goloom.syntax.AstWalk.walk(body, s -> {
            if (s instanceof Stmt.Assign a && !a.op().equals(":=") || s instanceof Stmt.IncDec) {
                java.util.List<Expr> targets = s instanceof Stmt.Assign a ? a.lhs() : java.util.List.of(((Stmt.IncDec) s).x());
                for (Expr t : targets) {
                    if (ExprLowering.unparen(t) instanceof Expr.Ident id && ctx.info.objectOf(id) == v) {
                        found[0] = true;
                    }
                }
            }
        }, e -> { });
        return found[0];
    }

    // ---- range ----------------------------------------------------------------------------------

    static boolean present(Expr e) {
        return e != null && !(e instanceof Expr.Ident id && id.name().equals("_"));
    }

    /** At the start of each iteration: declare (:=) or assign (=) a range variable. */
    void bind(Stmt.Range r, Expr target, Expression value, Type valueType, BlockStmt body) {
        if (!present(target)) {
            return;
        }
        if (":=".equals(r.op())) {
            Var v = (Var) ctx.info.defs.get((Expr.Ident) target);
            body.addStatement(stmts.declare(v, value));
        } else if (target == r.key() && keyStoredAfterValue(r)) {
            String k = ctx.temp("k");
            body.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), k, value))));
            pendingKeyStore = new ExpressionStmt(assignments.store(target, new NameExpr(k)));
        } else {
            body.addStatement(new ExpressionStmt(assignments.store(target, value)));
        }
        if (target == r.value() && pendingKeyStore != null) {
            body.addStatement(pendingKeyStore);
            pendingKeyStore = null;
        }
    }

    /** The key's store, made after the value's (see {@link #keyStoredAfterValue}). */
    private ExpressionStmt pendingKeyStore;

    /**
     * {@code for i, x[i] = range y}: Go evaluates the index operands of both targets before
     * assigning, so x[i] uses the old i. Storing the value first and the variable i after it
     * gives that order; an element store cannot change the variable i, so nothing else differs.
     */
    private boolean keyStoredAfterValue(Stmt.Range r) {
        return present(r.key()) && present(r.value()) && ExprLowering.unparen(r.key()) instanceof Expr.Ident
                && ExprLowering.unparen(r.value()) instanceof Expr.Index;
    }

    /** The range statement being lowered: its body decides whether a variable needs a copy. */
    private Stmt.Range currentRange;

    String evaluateOnce(Expression x, com.github.javaparser.ast.type.Type type, BlockStmt scope, String base) {
        if (x instanceof NameExpr n && currentRange != null && unchangedLocal(currentRange)) {
            return n.getNameAsString();
        }
        String name = ctx.temp(base);
        scope.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(type, name, x))));
        return name;
    }

    /**
     * Whether the range expression is a local variable that the loop never assigns, so the loop
     * may read it instead of a copy: Go evaluates the range expression once, and
     * {@code for i := range n { n = 10 }} or {@code s = append(s, x)} in the body must not change
     * the iteration. A local assigned in a closure or through a pointer lives in a cell, which is
     * never a plain name; a package variable may change in any call.
     */
    private boolean unchangedLocal(Stmt.Range r) {
        if (!(ExprLowering.unparen(r.x()) instanceof Expr.Ident id) || !(ctx.info.objectOf(id) instanceof Var v)
                || v.pkg() != null && v.pkg().scope().lookupLocal(v.name()) == v) {
            return false;
        }
        if (!":=".equals(r.op()) && (present(r.key()) && isVar(r.key(), v) || present(r.value()) && isVar(r.value(), v))) {
            return false;
        }
        if (assignedIn(v, r.body())) {
            return false;
        }
        boolean[] ranged = {false};
        dev.goloom.syntax.AstWalk.walk(r.body(), s -> {
            if (s instanceof Stmt.Range inner && !":=".equals(inner.op())
                    && (inner.key() != null && isVar(inner.key(), v) || inner.value() != null && isVar(inner.value(), v))) {
                ranged[0] = true;
            }
        }, e -> { });
        return !ranged[0];
    }

    private boolean isVar(Expr e, Var v) {
        return ExprLowering.unparen(e) instanceof Expr.Ident id && ctx.info.objectOf(id) == v;
    }

    void range(Stmt.Range r, BlockStmt out, String label) {
        Stmt.Range enclosing = currentRange;
        currentRange = r;
        try {
            rangeLoop(r, out, label);
        } finally {
            currentRange = enclosing;
        }
    }

    private void rangeLoop(Stmt.Range r, BlockStmt out, String label) {
        Type t = ctx.info.typeOf(r.x());
        Type u = t.underlying();
        if (u instanceof Type.Signature iterator) {
            rangeFuncs.range(r, iterator, out, label);
            return;
        }
        ctx.locals.open();
        BlockStmt scope = new BlockStmt();
        BlockStmt body = new BlockStmt();
        Statement loop = null;
        String i = ctx.temp("i");
        switch (u) {
            case Type.Basic b when b.kind().isInteger() -> {
                BasicKind k = b.kind().isUntyped() ? BasicKind.INT : b.kind();
                Type keyType = b.kind().isUntyped() ? (present(r.key()) ? ctx.info.typeOf(r.key()) : dev.goloom.types.Universe.INT) : t;
                var jt = ctx.javaTypes.of(keyType);
                String n = evaluateOnce(exprs.lower(r.x()), jt, scope, "n");
                bind(r, r.key(), new NameExpr(i), keyType, body);
                Expression cond = k.isUnsigned()
                        ? exprs.arithmetic.binary("<", new NameExpr(i), new NameExpr(n), keyType)
                        : new BinaryExpr(new NameExpr(i), new NameExpr(n), BinaryExpr.Operator.LESS);
                loop = new ForStmt(NodeList.nodeList(new VariableDeclarationExpr(new VariableDeclarator(jt, i,
                        ctx.javaTypes.zero(keyType)))), cond,
                        NodeList.nodeList(new UnaryExpr(new NameExpr(i), UnaryExpr.Operator.POSTFIX_INCREMENT)), body);
            }
            case Type.Basic b when b.kind().isString() -> {
                String s = evaluateOnce(exprs.lower(r.x()), new com.github.javaparser.ast.type.ClassOrInterfaceType(null, "String"), scope, "s");
                String w = ctx.temp("width");
                String d = ctx.temp("decoded");
                String strings = ctx.use("dev.goloom.runtime.GoStrings");
                body.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(PrimitiveType.longType(), d,
                        new MethodCallExpr(new NameExpr(strings), "decodeRune", NodeList.nodeList(new NameExpr(s), new NameExpr(i)))))));
                body.addStatement(new ExpressionStmt(new AssignExpr(new NameExpr(w),
                        new MethodCallExpr(new NameExpr(strings), "width", NodeList.nodeList(new NameExpr(d))), AssignExpr.Operator.ASSIGN)));
                bind(r, r.key(), new com.github.javaparser.ast.expr.CastExpr(PrimitiveType.longType(), new NameExpr(i)),
                        dev.goloom.types.Universe.INT, body);
                bind(r, r.value(), new MethodCallExpr(new NameExpr(strings), "rune", NodeList.nodeList(new NameExpr(d))),
                        dev.goloom.types.Universe.RUNE, body);
                VariableDeclarationExpr vars = new VariableDeclarationExpr(PrimitiveType.intType(), i);
                vars.getVariables().get(0).setInitializer(new IntegerLiteralExpr("0"));
                vars.getVariables().add(new VariableDeclarator(PrimitiveType.intType(), w));
                loop = new ForStmt(NodeList.nodeList(vars),
                        new BinaryExpr(new NameExpr(i), new MethodCallExpr(new NameExpr(s), "length"), BinaryExpr.Operator.LESS),
                        NodeList.nodeList(new AssignExpr(new NameExpr(i), new NameExpr(w), AssignExpr.Operator.PLUS)), body);
            }
            case Type.Slice sl -> {
                String s = evaluateOnce(exprs.lower(r.x()), ctx.javaTypes.of(t), scope, "s");
                bind(r, r.key(), new NameExpr(i), dev.goloom.types.Universe.INT, body);
                if (present(r.value())) {
                    Expression elem = new MethodCallExpr(new NameExpr(s), "get", NodeList.nodeList(new NameExpr(i)));
                    bind(r, r.value(), JavaTypes.needsCopy(sl.elem()) ? exprs.copyOf(elem, sl.elem()) : elem, sl.elem(), body);
                }
                loop = countedLoop(i, new MethodCallExpr(new NameExpr(s), "len"), body, scope);
            }
            case Type.Array a -> arrayLoop(r, a, t, i, scope, body, false);
            case Type.Pointer p when p.elem().underlying() instanceof Type.Array a -> arrayLoop(r, a, t, i, scope, body, true);
            case Type.MapType m -> {
                String e = ctx.temp("entry");
                if (present(r.key())) {
                    Expression k = exprs.unboxed(new MethodCallExpr(new NameExpr(e), "getKey"), m.key());
                    bind(r, r.key(), JavaTypes.needsCopy(m.key()) ? exprs.copyOf(k, m.key()) : k, m.key(), body);
                }
                if (present(r.value())) {
                    Expression v = exprs.unboxed(new MethodCallExpr(new NameExpr(e), "getValue"), m.value());
                    bind(r, r.value(), JavaTypes.needsCopy(m.value()) ? exprs.copyOf(v, m.value()) : v, m.value(), body);
                }
                loop = new ForEachStmt(new VariableDeclarationExpr(new VarType(), e), exprs.lower(r.x()), body);
            }
            case Type.Chan ch -> {
                // Receive until the channel is closed and drained.
                String rcv = ctx.temp("received");
                String chan = evaluateOnce(exprs.lower(r.x()), ctx.javaTypes.of(t), scope, "ch");
                body.addStatement(new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(new VarType(), rcv,
                        new MethodCallExpr(new NameExpr(chan), "recv2")))));
                body.addStatement(new com.github.javaparser.ast.stmt.IfStmt(StmtLowering.not(new MethodCallExpr(new NameExpr(rcv), "ok")),
                        new com.github.javaparser.ast.stmt.BreakStmt(), null));
                bind(r, r.key(), exprs.unboxed(new MethodCallExpr(new NameExpr(rcv), "value"), ch.elem()), ch.elem(), body);
                loop = new WhileStmt(new BooleanLiteralExpr(true), body);
            }
            default -> {
                ctx.locals.close();
                ctx.unsupported(r.pos(), "range over " + t);
                return;
            }
        }
        if (loop == null) {
            loop = scope.getStatements().removeLast();
        }
        BlockStmt goBody = body(r.body());
        goBody.getStatements().forEach(body::addStatement);
        ctx.locals.close();
        scope.addStatement(labeled(label, loop));
        if (scope.getStatements().size() == 1) {
            out.addStatement(scope.getStatement(0));
        } else {
            out.addStatement(scope);
        }
    }

    private ForStmt countedLoop(String i, Expression length, BlockStmt body, BlockStmt scope) {
        String n = ctx.temp("n");
        VariableDeclarationExpr vars = new VariableDeclarationExpr(PrimitiveType.longType(), i);
        vars.getVariables().get(0).setInitializer(new LongLiteralExpr("0L"));
        vars.getVariables().add(new VariableDeclarator(PrimitiveType.longType(), n, length));
        return new ForStmt(NodeList.nodeList(vars), new BinaryExpr(new NameExpr(i), new NameExpr(n), BinaryExpr.Operator.LESS),
                NodeList.nodeList(new UnaryExpr(new NameExpr(i), UnaryExpr.Operator.POSTFIX_INCREMENT)), body);
    }

    /** Range over an array (a copy of it, as Go's range evaluates the array once) or a pointer to one. */
    /** Whether {@code e} calls a function (not a conversion) or receives from a channel. */
    private boolean hasCallsOrReceives(Expr e) {
        boolean[] yes = {false};
        dev.goloom.syntax.AstWalk.walk(e, s -> { }, x -> {
            if (x instanceof Expr.Call c && !(ctx.info.typeAndValue(c.fun()) != null
                    && ctx.info.typeAndValue(c.fun()).mode() == dev.goloom.types.TypeAndValue.Mode.TYPE)
                    || x instanceof Expr.Unary u && u.op().equals("<-")) {
                yes[0] = true;
            }
        });
        return yes[0];
    }

    private void arrayLoop(Stmt.Range r, Type.Array a, Type t, String i, BlockStmt scope, BlockStmt body, boolean pointer) {
        Expression x = exprs.lower(r.x());
        if (!pointer && present(r.value()) && exprs.isVariable(r.x())) {
            x = exprs.copyOf(x, t);
        }
        boolean view = pointer && ctx.isArrayView(t);
        String arr = present(r.value()) ? evaluateOnce(x, ctx.javaTypes.of(view ? t : a), scope, "a") : null;
        if (arr == null && hasCallsOrReceives(r.x())) {
            // Go evaluates the range expression unless its length is constant (no calls, no receives).
            scope.addStatement(new ExpressionStmt(new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoArrays")), "len",
                    NodeList.nodeList(x, new LongLiteralExpr(a.len() + "L")))));
        }
        bind(r, r.key(), new NameExpr(i), dev.goloom.types.Universe.INT, body);
        if (arr != null) {
            // A view (ArrayViews) is a slice object: its elements are read live, as Go reads *p's.
            Expression elem = view ? new MethodCallExpr(new NameExpr(arr), "get", NodeList.nodeList(new NameExpr(i)))
                    : new com.github.javaparser.ast.expr.ArrayAccessExpr(new NameExpr(arr),
                    new com.github.javaparser.ast.expr.CastExpr(PrimitiveType.intType(), new NameExpr(i)));
            bind(r, r.value(), JavaTypes.needsCopy(a.elem()) ? exprs.copyOf(elem, a.elem()) : elem, a.elem(), body);
        }
        scope.addStatement(countedLoop(i, new LongLiteralExpr(a.len() + "L"), body, scope));
    }
}
