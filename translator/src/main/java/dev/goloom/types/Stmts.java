// Statements and function bodies ("Statements"): scopes, control flow, returns, unused variables.
package dev.goloom.types;

import dev.goloom.syntax.Decl;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Spec;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.TypeAndValue.Mode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

final class Stmts {
    private final Checker c;
    /** Locals declared in the current function, for "declared and not used". */
    private List<Var> locals = new ArrayList<>();
    /** The signature of the function being checked. */
    private Type.Signature signature;
    /** How many enclosing for statements (for break/continue); switches count for break. */
    private int loops;
    private int breakables;

    Stmts(Checker c) {
        this.c = c;
    }

    void funcBody(Decl.Func f, Scope fileScope) {
        if (f.body() == null) {
            return; // implemented outside Go (the standard library's API files)
        }
        Func fn = (Func) c.info.defs.get(f.name());
        if (fn == null || fn.type() == null) {
            return;
        }
        Scope saved = c.scope;
        c.scope = new Scope(fileScope);
        c.info.scopes.put(f, c.scope);
        c.currentDeps = c.dependenciesOf(fn);
        signature = fn.type();
        locals = new ArrayList<>();
        loops = 0;
        breakables = 0;
        if (fn.receiver() != null && !fn.receiver().name().isEmpty()) {
            c.declare(c.scope, f.recv().names().getFirst(), fn.receiver());
        }
        c.typeExprs.declareParams(f.type(), signature, c.scope);
        stmtList(f.body().stmts());
        if (signature.results().size() > 0 && !Terminating.isTerminating(f.body())) {
            c.error(f.body().rbrace(), "missing return");
        }
        locals.stream().filter(v -> !v.used).sorted(Comparator.comparingInt((Var v) -> v.pos().line())
                .thenComparingInt(v -> v.pos().col()))
                .forEach(v -> c.error(v.pos(), "declared and not used: " + v.name()));
        c.scope = saved;
        c.currentDeps = null;
    }

    /** A function literal being checked, with the scope its parameters live in. */
    private record Enclosing(Expr.FuncLit lit, Scope scope) {}
    /** The function literals around the statement being checked, innermost first. */
    private final java.util.ArrayDeque<Enclosing> funcLits = new java.util.ArrayDeque<>();

    /**
     * Checks a function literal's body in a scope nested in the current one. The enclosing
     * function's state is saved and restored around it.
     */
    void funcLit(Expr.FuncLit lit, Type.Signature sig) {
        Type.Signature savedSig = signature;
        List<Var> savedLocals = locals;
        int savedLoops = loops, savedBreakables = breakables;
        Scope saved = c.scope;
        c.scope = new Scope(saved);
        c.info.scopes.put(lit, c.scope);
        funcLits.push(new Enclosing(lit, c.scope));
        signature = sig;
        locals = new ArrayList<>();
        loops = 0;
        breakables = 0;
        try {
            c.typeExprs.declareParams(lit.type(), sig, c.scope);
            stmtList(lit.body().stmts());
            if (sig.results().size() > 0 && !Terminating.isTerminating(lit.body())) {
                c.error(lit.body().rbrace(), "missing return");
            }
            reportUnused();
        } finally {
            funcLits.pop();
            c.scope = saved;
            signature = savedSig;
            locals = savedLocals;
            loops = savedLoops;
            breakables = savedBreakables;
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

    private void reportUnused() {
        locals.stream().filter(v -> !v.used).sorted(Comparator.comparingInt((Var v) -> v.pos().line())
                .thenComparingInt(v -> v.pos().col()))
                .forEach(v -> c.error(v.pos(), "declared and not used: " + v.name()));
    }

    void declareLocal(Expr.Ident id, Var v) {
        locals.add(v);
        c.declare(c.scope, id, v);
    }

    Obj lookupInCurrentBlock(String name) {
        return c.scope.lookupLocal(name);
    }

    private void openScope(dev.goloom.syntax.Node n) {
        c.scope = new Scope(c.scope);
        c.info.scopes.put(n, c.scope);
    }

    private void closeScope() {
        c.scope = c.scope.parent();
    }

    private void stmtList(List<Stmt> list) {
        for (Stmt s : list) {
            stmt(s);
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Empty e -> { }
            case Stmt.Block b -> {
                openScope(b);
                stmtList(b.stmts());
                closeScope();
            }
            case Stmt.ExprStmt e -> exprStmt(e);
            case Stmt.Assign a -> c.assignments.assign(a);
            // "x++" is "x += 1" (IncDec statements).
            case Stmt.IncDec i -> c.assignments.assign(new Stmt.Assign(i.pos(), List.of(i.x()),
                    i.op().equals("++") ? "+=" : "-=", List.of(new Expr.BasicLit(i.pos(), Expr.LitKind.INT, "1", "1"))));
            case Stmt.DeclStmt d -> declStmt(d.decl());
            case Stmt.If i -> ifStmt(i);
            case Stmt.For f -> forStmt(f);
            case Stmt.Return r -> returnStmt(r);
            case Stmt.Branch b -> branch(b);
            default -> c.diags.unsupported(s.pos(), GoPrinter.stmt(s));
        }
    }

    private void exprStmt(Stmt.ExprStmt e) {
        TypeAndValue x = c.exprs.expr(e.x());
        if (x.mode() == Mode.INVALID || x.mode() == Mode.NOVALUE) {
            return;
        }
        Expr inner = e.x();
        while (inner instanceof Expr.Paren p) {
            inner = p.x();
        }
        if (inner instanceof Expr.Call call && x.mode() != Mode.CONSTANT
                && !(c.info.types.get(call.fun()) != null && c.info.types.get(call.fun()).mode() == Mode.TYPE)) {
            return;
        }
        c.errorAt(e.x(), Operands.describe(e.x(), x) + " is not used");
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
        loops++;
        breakables++;
        stmt(f.body());
        loops--;
        breakables--;
        closeScope();
    }

    private void returnStmt(Stmt.Return r) {
        Type.Tuple results = signature.results();
        if (r.results().isEmpty()) {
            if (results.size() > 0 && results.vars().getFirst().name().isEmpty()) {
                c.error(r.pos(), "not enough return values\n\thave ()\n\twant " + results);
            }
            return;
        }
        TypeAndValue single = null;
        if (r.results().size() == 1 && results.size() > 1) {
            single = c.exprs.expr(r.results().getFirst());
            if (single.type() instanceof Type.Tuple t && Types.identical(t, results)) {
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
            c.assignments.assignTo(e, c.exprs.value(e), results.at(i), "return statement");
        }
    }

    private void branch(Stmt.Branch b) {
        if (b.label() != null) {
            c.diags.unsupported(b.pos(), "labeled " + b.keyword());
            return;
        }
        switch (b.keyword()) {
            case "break" -> {
                if (breakables == 0) {
                    c.error(b.pos(), "break is not in a loop, switch, or select");
                }
            }
            case "continue" -> {
                if (loops == 0) {
                    c.error(b.pos(), "continue is not in a loop");
                }
            }
            default -> c.diags.unsupported(b.pos(), b.keyword());
        }
    }
}
