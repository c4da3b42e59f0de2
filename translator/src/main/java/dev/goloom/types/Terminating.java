// "Terminating statements" from the spec, for the "missing return" check.
package dev.goloom.types;

import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Stmt;
import java.util.List;

/**
 * Whether a statement is terminating, as types2 decides it. A labeled statement passes its
 * label down, so that {@code break L} inside a nested loop counts as a break of the labeled
 * for, switch or select. Trailing empty statements do not count.
 */
final class Terminating {
    private Terminating() {}

    /** Whether {@code s} is terminating; {@code info} tells which calls are calls of the built-in panic. */
    static boolean isTerminating(Stmt s, Info info) {
        return isTerminating(s, null, info);
    }

    private static boolean isTerminating(Stmt s, String label, Info info) {
        return switch (s) {
            case Stmt.Labeled l -> isTerminating(l.stmt(), l.label().name(), info);
            case Stmt.ExprStmt e -> isPanic(e.x(), info);
            case Stmt.Return r -> true;
            case Stmt.Branch b -> b.keyword().equals("goto") || b.keyword().equals("fallthrough");
            case Stmt.Block b -> isTerminatingList(b.stmts(), info);
            case Stmt.If i -> i.els() != null && isTerminating(i.then(), null, info) && isTerminating(i.els(), null, info);
            // "there is a default case, and the statement lists in each case, including the default,
            // end in a terminating statement, or a possibly labeled fallthrough; there are no break
            // statements referring to the switch"
            case Stmt.Switch sw -> terminatingClauses(sw.clauses(), label, info);
            case Stmt.TypeSwitch ts -> terminatingClauses(ts.clauses(), label, info);
            // "the statement lists in each case, including the default if present, end in a
            // terminating statement; there are no break statements referring to the select"
            case Stmt.Select sel -> sel.clauses().stream().allMatch(cc ->
                    isTerminatingList(cc.body(), info) && !hasBreakList(cc.body(), label, true));
            // "a for statement in which there are no break statements referring to it, the loop
            // condition is absent, and there is no range clause"
            case Stmt.For f -> f.cond() == null && !hasBreak(f.body(), label, true);
            default -> false; // range loops always end; declarations, assignments, sends, go, defer
        };
    }

    private static boolean isTerminatingList(List<Stmt> list, Info info) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (!(list.get(i) instanceof Stmt.Empty)) {
                return isTerminating(list.get(i), null, info);
            }
        }
        return false;
    }

    private static boolean terminatingClauses(List<Stmt.CaseClause> clauses, String label, Info info) {
        boolean hasDefault = false;
        for (Stmt.CaseClause cc : clauses) {
            hasDefault |= cc.isDefault();
            if (!isTerminatingList(cc.body(), info) || hasBreakList(cc.body(), label, true)) {
                return false;
            }
        }
        return hasDefault;
    }

    /** A call of the predeclared panic, the call and the function possibly parenthesized. */
    private static boolean isPanic(Expr e, Info info) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        if (!(e instanceof Expr.Call call)) {
            return false;
        }
        Expr fun = call.fun();
        while (fun instanceof Expr.Paren p) {
            fun = p.x();
        }
        return fun instanceof Expr.Ident id && info.uses.get(id) instanceof Builtin b && b.name().equals("panic");
    }

    /**
     * Whether {@code s} contains a break that refers to the statement labeled {@code label}, or,
     * when {@code implicit}, an unlabeled break of the innermost breakable statement around s.
     */
    private static boolean hasBreak(Stmt s, String label, boolean implicit) {
        return switch (s) {
            case Stmt.Labeled l -> hasBreak(l.stmt(), label, implicit);
            case Stmt.Branch b -> b.keyword().equals("break")
                    && (b.label() == null ? implicit : b.label().name().equals(label));
            case Stmt.Block b -> hasBreakList(b.stmts(), label, implicit);
            case Stmt.If i -> hasBreak(i.then(), label, implicit) || (i.els() != null && hasBreak(i.els(), label, implicit));
            // Nested breakable statements own their unlabeled breaks; only labeled ones can escape.
            case Stmt.Switch sw -> label != null && sw.clauses().stream().anyMatch(cc -> hasBreakList(cc.body(), label, false));
            case Stmt.TypeSwitch ts -> label != null && ts.clauses().stream().anyMatch(cc -> hasBreakList(cc.body(), label, false));
            case Stmt.Select sel -> label != null && sel.clauses().stream().anyMatch(cc -> hasBreakList(cc.body(), label, false));
            case Stmt.For f -> label != null && hasBreak(f.body(), label, false);
            case Stmt.Range r -> label != null && hasBreak(r.body(), label, false);
            default -> false;
        };
    }

    private static boolean hasBreakList(List<Stmt> list, String label, boolean implicit) {
        return list.stream().anyMatch(s -> hasBreak(s, label, implicit));
    }
}
