// gc's evaluation order for one statement: which subexpressions gc evaluates into temporaries first.
package dev.goloom.lower;

import dev.goloom.syntax.Expr;
import dev.goloom.types.Builtin;
import dev.goloom.types.Info;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * gc's order pass ({@code cmd/compile/internal/walk/order.go}) copies into a temporary, in
 * source order and children first, every function, method and func-value call, the builtins
 * len, cap, append, copy, make, new, min, max, complex, real, imag and recover, conversions of
 * a string to {@code []byte} or {@code []rune}, slice expressions, receives, type assertions
 * to types that are not pointer-shaped, and every {@code &&}/{@code ||} (evaluated whole into
 * a boolean, its right operand only when needed). Everything else (reads of variables,
 * indexing, fields, dereferences, arithmetic, composite literals) is evaluated afterwards,
 * with the temporaries in place. So {@code f(one, g())} passes the {@code one} that g left.
 *
 * <p>Invariants: the list is in the order gc evaluates (post-order, left to right); a node's
 * hoisted children come before it; nothing inside a function literal or the right operand of
 * {@code &&}/{@code ||} is listed (the literal runs later, the operand conditionally).
 */
final class GcOrder {
    private GcOrder() {}

    /**
     * The subexpressions of {@code operands} (evaluated together by one statement, in this
     * order) that gc evaluates first, in its order. {@code hoistTopLevel} says whether the
     * operands themselves are hoisted too (when a statement evaluates several, each is ordered
     * against the others; a single one is simply the statement's value).
     */
    static List<Expr> hoisted(List<Expr> operands, boolean hoistTopLevel, Info info) {
        List<Expr> out = new ArrayList<>();
        for (Expr e : operands) {
            if (e == null) {
                continue;
            }
            if (hoistTopLevel) {
                visit(e, info, out);
            } else {
                visitChildren(e, info, out);
            }
        }
        return out;
    }

    /** The right operands of {@code &&}/{@code ||} inside the hoisted nodes: regions Java must not reorder. */
    static List<Expr> conditionalRegions(List<Expr> hoisted) {
        List<Expr> out = new ArrayList<>();
        for (Expr e : hoisted) {
            if (ExprLowering.unparen(e) instanceof Expr.Binary b && (b.op().equals("&&") || b.op().equals("||"))) {
                out.add(b.y());
            }
        }
        return out;
    }

    private static void visit(Expr e, Info info, List<Expr> out) {
        if (isConstant(e, info)) {
            return;
        }
        visitChildren(e, info, out);
        if (isHoisted(e, info)) {
            out.add(e);
        }
    }

    private static void visitChildren(Expr e, Info info, List<Expr> out) {
        if (isConstant(e, info)) {
            return;
        }
        switch (e) {
            case Expr.Paren p -> visitChildren(p.x(), info, out);
            case Expr.Call c -> {
                TypeAndValue fun = info.typeAndValue(c.fun());
                if (fun == null || fun.mode() != TypeAndValue.Mode.TYPE) {
                    visitCallee(c.fun(), info, out);
                }
                c.args().forEach(a -> visit(a, info, out));
            }
            case Expr.Selector s -> visitCallee(s, info, out);
            case Expr.Index ix -> {
                visit(ix.x(), info, out);
                ix.indices().forEach(i -> visit(i, info, out));
            }
            case Expr.Slice sl -> {
                visit(sl.x(), info, out);
                for (Expr bound : new Expr[] {sl.lo(), sl.hi(), sl.max()}) {
                    if (bound != null) {
                        visit(bound, info, out);
                    }
                }
            }
            case Expr.TypeAssert ta -> visit(ta.x(), info, out);
            case Expr.Star s -> visit(s.x(), info, out);
            case Expr.Unary u -> visit(u.x(), info, out);
            case Expr.Binary b -> {
                visit(b.x(), info, out);
                if (!b.op().equals("&&") && !b.op().equals("||")) {
                    visit(b.y(), info, out);
                }
            }
            case Expr.CompositeLit lit -> lit.elts().forEach(x -> visit(x, info, out));
            case Expr.KeyValue kv -> {
                if (!(kv.key() instanceof Expr.Ident)) {
                    visit(kv.key(), info, out); // an identifier key is a field name (or a variable: nothing to order)
                }
                visit(kv.value(), info, out);
            }
            default -> { } // identifiers, literals, function literals (their bodies run later), types
        }
    }

    /** The operands of a callee or selector: a package-qualified name has none. */
    private static void visitCallee(Expr fun, Info info, List<Expr> out) {
        Expr f = ExprLowering.unparen(fun);
        if (f instanceof Expr.Selector s) {
            if (!(ExprLowering.unparen(s.x()) instanceof Expr.Ident id && info.objectOf(id) instanceof dev.goloom.types.PkgName)) {
                visit(s.x(), info, out);
            }
        } else if (!(f instanceof Expr.Ident) && !(f instanceof Expr.FuncLit)) {
            visit(f, info, out);
        }
    }

    private static boolean isConstant(Expr e, Info info) {
        return info.typeAndValue(e) instanceof TypeAndValue tv && tv.isConstant();
    }

    /** Whether gc evaluates {@code e} into a temporary (order.go's copyExpr cases). */
    private static boolean isHoisted(Expr e, Info info) {
        return switch (e) {
            case Expr.Call c -> {
                TypeAndValue fun = info.typeAndValue(c.fun());
                if (fun != null && fun.mode() == TypeAndValue.Mode.TYPE) {
                    // []byte(s) and []rune(s) allocate; other conversions are evaluated in place.
                    yield fun.type().underlying() instanceof Type.Slice
                            && info.typeOf(c.args().getFirst()).underlying() instanceof Type.Basic b && b.kind().isString();
                }
                if (ExprLowering.unparen(c.fun()) instanceof Expr.Ident id && info.objectOf(id) instanceof Builtin b) {
                    yield Set.of("len", "cap", "append", "copy", "make", "new", "min", "max", "complex", "real", "imag", "recover")
                            .contains(b.name());
                }
                Type result = info.typeOf(c);
                yield result != null && !(result instanceof Type.Tuple t && t.size() == 0); // a call without results is no value
            }
            case Expr.Slice s -> true;
            case Expr.Unary u -> u.op().equals("<-");
            case Expr.TypeAssert ta -> ta.type() != null && !pointerShaped(info.typeOf(ta));
            case Expr.Binary b -> b.op().equals("&&") || b.op().equals("||");
            default -> false;
        };
    }

    /** Types gc stores directly in an interface word (types.IsDirectIface): asserting to them copies nothing. */
    private static boolean pointerShaped(Type t) {
        return switch (t.underlying()) {
            case Type.Pointer p -> true;
            case Type.Chan c -> true;
            case Type.MapType m -> true;
            case Type.Signature s -> true;
            default -> false;
        };
    }
}
