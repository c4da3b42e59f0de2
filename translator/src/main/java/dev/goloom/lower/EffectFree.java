// Whether a Go expression may be evaluated twice without changing what the program does.
package dev.goloom.lower;

import dev.goloom.syntax.Expr;
import dev.goloom.types.Builtin;
import dev.goloom.types.Info;
import dev.goloom.types.Type;
import java.util.stream.Stream;

/**
 * A conservative test used where Java code would evaluate an operand twice ({@code m[k] op= v}
 * reads and writes {@code m[k]}): names, constants, field selections, index and slice
 * expressions, {@code len} and {@code cap} (not of a channel, which other goroutines change), and operators over such operands. A second
 * evaluation of those reads the same storage and, if the first one panicked, never happens.
 * Other calls, receives, composite and function literals and {@code &x} (which may allocate)
 * are never effect-free.
 */
final class EffectFree {
    private EffectFree() {}

    static boolean test(Expr e, Info info) {
        var tv = info.typeAndValue(e);
        if (tv != null && tv.isConstant()) {
            return true;
        }
        return switch (e) {
            case Expr.Ident id -> true;
            case Expr.BasicLit lit -> true;
            case Expr.Paren p -> test(p.x(), info);
            case Expr.Selector s -> test(s.x(), info);
            case Expr.Star s -> test(s.x(), info);
            case Expr.Index ix -> test(ix.x(), info) && ix.indices().stream().allMatch(i -> test(i, info));
            case Expr.Unary u -> !u.op().equals("<-") && !u.op().equals("&") && test(u.x(), info);
            case Expr.Binary b -> test(b.x(), info) && test(b.y(), info);
            case Expr.Slice sl -> test(sl.x(), info) && Stream.of(sl.lo(), sl.hi(), sl.max())
                    .allMatch(i -> i == null || test(i, info));
            case Expr.Call c -> c.fun() instanceof Expr.Ident f && info.objectOf(f) instanceof Builtin b
                    && (b.name().equals("len") || b.name().equals("cap"))
                    && c.args().stream().allMatch(a -> !(info.typeOf(a).underlying() instanceof Type.Chan) && test(a, info));
            default -> false;
        };
    }
}
