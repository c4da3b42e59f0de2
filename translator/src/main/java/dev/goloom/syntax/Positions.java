// Start positions of expressions: where gc reports an error about an operand.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;

/**
 * An expression's node position is its operator's for operations (as in gc's syntax
 * package); messages about an operand are reported where the operand starts.
 */
public final class Positions {
    private Positions() {}

    public static Pos start(Expr e) {
        return switch (e) {
            case Expr.Binary b -> start(b.x());
            case Expr.Selector s -> start(s.x());
            case Expr.Index i -> start(i.x());
            case Expr.Slice s -> start(s.x());
            case Expr.TypeAssert t -> start(t.x());
            case Expr.Call c -> start(c.fun());
            case Expr.KeyValue kv -> start(kv.key());
            case Expr.CompositeLit c when c.type() != null -> start(c.type());
            default -> e.pos();
        };
    }
}
