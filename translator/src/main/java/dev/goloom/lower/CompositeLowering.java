// Lowers composite literals: structs (constructor with every field), arrays, slices and maps.
package dev.goloom.lower;

import com.github.javaparser.ast.ArrayCreationLevel;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.ArrayCreationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ArrayType;
import dev.goloom.constant.ConstOps;
import dev.goloom.syntax.Expr;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import dev.goloom.types.Var;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code T{X: 1}} is {@code new T(1L, 0L)}: the all-fields constructor, missing fields as zero
 * values. Arrays are Java array initializers; slices are {@code LongSlice.of(...)}; maps are
 * {@code GoMap.of(k0, v0, ...)}. An element literal with elided type takes the element type
 * (and {@code &T} when the element type is a pointer).
 */
final class CompositeLowering {
    private final ExprLowering exprs;
    private final LoweringContext ctx;

    CompositeLowering(ExprLowering exprs) {
        this.exprs = exprs;
        this.ctx = exprs.ctx;
    }

    /** The literal {@code lit} whose (possibly elided) type is {@code t}. */
    Expression literal(Expr.CompositeLit lit, Type t) {
        if (t.underlying() instanceof Type.Pointer p) {
            if (ctx.isArrayView(t)) {
                return exprs.arrayView(literal(lit, p.elem()), (Type.Array) p.elem().underlying());
            }
            // An elided &T{…} element, also of a defined pointer type (type PS *S).
            t = p.elem();
        }
        return switch (t.underlying()) {
            case Type.Struct st -> struct(lit, t, st);
            case Type.Array a -> array(lit, a);
            case Type.Slice s -> slice(lit, s);
            case Type.MapType m -> map(lit, m);
            default -> exprs.unsupported(lit, "composite literal of type " + t);
        };
    }

    /** An element value: elided literals take {@code elemType}. */
    private Expression element(Expr e, Type elemType) {
        if (e instanceof Expr.CompositeLit inner && inner.type() == null) {
            return literal(inner, elemType);
        }
        return exprs.valueFor(e, elemType);
    }

    private Expression struct(Expr.CompositeLit lit, Type t, Type.Struct st) {
        var cls = ctx.javaTypes.structClassOf(t);
        if (lit.elts().isEmpty()) {
            return new ObjectCreationExpr(null, cls, new NodeList<>());
        }
        Expression[] values = new Expression[st.fields().size()];
        boolean keyed = lit.elts().getFirst() instanceof Expr.KeyValue;
        for (int i = 0; i < lit.elts().size(); i++) {
            Expr e = lit.elts().get(i);
            if (keyed) {
                Expr.KeyValue kv = (Expr.KeyValue) e;
                String name = ((Expr.Ident) kv.key()).name();
                int index = indexOf(st, name);
                values[index] = element(kv.value(), st.fields().get(index).type());
            } else if (st.fields().get(i).name().equals("_") && EffectFree.test(e, ctx.info)) {
                values[i] = null; // a blank field is not initialized: it stays zero (reflect can read it)
            } else {
                values[i] = element(e, st.fields().get(i).type());
            }
        }
        NodeList<Expression> args = new NodeList<>();
        for (int i = 0; i < values.length; i++) {
            args.add(values[i] != null ? values[i] : ctx.javaTypes.zero(st.fields().get(i).type()));
        }
        return new ObjectCreationExpr(null, cls, args);
    }

    private static int indexOf(Type.Struct st, String name) {
        for (int i = 0; i < st.fields().size(); i++) {
            if (st.fields().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new IllegalStateException("no field " + name);
    }

    /** Element values by index (keys are constant indexes); gaps are null. */
    private List<Expression> indexed(Expr.CompositeLit lit, Type elem, long length) {
        List<Expression> out = new ArrayList<>();
        long max = Math.max(length, maxIndex(lit) + 1);
        if (max > 4096 && max > 2L * lit.elts().size()) {
            // Writing every zero element would make an enormous literal.
            ctx.unsupported(lit.pos(), "sparse composite literals with more than 4096 elements");
            return out;
        }
        long next = 0;
        for (Expr e : lit.elts()) {
            Expr value = e;
            if (e instanceof Expr.KeyValue kv) {
                TypeAndValue key = ctx.info.typeAndValue(kv.key());
                next = ConstOps.toInteger(key.value()).longValue();
                value = kv.value();
            }
            while (out.size() <= next) {
                out.add(null);
            }
            out.set((int) next, element(value, elem));
            next++;
        }
        while (out.size() < length) {
            out.add(null);
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i) == null) {
                out.set(i, ctx.javaTypes.zero(elem));
            }
        }
        return out;
    }

    /** The largest index a keyed array or slice literal sets (elements without keys count on). */
    private long maxIndex(Expr.CompositeLit lit) {
        long next = 0, max = -1;
        for (Expr e : lit.elts()) {
            if (e instanceof Expr.KeyValue kv) {
                TypeAndValue key = ctx.info.typeAndValue(kv.key());
                if (key != null && key.value() != null) {
                    next = ConstOps.toInteger(key.value()).longValue();
                }
            }
            max = Math.max(max, next);
            next++;
        }
        return max;
    }

    private Expression array(Expr.CompositeLit lit, Type.Array a) {
        var elem = JavaTypes.raw(ctx.javaTypes.of(a.elem()));
        if (lit.elts().isEmpty()) {
            return ctx.javaTypes.zero(a);
        }
        List<Expression> values = indexed(lit, a.elem(), a.len());
        return new ArrayCreationExpr(elem instanceof ArrayType at ? at.getElementType() : elem,
                NodeList.nodeList(elem instanceof ArrayType at ? arrayLevels(at) : List.of(new ArrayCreationLevel())),
                new ArrayInitializerExpr(new NodeList<>(values)));
    }

    private static List<ArrayCreationLevel> arrayLevels(ArrayType t) {
        List<ArrayCreationLevel> levels = new ArrayList<>();
        levels.add(new ArrayCreationLevel());
        com.github.javaparser.ast.type.Type cur = t;
        while (cur instanceof ArrayType at) {
            levels.add(new ArrayCreationLevel());
            cur = at.getComponentType();
        }
        return levels;
    }

    private Expression slice(Expr.CompositeLit lit, Type.Slice s) {
        // []T{} is an empty, non-nil slice.
        return ctx.javaTypes.sliceCall(s.elem(), "of", lit.elts().isEmpty() ? List.of() : indexed(lit, s.elem(), 0));
    }

    private Expression map(Expr.CompositeLit lit, Type.MapType m) {
        NodeList<Expression> args = new NodeList<>();
        for (Expr e : lit.elts()) {
            Expr.KeyValue kv = (Expr.KeyValue) e;
            args.add(element(kv.key(), m.key()));
            args.add(element(kv.value(), m.value()));
        }
        // Struct objects are keys by value only when the key type says so (else they are pointers).
        var call = new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoMap")),
                structValuedKey(m.key()) ? "ofStructKeys" : "of", args);
        call.setTypeArguments(ctx.javaTypes.boxed(m.key()), ctx.javaTypes.boxed(m.value()));
        return call;
    }

    /**
     * Whether a map with this key type holds struct values in its keys (a struct type, or arrays
     * of them), so that GoMap compares struct objects by their fields; otherwise a struct object
     * in a key is a pointer, compared by identity ({@code GoMap.structKeys}).
     */
    static boolean structValuedKey(Type key) {
        return switch (key.underlying()) {
            case Type.Struct s -> true;
            case Type.Array a -> structValuedKey(a.elem());
            default -> false;
        };
    }
}
