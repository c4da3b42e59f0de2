// Substitution of type arguments for type parameters ("Instantiations"): the types of instances.
package dev.goloom.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces type parameters by types throughout a type. Types without any of the parameters
 * come back as the same object, so substitution never copies more than it changes; instances
 * of generic types are substituted by instantiating the origin again with substituted
 * arguments, so {@code List[T]} inside {@code List}'s own declaration becomes {@code List[int]}.
 */
final class Subst {
    private Subst() {}

    /** The map from each of {@code params} to the argument at the same index. */
    static Map<Type.TypeParam, Type> map(List<Type.TypeParam> params, List<Type> args) {
        Map<Type.TypeParam, Type> m = new IdentityHashMap<>();
        for (int i = 0; i < params.size() && i < args.size(); i++) {
            m.put(params.get(i), args.get(i));
        }
        return m;
    }

    /** {@code t} with every type parameter in {@code m} replaced by its type. */
    static Type subst(Type t, Map<Type.TypeParam, Type> m) {
        if (m.isEmpty() || t == null) {
            return t;
        }
        return switch (t) {
            case Type.TypeParam tp -> m.getOrDefault(tp, tp);
            case Type.Basic b -> b;
            case Type.Pointer p -> {
                Type e = subst(p.elem(), m);
                yield e == p.elem() ? p : new Type.Pointer(e);
            }
            case Type.Slice s -> {
                Type e = subst(s.elem(), m);
                yield e == s.elem() ? s : new Type.Slice(e);
            }
            case Type.Array a -> {
                Type e = subst(a.elem(), m);
                yield e == a.elem() ? a : new Type.Array(a.len(), e);
            }
            case Type.Chan ch -> {
                Type e = subst(ch.elem(), m);
                yield e == ch.elem() ? ch : new Type.Chan(ch.dir(), e);
            }
            case Type.MapType mt -> {
                Type k = subst(mt.key(), m), v = subst(mt.value(), m);
                yield k == mt.key() && v == mt.value() ? mt : new Type.MapType(k, v);
            }
            case Type.Tuple tu -> tuple(tu, m);
            case Type.Signature sig -> {
                Type.Tuple params = tuple(sig.params(), m), results = tuple(sig.results(), m);
                yield params == sig.params() && results == sig.results() ? sig
                        : new Type.Signature(params, results, sig.variadic(), sig.typeParams());
            }
            case Type.Struct st -> {
                List<Var> fields = new ArrayList<>();
                boolean changed = false;
                for (Var f : st.fields()) {
                    Type ft = subst(f.type(), m);
                    changed |= ft != f.type();
                    fields.add(ft == f.type() ? f : Var.field(f.name(), f.pos(), f.pkg(), ft, f.embedded()));
                }
                yield changed ? new Type.Struct(List.copyOf(fields), st.tags()) : st;
            }
            case Type.Interface iface -> {
                List<Func> methods = new ArrayList<>();
                boolean changed = false;
                for (Func f : iface.methods()) {
                    Type ft = subst(f.type(), m);
                    changed |= ft != f.type();
                    methods.add(ft == f.type() ? f : new Func(f.name(), f.pos(), f.pkg(), (Type.Signature) ft));
                }
                List<Type.Term> terms = null;
                if (iface.terms() != null) {
                    terms = new ArrayList<>();
                    for (Type.Term term : iface.terms()) {
                        Type tt = subst(term.type(), m);
                        changed |= tt != term.type();
                        terms.add(tt == term.type() ? term : new Type.Term(term.tilde(), tt));
                    }
                }
                yield changed ? new Type.Interface(List.copyOf(methods), terms == null ? null : List.copyOf(terms),
                        iface.comparable()) : iface;
            }
            case Type.Named n when n.isInstance() -> {
                List<Type> args = new ArrayList<>();
                boolean changed = false;
                for (Type a : n.typeArgs()) {
                    Type s = subst(a, m);
                    changed |= s != a;
                    args.add(s);
                }
                yield changed ? n.origin().instance(args) : n;
            }
            case Type.Named n -> n;
        };
    }

    private static Type.Tuple tuple(Type.Tuple t, Map<Type.TypeParam, Type> m) {
        List<Var> vars = new ArrayList<>();
        boolean changed = false;
        for (Var v : t.vars()) {
            Type vt = subst(v.type(), m);
            changed |= vt != v.type();
            vars.add(vt == v.type() ? v : new Var(v.name(), v.pos(), v.pkg(), vt, false));
        }
        return changed ? new Type.Tuple(List.copyOf(vars)) : t;
    }
}
