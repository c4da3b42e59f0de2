// Type unification ("Type unification"): matching parameter types against argument types to bind type parameters.
package dev.goloom.types;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unifies types that may mention the type parameters being inferred. Unification is
 * inexact, as for assignability: a defined type matches a type literal with its underlying
 * type (binding {@code []E} against a {@code type Vec []float64} gives E = float64), and a
 * parameter bound to a type literal is rebound to a defined type with that underlying type.
 * The types of the caller's own type parameters match through their core types.
 */
final class Unify {
    /** The type parameters being inferred. */
    private final Set<Type.TypeParam> params;
    /** What each parameter is bound to so far. */
    final Map<Type.TypeParam, Type> bound = new IdentityHashMap<>();

    Unify(List<Type.TypeParam> params) {
        this.params = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        this.params.addAll(params);
    }

    boolean isParam(Type t) {
        return t instanceof Type.TypeParam tp && params.contains(tp);
    }

    /** Whether {@code t} mentions one of the parameters being inferred. */
    boolean mentionsParams(Type t) {
        return mentions(t, 0);
    }

    private boolean mentions(Type t, int depth) {
        if (depth > 32) {
            return false;
        }
        return switch (t) {
            case Type.TypeParam tp -> params.contains(tp);
            case Type.Pointer p -> mentions(p.elem(), depth + 1);
            case Type.Slice s -> mentions(s.elem(), depth + 1);
            case Type.Array a -> mentions(a.elem(), depth + 1);
            case Type.Chan ch -> mentions(ch.elem(), depth + 1);
            case Type.MapType m -> mentions(m.key(), depth + 1) || mentions(m.value(), depth + 1);
            case Type.Tuple tu -> tu.vars().stream().anyMatch(v -> mentions(v.type(), depth + 1));
            case Type.Signature s -> mentions(s.params(), depth + 1) || mentions(s.results(), depth + 1);
            case Type.Struct st -> st.fields().stream().anyMatch(f -> mentions(f.type(), depth + 1));
            case Type.Named n -> n.typeArgs().stream().anyMatch(a -> mentions(a, depth + 1));
            case Type.Interface i -> i.methods().stream().anyMatch(m -> mentions(m.type(), depth + 1));
            default -> false;
        };
    }

    boolean unify(Type x, Type y) {
        return unify(x, y, 0);
    }

    private boolean unify(Type x, Type y, int depth) {
        if (depth > 64) {
            return false;
        }
        if (isParam(y) && !isParam(x)) {
            Type t = x;
            x = y;
            y = t;
        }
        if (x instanceof Type.TypeParam tx && params.contains(tx)) {
            Type b = bound.get(tx);
            if (b == null) {
                if (y != tx) { // a parameter unified with itself learns nothing
                    bound.put(tx, y);
                }
                return true;
            }
            if (Types.identical(b, y)) {
                return true;
            }
            if (isParam(y)) {
                Type yb = bound.get((Type.TypeParam) y);
                if (yb == null) {
                    bound.put((Type.TypeParam) y, b);
                    return true;
                }
                return unify(b, yb, depth + 1);
            }
            // Inexact: a defined type wins over a literal with its underlying type.
            if (!(b instanceof Type.Named) && y instanceof Type.Named && unify(b, y.underlying(), depth + 1)) {
                bound.put(tx, y);
                return true;
            }
            return unify(b, y, depth + 1);
        }
        // (The same object may still mention parameters to bind: a generic function calling itself.)
        if (!mentionsParams(x) && !mentionsParams(y) && Types.identical(x, y)) {
            return true;
        }
        // Inexact unification: a defined type against a type literal uses its underlying type.
        if (x instanceof Type.Named xn && !(y instanceof Type.Named) && !(y instanceof Type.TypeParam)) {
            return unify(xn.underlying(), y, depth + 1);
        }
        if (y instanceof Type.Named yn && !(x instanceof Type.Named) && !(x instanceof Type.TypeParam)) {
            return unify(x, yn.underlying(), depth + 1);
        }
        // The caller's own type parameter matches through its core type.
        if (y instanceof Type.TypeParam && !(x instanceof Type.TypeParam)) {
            Type core = TypeSets.coreType(y);
            return core != null && unify(x, core, depth + 1);
        }
        return structural(x, y, depth);
    }

    /** Types of the same structure unify when their components do. */
    private boolean structural(Type x, Type y, int depth) {
        return switch (x) {
            case Type.Pointer a when y instanceof Type.Pointer b -> unify(a.elem(), b.elem(), depth + 1);
            case Type.Slice a when y instanceof Type.Slice b -> unify(a.elem(), b.elem(), depth + 1);
            case Type.Array a when y instanceof Type.Array b -> a.len() == b.len() && unify(a.elem(), b.elem(), depth + 1);
            case Type.Chan a when y instanceof Type.Chan b ->
                    (a.dir() == b.dir() || b.dir() == Type.ChanDir.BOTH) && unify(a.elem(), b.elem(), depth + 1);
            case Type.MapType a when y instanceof Type.MapType b ->
                    unify(a.key(), b.key(), depth + 1) && unify(a.value(), b.value(), depth + 1);
            case Type.Tuple a when y instanceof Type.Tuple b -> tuples(a, b, depth);
            case Type.Signature a when y instanceof Type.Signature b -> a.variadic() == b.variadic()
                    && tuples(a.params(), b.params(), depth) && tuples(a.results(), b.results(), depth);
            case Type.Struct a when y instanceof Type.Struct b -> {
                if (a.fields().size() != b.fields().size()) {
                    yield false;
                }
                for (int i = 0; i < a.fields().size(); i++) {
                    Var f = a.fields().get(i), g = b.fields().get(i);
                    if (!f.name().equals(g.name()) || f.embedded() != g.embedded()
                            || !unify(f.type(), g.type(), depth + 1)) {
                        yield false;
                    }
                }
                yield true;
            }
            case Type.Named a when y instanceof Type.Named b -> a.origin() == b.origin() && a.isInstance() && b.isInstance()
                    && lists(a.typeArgs(), b.typeArgs(), depth);
            case Type.Interface a when y instanceof Type.Interface b -> {
                if (a.methods().size() != b.methods().size()) {
                    yield false;
                }
                for (Func m : a.methods()) {
                    Func n = b.methods().stream().filter(k -> k.name().equals(m.name())).findFirst().orElse(null);
                    if (n == null || !unify(m.type(), n.type(), depth + 1)) {
                        yield false;
                    }
                }
                yield true;
            }
            default -> Types.identical(x, y);
        };
    }

    private boolean tuples(Type.Tuple a, Type.Tuple b, int depth) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!unify(a.at(i), b.at(i), depth + 1)) {
                return false;
            }
        }
        return true;
    }

    private boolean lists(List<Type> a, List<Type> b, int depth) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!unify(a.get(i), b.get(i), depth + 1)) {
                return false;
            }
        }
        return true;
    }
}
