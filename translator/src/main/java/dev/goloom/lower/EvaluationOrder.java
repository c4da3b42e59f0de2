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
 * {@code a + f()} sees the {@code a} that f left. Java evaluates strictly left to right. A
 * statement whose operands read a package variable that some function assigns and then call
 * code translated from Go is lowered in gc's order instead ({@link GcOrder}: what gc
 * evaluates first goes into temporaries); other statements keep Java's order, which then
 * gives the same values.
 */
final class EvaluationOrder {
    private EvaluationOrder() {}

    /**
     * The package variable read alongside a Go function call in {@code operands} whose value
     * gc and Java would read at different times, or null. Only variables that some function
     * assigns ({@code mutated}) can be changed by a call. gc hoists the calls of a statement
     * into temporaries in source order and reads variables afterwards, but a call's arguments
     * are read when that call is made: so within one call's argument list (or the statement's
     * operands) a read followed by a call gets a different value in Java; a read with only
     * calls before it, or in an argument list of its own, gets the same.
     */
    static Var conflict(List<Expr> operands, Info info, java.util.Set<Var> mutated) {
        return scope(operands, info, mutated, new boolean[1]);
    }

    /** The conflict within one argument list; {@code calls[0]} says whether it calls a Go function. */
    private static Var scope(List<Expr> exprs, Info info, java.util.Set<Var> mutated, boolean[] calls) {
        List<Object> events = new java.util.ArrayList<>(); // a Var for a read, Boolean.TRUE for a call
        Var[] inner = {null};
        for (Expr e : exprs) {
            collect(e, info, mutated, events, inner);
        }
        calls[0] = events.contains(Boolean.TRUE);
        if (inner[0] != null) {
            return inner[0];
        }
        Var pending = null;
        for (Object event : events) {
            if (event instanceof Var v) {
                pending = pending == null ? v : pending;
            } else if (pending != null) {
                return pending;
            }
        }
        return null;
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

    private static void collect(Expr e, Info info, java.util.Set<Var> mutated, List<Object> events, Var[] inner) {
        if (info.typeAndValue(e) instanceof dev.goloom.types.TypeAndValue tv && tv.isConstant()) {
            return; // a constant (unsafe.Sizeof(f())) evaluates nothing
        }
        switch (e) {
            case Expr.Ident id -> {
                if (info.objectOf(id) instanceof Var v && isPackageVar(v) && mutated.contains(v)) {
                    events.add(v);
                }
            }
            case Expr.Call c -> {
                List<Expr> operands = new java.util.ArrayList<>();
                if (!(c.fun() instanceof Expr.Ident) && !(c.fun() instanceof Expr.Selector)) {
                    operands.add(c.fun());
                }
                operands.addAll(c.args());
                boolean[] calls = {false};
                Var v = scope(operands, info, mutated, calls);
                if (v != null && inner[0] == null) {
                    inner[0] = v;
                }
                if (calls[0] || callsGoFunction(c, info)) {
                    events.add(Boolean.TRUE);
                }
            }
            case Expr.Paren p -> collect(p.x(), info, mutated, events, inner);
            case Expr.Unary u -> collect(u.x(), info, mutated, events, inner);
            case Expr.Binary b -> {
                collect(b.x(), info, mutated, events, inner);
                collect(b.y(), info, mutated, events, inner);
            }
            default -> { }
        }
    }

    /**
     * A call that may run code translated from Go: a function or method of a translated
     * package, an interface method (its dynamic type may be the program's), or a func value.
     * Shim functions and conversions cannot touch the program's variables.
     */
    private static boolean callsGoFunction(Expr.Call c, Info info) {
        Expr f = ExprLowering.unparen(c.fun());
        if (info.typeAndValue(c.fun()) instanceof dev.goloom.types.TypeAndValue tv
                && tv.mode() == dev.goloom.types.TypeAndValue.Mode.TYPE) {
            return false; // a conversion
        }
        if (f instanceof Expr.Index ix) {
            f = ExprLowering.unparen(ix.x()); // an instantiation f[T](...)
        }
        Obj o = switch (f) {
            case Expr.Ident id -> info.objectOf(id);
            case Expr.Selector s when info.selections.get(s) instanceof dev.goloom.types.Selection sel -> sel.obj();
            case Expr.Selector s when ExprLowering.unparen(s.x()) instanceof Expr.Ident pkg && info.objectOf(pkg) instanceof PkgName ->
                    info.objectOf(s.sel());
            default -> null;
        };
        if (o instanceof Func fn) {
            boolean packageLevel = fn.pkg() != null && fn.pkg().scope().lookupLocal(fn.name()) == fn;
            if (fn.receiver() == null && !packageLevel) {
                return true; // an interface method (error.Error too): its implementation may be the program's
            }
            return fn.pkg() != null && !fn.pkg().isShim();
        }
        return o instanceof Var || o == null; // a func value (a variable, field or any other expression)
    }

}
