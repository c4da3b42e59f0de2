// "Terminating statements" from the spec, for the "missing return" check.
package dev.goloom.types;

import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Stmt;

final class Terminating {
    private Terminating() {}

    static boolean isTerminating(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> true;
            case Stmt.Branch b -> b.keyword().equals("goto");
            case Stmt.ExprStmt e -> e.x() instanceof Expr.Call call && call.fun() instanceof Expr.Ident id
                    && id.name().equals("panic");
            case Stmt.Block b -> !b.stmts().isEmpty() && isTerminating(b.stmts().getLast());
            case Stmt.If i -> i.els() != null && isTerminating(i.then()) && isTerminating(i.els());
            // "a for statement in which there are no break statements referring to it, and the loop condition is absent"
            case Stmt.For f -> f.cond() == null && !hasBreak(f.body());
            case Stmt.Labeled l -> isTerminating(l.stmt());
            default -> false;
        };
    }

    private static boolean hasBreak(Stmt s) {
        return switch (s) {
            case Stmt.Branch b -> b.keyword().equals("break") && b.label() == null;
            case Stmt.Block b -> b.stmts().stream().anyMatch(Terminating::hasBreak);
            case Stmt.If i -> hasBreak(i.then()) || (i.els() != null && hasBreak(i.els()));
            case Stmt.Labeled l -> hasBreak(l.stmt());
            default -> false; // nested for/switch/select own their unlabeled breaks
        };
    }
}
