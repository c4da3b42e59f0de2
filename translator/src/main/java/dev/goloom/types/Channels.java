// Channel communication ("Send statements", "Receive operator", "Select statements"): directions and select cases.
package dev.goloom.types;

import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Positions;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.TypeAndValue.Mode;

/**
 * Sends, receives and select statements. A receive {@code <-ch} is a value of the element type;
 * in a context of two values it is "comma-ok" (see {@link Assignments}), which only a receive
 * written as such (possibly parenthesized) can be, so {@link #isReceive} decides it from syntax.
 */
final class Channels {
    private Channels() {}

    /** Whether {@code e}, without its parentheses, is a receive operation {@code <-x}. */
    static boolean isReceive(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e instanceof Expr.Unary u && u.op().equals("<-");
    }

    /** The receive {@code u}, whose operand has been checked as {@code x}: a value of x's element type. */
    static TypeAndValue receive(Checker c, Expr.Unary u, TypeAndValue x) {
        Type elem = elem(c, u.x(), x, true);
        return elem == null ? Exprs.INVALID : new TypeAndValue(Mode.VALUE, elem, null);
    }

    /** {@code ch <- v}: ch must be a channel that permits sending, v assignable to its element type. */
    static void send(Checker c, Stmt.Send s) {
        TypeAndValue ch = c.exprs.value(s.chan());
        TypeAndValue v = c.exprs.value(s.value());
        if (ch.mode() == Mode.INVALID || v.mode() == Mode.INVALID) {
            return;
        }
        Type elem = elem(c, s.chan(), ch, false);
        if (elem != null) {
            c.assignments.assignTo(s.value(), v, elem, "send");
        }
    }

    /**
     * The element type of channel {@code x} (the operand {@code e}) for a receive or a send;
     * null after reporting gc's error when x is no channel or has the wrong direction.
     */
    private static Type elem(Checker c, Expr e, TypeAndValue x, boolean receive) {
        String problem;
        if (!(Types.under(x.type()) instanceof Type.Chan ch)) {
            problem = "non-channel ";
        } else if (receive && ch.dir() == Type.ChanDir.SEND) {
            problem = "send-only channel ";
        } else if (!receive && ch.dir() == Type.ChanDir.RECV) {
            problem = "receive-only channel ";
        } else {
            return ch.elem();
        }
        c.errorAt(e, "invalid operation: cannot " + (receive ? "receive from " : "send to ") + problem + x.type()
                + " " + Operands.describe(e, x));
        return null;
    }

    /**
     * A select statement: each case is a send, a receive (possibly assigned or declared) or
     * default, and opens its own block; more than one default is an error.
     */
    static void select(Checker c, Stmts stmts, Stmt.Select s) {
        Stmt.CommClause firstDefault = null;
        for (Stmt.CommClause clause : s.clauses()) {
            if (clause.comm() == null) {
                if (firstDefault != null) {
                    c.error(clause.pos(), "multiple defaults (first at " + firstDefault.pos() + ")");
                } else {
                    firstDefault = clause;
                }
            }
        }
        for (Stmt.CommClause clause : s.clauses()) {
            boolean valid = switch (clause.comm()) {
                case null -> true;
                case Stmt.Send send -> true;
                case Stmt.Assign a -> a.rhs().size() == 1 && isReceive(a.rhs().getFirst());
                case Stmt.ExprStmt e -> isReceive(e.x());
                default -> false;
            };
            if (!valid) {
                // gc reports at the statement's start, and an expression statement starts at its node.
                c.error(switch (clause.comm()) {
                    case Stmt.ExprStmt e -> e.x().pos();
                    case Stmt.Assign a -> Positions.start(a.lhs().getFirst());
                    case Stmt.IncDec i -> Positions.start(i.x());
                    default -> clause.comm().pos();
                }, "select case must be send or receive (possibly with assignment)");
                continue;
            }
            stmts.openScope(clause);
            if (clause.comm() != null) {
                stmts.stmt(clause.comm());
            }
            stmts.stmtList(clause.body());
            stmts.closeScope();
        }
    }
}
