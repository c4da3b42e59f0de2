// Composite literals: structs, arrays, slices and maps, with elided element types ("Composite literals").
package dev.goloom.types;

import dev.goloom.constant.ConstOps;
import dev.goloom.constant.Constant;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.types.TypeAndValue.Mode;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

final class CompositeLits {
    private final Checker c;

    CompositeLits(Checker c) {
        this.c = c;
    }

    /**
     * Checks {@code lit}; {@code hint} is the element type of an enclosing literal when lit's
     * type is elided ("Within a composite literal of array, slice, or map type T, elements or
     * map keys that are themselves composite literals may elide the respective literal type if
     * it is identical to the element or key type of T. Similarly, elements or keys that are
     * addresses of composite literals may elide the &T when the element or key type is *T.").
     * The literal is recorded with its own type (T, also when the element type is *T).
     */
    TypeAndValue check(Expr.CompositeLit lit, Type hint) {
        Type t;
        if (lit.type() == null) {
            if (hint == null) {
                c.error(lit.pos(), "invalid composite literal type: missing type");
                lit.elts().forEach(this::skip);
                return Exprs.INVALID;
            }
            // An elided &T{} for a pointer element type, named (type PS *S) or a type parameter's core type.
            t = Types.under(hint) instanceof Type.Pointer p ? p.elem() : hint;
        } else if (lit.type() instanceof Expr.ArrayType at && at.len() instanceof Expr.Ellipsis) {
            Type elem = c.typeExprs.type(at.elem());
            long n = arrayElements(lit, elem, -1);
            t = new Type.Array(n, elem);
            c.info.types.put(lit.type(), new TypeAndValue(Mode.TYPE, t, null));
            return new TypeAndValue(Mode.VALUE, t, null);
        } else {
            t = c.typeExprs.type(lit.type());
        }
        switch (Types.under(t)) {
            case Type.Struct st -> struct(lit, t, st);
            case Type.Array a -> arrayElements(lit, a.elem(), a.len());
            case Type.Slice s -> arrayElements(lit, s.elem(), -1);
            case Type.MapType m -> map(lit, m);
            default -> {
                if (t != Universe.INVALID && Types.under(t) != Universe.INVALID) {
                    c.error(lit.type() == null ? lit.pos() : dev.goloom.syntax.Positions.start(lit.type()),
                            "invalid composite literal type " + t);
                }
                lit.elts().forEach(this::skip);
                if (t instanceof Type.Named) {
                    // An instance given the wrong number of type arguments (reported): a value of that type, as in types2.
                    return new TypeAndValue(Mode.VALUE, t, null);
                }
                return Exprs.INVALID;
            }
        }
        return new TypeAndValue(Mode.VALUE, t, null);
    }

    private void skip(Expr e) {
        if (e instanceof Expr.KeyValue kv) {
            if (!(kv.key() instanceof Expr.Ident)) {
                c.exprs.expr(kv.key());
            }
            skip(kv.value());
        } else if (e instanceof Expr.CompositeLit inner && inner.type() == null) {
            inner.elts().forEach(this::skip);
        } else {
            c.exprs.expr(e);
        }
    }

    /** Checks an element (or key) against {@code target}, descending into elided literals. */
    private void element(Expr e, Type target, String context) {
        if (e instanceof Expr.CompositeLit inner && inner.type() == null) {
            TypeAndValue tv = check(inner, target);
            c.info.types.put(inner, tv);
            return;
        }
        if (e instanceof Expr.Unary u && u.op().equals("&") && u.x() instanceof Expr.CompositeLit inner
                && inner.type() == null) {
            c.error(u.pos(), "invalid composite literal type: missing type");
            return;
        }
        TypeAndValue x = c.exprs.value(e);
        c.assignments.assignTo(e, x, target, context);
    }

    private void struct(Expr.CompositeLit lit, Type t, Type.Struct st) {
        if (lit.elts().isEmpty()) {
            return;
        }
        boolean keyed = lit.elts().getFirst() instanceof Expr.KeyValue;
        if (keyed) {
            Set<String> seen = new HashSet<>();
            for (Expr e : lit.elts()) {
                if (!(e instanceof Expr.KeyValue kv)) {
                    c.errorAt(e, "mixture of field:value and value elements in struct literal");
                    c.exprs.expr(e);
                    continue;
                }
                if (!(kv.key() instanceof Expr.Ident key)) {
                    c.errorAt(kv.key(), "invalid field name " + GoPrinter.expr(kv.key()) + " in struct literal");
                    skip(kv.value());
                    continue;
                }
                Var field = st.fields().stream().filter(f -> f.name().equals(key.name())).findFirst().orElse(null);
                if (field == null) {
                    c.error(key.pos(), "unknown field " + key.name() + " in struct literal of type " + t);
                    skip(kv.value());
                    continue;
                }
                if (!field.exported() && field.pkg() != c.pkg) {
                    c.error(key.pos(), "cannot refer to unexported field " + key.name() + " in struct literal of type " + t);
                }
                c.info.uses.put(key, field);
                if (!seen.add(key.name())) {
                    c.error(key.pos(), "duplicate field name " + key.name() + " in struct literal");
                    skip(kv.value());
                    continue;
                }
                element(kv.value(), field.type(), "struct literal");
            }
            return;
        }
        for (int i = 0; i < lit.elts().size(); i++) {
            Expr e = lit.elts().get(i);
            if (e instanceof Expr.KeyValue kv) {
                c.errorAt(kv, "mixture of field:value and value elements in struct literal");
                skip(kv.value());
                continue;
            }
            if (i >= st.fields().size()) {
                c.errorAt(e, "too many values in struct literal of type " + t);
                for (int j = i; j < lit.elts().size(); j++) {
                    skip(lit.elts().get(j));
                }
                return;
            }
            Var field = st.fields().get(i);
            if (!field.exported() && field.pkg() != c.pkg) {
                c.errorAt(e, "implicit assignment to unexported field " + field.name() + " in struct literal of type " + t);
            }
            element(e, field.type(), "struct literal");
        }
        if (lit.elts().size() < st.fields().size()) {
            c.error(lit.rbrace(), "too few values in struct literal of type " + t);
        }
    }

    /**
     * Elements of an array or slice literal, with optional constant keys; returns the length
     * (one past the largest index). {@code length} is the array's length, -1 if unbounded.
     */
    private long arrayElements(Expr.CompositeLit lit, Type elem, long length) {
        long next = 0, max = 0;
        Set<Long> seen = new HashSet<>();
        for (Expr e : lit.elts()) {
            Expr value = e;
            if (e instanceof Expr.KeyValue kv) {
                long n = c.indexing.index(kv.key(), length);
                if (n == -1) {
                    c.errorAt(kv.key(), "index " + GoPrinter.expr(kv.key()) + " must be integer constant");
                }
                if (n >= 0) {
                    next = n;
                }
                value = kv.value();
            } else if (length >= 0 && next >= length) {
                c.errorAt(e, "index " + next + " is out of bounds (>= " + length + ")");
                skip(e);
                next++;
                continue;
            }
            if (!seen.add(next)) {
                c.errorAt(e instanceof Expr.KeyValue kv ? kv.key() : e, "duplicate index " + next + " in array or slice literal");
            }
            element(value, elem, "array or slice literal");
            next++;
            max = Math.max(max, next);
        }
        return max;
    }

    private void map(Expr.CompositeLit lit, Type.MapType m) {
        Map<Object, Boolean> seen = new HashMap<>();
        for (Expr e : lit.elts()) {
            if (!(e instanceof Expr.KeyValue kv)) {
                c.errorAt(e, "missing key in map literal");
                skip(e);
                continue;
            }
            element(kv.key(), m.key(), "map literal");
            TypeAndValue k = c.info.types.get(kv.key());
            if (k != null && k.isConstant() && !Types.isInterface(m.key())) {
                Object key = switch (k.value()) {
                    case Constant.Int i -> i.value();
                    case Constant.Str s -> s.value();
                    case Constant.Bool b -> b.value();
                    default -> ConstOps.toRational(k.value());
                };
                if (key != null && seen.put(key, true) != null) {
                    c.errorAt(kv.key(), "duplicate key " + GoPrinter.expr(kv.key()) + " in map literal");
                }
            }
            element(kv.value(), m.value(), "map literal");
        }
    }
}
