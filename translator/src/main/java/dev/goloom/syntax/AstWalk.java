// A pre-order walk over statements and expressions, for analyses that look at every node.
package dev.goloom.syntax;

import java.util.List;
import java.util.function.Consumer;

/**
 * Calls {@code onStmt} for every statement and {@code onExpr} for every expression below a
 * node, parents before children, in source order. Function literals are entered.
 */
public final class AstWalk {
    private final Consumer<Stmt> onStmt;
    private final Consumer<Expr> onExpr;

    private AstWalk(Consumer<Stmt> onStmt, Consumer<Expr> onExpr) {
        this.onStmt = onStmt;
        this.onExpr = onExpr;
    }

    public static void walk(Stmt s, Consumer<Stmt> onStmt, Consumer<Expr> onExpr) {
        new AstWalk(onStmt, onExpr).stmt(s);
    }

    public static void walk(Expr e, Consumer<Stmt> onStmt, Consumer<Expr> onExpr) {
        new AstWalk(onStmt, onExpr).expr(e);
    }

    private void stmts(List<? extends Stmt> list) {
        list.forEach(this::stmt);
    }

    private void exprs(List<? extends Expr> list) {
        list.forEach(this::expr);
    }

    private void opt(Stmt s) {
        if (s != null) {
            stmt(s);
        }
    }

    private void opt(Expr e) {
        if (e != null) {
            expr(e);
        }
    }

    private void stmt(Stmt s) {
        onStmt.accept(s);
        switch (s) {
            case Stmt.Block b -> stmts(b.stmts());
            case Stmt.DeclStmt d -> d.decl().specs().forEach(sp -> {
                if (sp instanceof Spec.Value v) {
                    exprs(v.values());
                }
            });
            case Stmt.Empty e -> { }
            case Stmt.Labeled l -> stmt(l.stmt());
            case Stmt.ExprStmt e -> expr(e.x());
            case Stmt.Send send -> {
                expr(send.chan());
                expr(send.value());
            }
            case Stmt.IncDec i -> expr(i.x());
            case Stmt.Assign a -> {
                exprs(a.lhs());
                exprs(a.rhs());
            }
            case Stmt.Go g -> expr(g.call());
            case Stmt.Defer d -> expr(d.call());
            case Stmt.Return r -> exprs(r.results());
            case Stmt.Branch b -> { }
            case Stmt.If i -> {
                opt(i.init());
                opt(i.cond());
                stmt(i.then());
                opt(i.els());
            }
            case Stmt.CaseClause c -> {
                exprs(c.list());
                stmts(c.body());
            }
            case Stmt.Switch sw -> {
                opt(sw.init());
                opt(sw.tag());
                stmts(sw.clauses());
            }
            case Stmt.TypeSwitch ts -> {
                opt(ts.init());
                stmt(ts.assign());
                stmts(ts.clauses());
            }
            case Stmt.CommClause c -> {
                opt(c.comm());
                stmts(c.body());
            }
            case Stmt.Select sel -> stmts(sel.clauses());
            case Stmt.For f -> {
                opt(f.init());
                opt(f.cond());
                opt(f.post());
                stmt(f.body());
            }
            case Stmt.Range r -> {
                opt(r.key());
                opt(r.value());
                expr(r.x());
                stmt(r.body());
            }
        }
    }

    private void expr(Expr e) {
        onExpr.accept(e);
        switch (e) {
            case Expr.CompositeLit c -> exprs(c.elts());
            case Expr.FuncLit f -> stmt(f.body());
            case Expr.Paren p -> expr(p.x());
            case Expr.Selector s -> expr(s.x());
            case Expr.Index i -> {
                expr(i.x());
                exprs(i.indices());
            }
            case Expr.Slice s -> {
                expr(s.x());
                opt(s.lo());
                opt(s.hi());
                opt(s.max());
            }
            case Expr.TypeAssert t -> expr(t.x());
            case Expr.Call c -> {
                expr(c.fun());
                exprs(c.args());
            }
            case Expr.Star s -> expr(s.x());
            case Expr.Unary u -> expr(u.x());
            case Expr.Binary b -> {
                expr(b.x());
                expr(b.y());
            }
            case Expr.KeyValue kv -> {
                expr(kv.key());
                expr(kv.value());
            }
            default -> { } // identifiers, literals, types
        }
    }
}
