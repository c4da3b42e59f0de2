// Statements and function bodies ("Statements"): scopes, control flow, returns, unused variables.
package dev.goloom.types;

import dev.goloom.syntax.Decl;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Spec;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.TypeAndValue.Mode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Checks function bodies statement by statement. Everything that belongs to the function being
 * checked lives in one {@link FunctionContext} held in {@link #fn}: a function literal is
 * checked by swapping that one field (see {@link #body}) and restoring it afterwards. Branch
 * statements and labels get their own pass ({@link Labels}); switches, range loops and channel
 * statements have their own classes.
 */
final class Stmts {
    private final Checker c;
    /** Expression and type switches. */
    private final Switches switches;
    /** For statements with range clauses. */
    private final Ranges ranges;
    /** The function whose body is being checked; null outside bodies. */
    private FunctionContext fn;

    /** What the checker knows about one function body while checking it. */
    private static final class FunctionContext {
        /** The function's signature: return statements are checked against its results. */
        final Type.Signature signature;
        /** Locals declared in the body, for "declared and not used". */
        final List<Var> locals = new ArrayList<>();

        FunctionContext(Type.Signature signature) {
            this.signature = signature;
        }
    }

    Stmts(Checker c) {
        this.c = c;
        this.switches = new Switches(c, this);
        this.ranges = new Ranges(c, this);
    }

    void funcBody(Decl.Func f, Scope fileScope) {
        if (f.body() == null) {
            return; // implemented outside Go (the standard library's API files)
        }
        Func func = (Func) c.info.defs.get(f.name());
        if (func == null || func.type() == null) {
            return;
        }
        Scope saved = c.scope;
        c.scope = new Scope(c.bodyParent(func, fileScope));
        c.info.scopes.put(f, c.scope);
        c.currentDeps = c.dependenciesOf(func);
        if (func.receiver() != null && !func.receiver().name().isEmpty()) {
            c.declare(c.scope, f.recv().names().getFirst(), func.receiver());
        }
        c.typeExprs.declareParams(f.type(), func.type(), c.scope);
        body(func.type(), f.body());
        c.scope = saved;
        c.currentDeps = null;
    }

    /**
     * Checks a function body with its own {@link FunctionContext}, in the current scope (which
     * holds the parameters), and restores the enclosing function's context afterwards. For a
     * function literal: open a scope, declare the parameters in it, call this, close the scope.
     */
    void body(Type.Signature signature, Stmt.Block body) {
        FunctionContext enclosing = fn;
        fn = new FunctionContext(signature);
        try {
            stmtList(body.stmts());
            Labels.check(c, body);
            if (signature.results().size() > 0 && !Terminating.isTerminating(body, c.info)) {
                c.error(body.rbrace(), "missing return");
            }
            fn.locals.stream().filter(v -> !v.used).sorted(Comparator.comparingInt((Var v) -> v.pos().line())
                    .thenComparingInt(v -> v.pos().col()))
                    .forEach(v -> c.error(v.pos(), "declared and not used: " + v.name()));
        } finally {
            fn = enclosing;
        }
    }

    /** A function literal (or range-over-function body) being checked, with the scope its parameters live in. */
    private record Enclosing(dev.goloom.syntax.Node lit, Scope scope) {}
    /** The function literals around the statement being checked, innermost first. */
    private final java.util.ArrayDeque<Enclosing> funcLits = new java.util.ArrayDeque<>();

    /** Checks a function literal's body in a scope nested in the current one. */
    void funcLit(Expr.FuncLit lit, Type.Signature sig) {
        openScope(lit);
        funcLits.push(new Enclosing(lit, c.scope));
        try {
            c.typeExprs.declareParams(lit.type(), sig, c.scope);
            body(sig, lit.body());
        } finally {
            funcLits.pop();
            closeScope();
        }
    }

    /**
     * Checks {@code body}, the body of range-over-function statement {@code r} whose scope is
     * the current one: the body becomes the yield function, so what it uses from outside is captured.
     */
    void rangeFuncBody(Stmt.Range r, Runnable body) {
        c.info.captures.put(r, new java.util.LinkedHashSet<>());
        funcLits.push(new Enclosing(r, c.scope));
        try {
            body.run();
        } finally {
            funcLits.pop();
        }
    }

    /** Records {@code v} as captured by each enclosing function literal it is declared outside of. */
    void noteCapture(Var v) {
        if (funcLits.isEmpty() || v.isField() || c.pkg.scope().lookupLocal(v.name()) == v) {
            return;
        }
        for (Enclosing e : funcLits) {
            if (declaredWithin(v, e.scope())) {
                return;
            }
            c.info.captures.get(e.lit()).add(v);
        }
    }

    /** Whether {@code v} is declared in {@code outer} or a scope between it and the current one. */
    private boolean declaredWithin(Var v, Scope outer) {
        for (Scope s = c.scope; s != null; s = s.parent()) {
            if (s.lookupLocal(v.name()) == v) {
                return true;
            }
            if (s == outer) {
                return false;
            }
        }
        return false;
    }

    void declareLocal(Expr.Ident id, Var v) {
        if (!id.name().equals("_")) {
            fn.locals.add(v);
        }
        c.declare(c.scope, id, v);
    }

    Obj lookupInCurrentBlock(String name) {
        return c.scope.lookupLocal(name);
    }

    void openScope(dev.goloom.syntax.Node n) {
        c.scope = new Scope(c.scope);
        c.info.scopes.put(n, c.scope);
    }

    void closeScope() {
        c.scope = c.scope.parent();
    }

    void stmtList(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    void stmt(Stmt s) {
        switch (s) {
            case Stmt.Empty e -> { }
            case Stmt.Block b -> {
                openScope(b);
                stmtList(b.stmts());
                closeScope();
            }
            case Stmt.Labeled l -> stmt(l.stmt());
            case Stmt.ExprStmt e -> exprStmt(e);
            case Stmt.Send send -> Channels.send(c, send);
            case Stmt.Assign a -> c.assignments.assign(a);
            // "x++" is "x += 1" (IncDec statements).
            case Stmt.IncDec i -> c.assignments.assign(new Stmt.Assign(i.pos(), List.of(i.x()),
                    i.op().equals("++") ? "+=" : "-=", List.of(new Expr.BasicLit(i.pos(), Expr.LitKind.INT, "1", "1"))));
            case Stmt.Go g -> suspendedCall("go", g.call());
            case Stmt.Defer d -> suspendedCall("defer", d.call());
            case Stmt.DeclStmt d -> declStmt(d.decl());
            case Stmt.If i -> ifStmt(i);
            case Stmt.For f -> forStmt(f);
            case Stmt.Range r -> ranges.range(r);
            case Stmt.Switch sw -> switches.expressionSwitch(sw);
            case Stmt.TypeSwitch ts -> switches.typeSwitch(ts);
            case Stmt.Select sel -> Channels.select(c, this, sel);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch b -> { } // checked with the labels (Labels)
            case Stmt.CaseClause cc -> throw new IllegalStateException("case clause outside a switch");
            case Stmt.CommClause cc -> throw new IllegalStateException("comm clause outside a select");
        }
    }

    /**
     * The built-ins whose calls are expressions, not statements: their results may not be
     * discarded ("Expression statements").
     */
    private static final java.util.Set<String> EXPRESSION_BUILTINS = java.util.Set.of(
            "append", "cap", "complex", "imag", "len", "make", "max", "min", "new", "real");

    /**
     * Whether {@code e} may stand as a statement: a call of a function or of a built-in
     * other than those in {@link #EXPRESSION_BUILTINS}, or a receive; never a conversion.
     */
    private boolean isStatement(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        if (Channels.isReceive(e)) {
            return true;
        }
        if (!(e instanceof Expr.Call call)) {
            return false;
        }
        TypeAndValue fun = c.info.types.get(call.fun());
        if (fun == null) {
            return true;
        }
        if (fun.mode() == Mode.TYPE) {
            return false;
        }
        Expr callee = call.fun();
        while (callee instanceof Expr.Paren p) {
            callee = p.x();
        }
        return !(fun.mode() == Mode.BUILTIN && callee instanceof Expr.Ident id
                && c.info.uses.get(id) instanceof Builtin b && EXPRESSION_BUILTINS.contains(b.name()));
    }

    /** {@code go f(x)} and {@code defer f(x)}: the call must be one that may stand as a statement. */
    private void suspendedCall(String keyword, Expr.Call call) {
        TypeAndValue x = c.exprs.expr(call);
        if (x.mode() == Mode.INVALID || isStatement(call)) {
            return;
        }
        TypeAndValue fun = c.info.types.get(call.fun());
        String problem = fun != null && fun.mode() == Mode.TYPE ? " requires function call, not conversion " : " discards result of ";
        c.errorAt(call, keyword + problem + Operands.describe(call, x));
    }

    private void exprStmt(Stmt.ExprStmt e) {
        TypeAndValue x = c.exprs.expr(e.x());
        String problem = switch (x.mode()) {
            case INVALID -> null;
            case BUILTIN -> "must be called";
            case TYPE -> "is not an expression";
            default -> isStatement(e.x()) ? null : "is not used";
        };
        if (problem != null) {
            c.errorAt(e.x(), Operands.describe(e.x(), x) + " " + problem);
        }
    }

    private void declStmt(Decl.Gen g) {
        switch (g.keyword()) {
            case "var" -> g.specs().forEach(s -> c.assignments.varSpec((Spec.Value) s, false));
            case "const" -> {
                var sources = Checker.constSources(g);
                for (Spec s : g.specs()) {
                    Spec.Value v = (Spec.Value) s;
                    Spec.Value source = sources.get(v);
                    List<Const> consts = new ArrayList<>();
                    for (int i = 0; i < v.names().size(); i++) {
                        Expr.Ident id = v.names().get(i);
                        Const k = new Const(id.name(), id.pos(), c.pkg, null, null);
                        c.exprs.constDecl(k, v, i, source);
                        c.info.defs.put(id, k);
                        consts.add(k);
                    }
                    for (int i = 0; i < consts.size(); i++) {
                        c.declare(c.scope, v.names().get(i), consts.get(i));
                    }
                }
            }
            case "type" -> {
                for (Spec s : g.specs()) {
                    // The type's name is in scope in its own declaration (recursive types).
                    Spec.Type t = (Spec.Type) s;
                    TypeName tn = new TypeName(t.name().name(), t.name().pos(), c.pkg, null);
                    c.info.defs.put(t.name(), tn);
                    c.declare(c.scope, t.name(), tn);
                    c.typeDecl(tn, t);
                }
            }
            default -> c.diags.unsupported(g.pos(), "local " + g.keyword() + " declarations");
        }
    }

    private void condition(Expr cond, String what) {
        TypeAndValue x = c.exprs.value(cond);
        if (x.mode() == Mode.INVALID) {
            return;
        }
        if (!Types.basicKind(x.type()).isBoolean()) {
            c.errorAt(cond, "non-boolean condition in " + what + " statement");
            return;
        }
        if (Types.isUntyped(x.type())) {
            c.exprs.convertUntyped(cond, x, Universe.BOOL);
        }
    }

    private void ifStmt(Stmt.If i) {
        openScope(i);
        if (i.init() != null) {
            stmt(i.init());
        }
        if (i.cond() != null) {
            condition(i.cond(), "if");
        }
        stmt(i.then());
        if (i.els() != null) {
            stmt(i.els());
        }
        closeScope();
    }

    private void forStmt(Stmt.For f) {
        openScope(f);
        if (f.init() != null) {
            stmt(f.init());
        }
        if (f.cond() != null) {
            condition(f.cond(), "for");
        }
        if (f.post() != null) {
            if (f.post() instanceof Stmt.Assign a && a.op().equals(":=")) {
                c.error(a.pos(), "syntax error: cannot declare in post statement of for loop");
            }
            stmt(f.post());
        }
        stmt(f.body());
        closeScope();
    }

    private void returnStmt(Stmt.Return r) {
        Type.Tuple results = fn.signature.results();
        if (r.results().isEmpty()) {
            if (results.size() > 0 && results.vars().getFirst().name().isEmpty()) {
                c.error(r.pos(), "not enough return values\n\thave ()\n\twant " + results);
            }
            return;
        }
        TypeAndValue single = null;
        if (r.results().size() == 1 && results.size() > 1) {
            single = c.exprs.expr(r.results().getFirst());
            if (single.type() instanceof Type.Tuple t && t.size() == results.size()) {
                // return f(): each result of f is assigned to the corresponding result.
                Expr call = r.results().getFirst();
                for (int i = 0; i < t.size(); i++) {
                    if (!Types.assignable(t.at(i), results.at(i))) {
                        c.errorAt(call, "cannot use " + dev.goloom.syntax.GoPrinter.expr(call) + " (value of type "
                                + t.at(i) + ") as " + results.at(i) + " value in return statement");
                        return;
                    }
                }
                return;
            }
        }
        if (r.results().size() != results.size()) {
            if (single == null) {
                r.results().forEach(c.exprs::expr);
            }
            c.errorAt(r.results().getFirst(), (r.results().size() < results.size() ? "not enough" : "too many")
                    + " return values\n\thave (" + String.join(", ", r.results().stream()
                    .map(e -> String.valueOf(c.info.typeOf(e))).toList()) + ")\n\twant " + results);
            return;
        }
        for (int i = 0; i < results.size(); i++) {
            Expr e = r.results().get(i);
            c.assignments.assignTo(e, c.exprs.value(e, results.at(i)), results.at(i), "return statement");
        }
    }
}
