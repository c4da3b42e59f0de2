// Finds statements whose result would depend on an evaluation order Java does not share with gc.
package dev.goloom.lower;

import dev.goloom.syntax.Expr;
import dev.goloom.types.Func;
import dev.goloom.types.Info;
import dev.goloom.types.Obj;
import dev.goloom.types.PkgName;
import dev.goloom.types.Var;
import java.util.List;

/**
 * "All function calls ... are evaluated in lexical left-to-right order", but when a variable
 * is read relative to those calls is unspecified, and gc reads variables after the calls:
 * {@code a + f()} sees the {@code a} that f left. Java evaluates strictly left to right. Until
 * the lowering hoists calls into temporaries, a statement whose operands both call a Go
 * function and read a package variable (the only variables a call can change in the
 * supported subset) is reported as unsupported instead of translated differently.
 */
final class EvaluationOrder {
    private EvaluationOrder() {}

    /**
     * The package variable read alongside a Go function call in {@code operands}, or null.
     * Only variables that some function assigns ({@code mutated}) can be changed by a call.
     */
    static Var conflict(List<Expr> operands, Info info, java.util.Set<Var> mutated) {
        boolean[] calls = {false};
        Var[] read = {null};
        for (Expr e : operands) {
            scan(e, info, mutated, calls, read);
        }
        return calls[0] ? read[0] : null;
    }

    /** The package variables that assignments or inc/dec statements in {@code bodies} change. */
    static java.util.Set<Var> mutated(List<dev.goloom.syntax.Stmt> bodies, Info info) {
        java.util.Set<Var> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        bodies.forEach(b -> collectMutated(b, info, out));
        return out;
    }

    private static void collectMutated(dev.goloom.syntax.Stmt s, Info info, java.util.Set<Var> out) {
        switch (s) {
            case dev.goloom.syntax.Stmt.Block b -> b.stmts().forEach(x -> collectMutated(x, info, out));
            case dev.goloom.syntax.Stmt.Assign a -> a.lhs().forEach(l -> addIfPackageVar(l, info, out));
            case dev.goloom.syntax.Stmt.IncDec i -> addIfPackageVar(i.x(), info, out);
            case dev.goloom.syntax.Stmt.If i -> {
                if (i.init() != null) collectMutated(i.init(), info, out);
                collectMutated(i.then(), info, out);
                if (i.els() != null) collectMutated(i.els(), info, out);
            }
            case dev.goloom.syntax.Stmt.For f -> {
                if (f.init() != null) collectMutated(f.init(), info, out);
                if (f.post() != null) collectMutated(f.post(), info, out);
                collectMutated(f.body(), info, out);
            }
            case dev.goloom.syntax.Stmt.Labeled l -> collectMutated(l.stmt(), info, out);
            default -> { }
        }
    }

    private static void addIfPackageVar(Expr e, Info info, java.util.Set<Var> out) {
        if (e instanceof Expr.Ident id && info.objectOf(id) instanceof Var v && isPackageVar(v)) {
            out.add(v);
        }
    }

    private static boolean isPackageVar(Var v) {
        return v.pkg() != null && v.pkg().scope().lookupLocal(v.name()) == v;
    }

    private static void scan(Expr e, Info info, java.util.Set<Var> mutated, boolean[] calls, Var[] read) {
        switch (e) {
            case Expr.Ident id -> {
                Obj o = info.objectOf(id);
                if (o instanceof Var v && isPackageVar(v) && mutated.contains(v) && read[0] == null) {
                    read[0] = v;
                }
            }
            case Expr.Call c -> {
                if (callsGoFunction(c, info)) {
                    calls[0] = true;
                }
                if (!(c.fun() instanceof Expr.Ident) && !(c.fun() instanceof Expr.Selector)) {
                    scan(c.fun(), info, mutated, calls, read);
                }
                c.args().forEach(a -> scan(a, info, mutated, calls, read));
            }
            case Expr.Paren p -> scan(p.x(), info, mutated, calls, read);
            case Expr.Unary u -> scan(u.x(), info, mutated, calls, read);
            case Expr.Binary b -> {
                scan(b.x(), info, mutated, calls, read);
                scan(b.y(), info, mutated, calls, read);
            }
            default -> { }
        }
    }

    /** A call of a function translated from Go (shims cannot touch the program's variables). */
    private static boolean callsGoFunction(Expr.Call c, Info info) {
        Expr f = c.fun();
        while (f instanceof Expr.Paren p) {
            f = p.x();
        }
        Obj o = f instanceof Expr.Ident id ? info.objectOf(id)
                : f instanceof Expr.Selector s && s.x() instanceof Expr.Ident pkg && info.objectOf(pkg) instanceof PkgName
                        ? info.objectOf(s.sel()) : null;
        return o instanceof Func fn && fn.pkg() != null && !fn.pkg().isShim();
    }
}
