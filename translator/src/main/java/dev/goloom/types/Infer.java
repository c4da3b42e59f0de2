// Type inference for calls of generic functions ("Type inference"): from typed arguments, core types of constraints and untyped defaults.
package dev.goloom.types;

import dev.goloom.diag.Pos;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Positions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Infers the missing type arguments of a call, in the spec's order: (1) unify each
 * parameter type that mentions a type parameter with the type of its typed argument;
 * (2) constraint type inference — a parameter whose constraint has a core type is unified
 * with it ({@code S ~[]E} bound to {@code Vec} gives E); (3) a parameter still unbound whose
 * parameter type is the type parameter itself and whose arguments are untyped constants
 * takes the default type of the largest kind among them (Go 1.21); (4) constraint type
 * inference again. Errors use gc's words ("in call to F, cannot infer T").
 */
final class Infer {
    private Infer() {}

    /** The argument of a call as checked: expression and operand. */
    record Arg(Expr expr, TypeAndValue tv) {}

    /**
     * All type arguments of {@code sig} (explicit ones first), or null after reporting why
     * they cannot be inferred. {@code params} are the parameter types each argument is
     * passed to (variadics expanded); {@code at} is where gc reports a failed inference.
     */
    static List<Type> infer(Checker c, String callee, Type.Signature sig, List<Type> explicit, List<Type> params,
            List<Arg> args, Pos at) {
        return infer(c, callee, sig, explicit, params, args, at, true);
    }

    /** As above; when not {@code report}, failure returns null without an error. */
    static List<Type> infer(Checker c, String callee, Type.Signature sig, List<Type> explicit, List<Type> params,
            List<Arg> args, Pos at, boolean report) {
        // Infer fresh copies of the type parameters: inside the generic function itself, the
        // arguments' types mention its own parameters (a recursive call), which must not be
        // confused with the ones being inferred (go/types renames them the same way).
        List<Type.TypeParam> tps = new ArrayList<>();
        for (Type.TypeParam tp : sig.typeParams()) {
            tps.add(new Type.TypeParam(tp.obj(), tp.index()));
        }
        Map<Type.TypeParam, Type> renamed = Subst.map(sig.typeParams(), new ArrayList<>(tps));
        for (int i = 0; i < tps.size(); i++) {
            tps.get(i).setConstraint(Subst.subst(sig.typeParams().get(i).constraint(), renamed));
        }
        params = params.stream().map(p -> Subst.subst(p, renamed)).toList();
        Unify u = new Unify(tps);
        for (int i = 0; i < explicit.size() && i < tps.size(); i++) {
            u.bound.put(tps.get(i), explicit.get(i));
        }
        // (1) Typed arguments.
        List<Integer> untyped = new ArrayList<>();
        for (int i = 0; i < args.size() && i < params.size(); i++) {
            Type p = params.get(i);
            Arg a = args.get(i);
            if (a.tv().mode() == TypeAndValue.Mode.INVALID || !u.mentionsParams(p) || Exprs.isGenericFunc(a.tv())) {
                continue; // a generic function argument is instantiated once the others have given the types
            }
            Type at0 = a.tv().type();
            if (Types.isUntyped(at0)) {
                if (p instanceof Type.TypeParam && at0 != Universe.UNTYPED_NIL) {
                    untyped.add(i);
                }
                continue;
            }
            if (!u.unify(p, at0)) {
                Type inferred = Subst.subst(p, resolved(u, tps));
                String argText = GoPrinter.expr(a.expr());
                if (inferred != p) {
                    c.errorAt(a.expr(), "in call to " + callee + ", type " + at0 + " of " + argText
                            + " does not match inferred type " + inferred + " for " + p);
                } else {
                    c.errorAt(a.expr(), "in call to " + callee + ", type " + at0 + " of " + argText
                            + " does not match " + p + " (cannot infer " + names(tps) + ")");
                }
                return null;
            }
        }
        // (2) Constraint type inference.
        constraintInference(u, tps);
        // (3) Untyped constants: the default type of the largest kind per type parameter.
        for (Type.TypeParam tp : tps) {
            if (u.bound.containsKey(tp)) {
                continue;
            }
            Type largest = null;
            for (int i : untyped) {
                if (params.get(i) != tp) {
                    continue;
                }
                Arg a = args.get(i);
                Type t = a.tv().type();
                if (largest == null) {
                    largest = t;
                    continue;
                }
                BasicKind x = Types.basicKind(largest), y = Types.basicKind(t);
                if (x.isNumeric() && y.isNumeric()) {
                    largest = y.ordinal() > x.ordinal() ? t : largest;
                } else if (x != y) {
                    c.errorAt(a.expr(), "in call to " + callee + ", mismatched types " + largest + " and " + t
                            + " (cannot infer " + tp + ")");
                    return null;
                }
            }
            if (largest != null) {
                u.bound.put(tp, Types.defaultType(largest));
            }
        }
        constraintInference(u, tps);
        Map<Type.TypeParam, Type> m = resolved(u, tps);
        List<Type> out = new ArrayList<>();
        for (Type.TypeParam tp : tps) {
            Type t = m.get(tp);
            if (t == null) {
                if (!report) {
                    return null;
                }
                c.error(at, "in call to " + callee + ", cannot infer " + tp + " (declared at " + tp.obj().pos() + ")");
                return null;
            }
            out.add(t);
        }
        return out;
    }

    /** Unifies each type parameter (or its binding) with its constraint's core type, until nothing changes. */
    static void constraintInference(Unify u, List<Type.TypeParam> tps) {
        for (int round = 0; round < tps.size() + 1; round++) {
            int before = u.bound.size();
            for (Type.TypeParam tp : tps) {
                Type.Interface iface = tp.iface();
                if (iface.terms() == null || iface.terms().size() != 1) {
                    continue;
                }
                Type.Term term = iface.terms().getFirst();
                Type b = u.bound.get(tp);
                if (b == null) {
                    if (!term.tilde()) {
                        u.bound.put(tp, term.type());
                    }
                    continue;
                }
                Type core = term.tilde() ? (b instanceof Type.TypeParam ? TypeSets.coreType(b) : b.underlying()) : b;
                if (core != null) {
                    u.unify(term.type(), core);
                }
            }
            if (u.bound.size() == before) {
                return;
            }
        }
    }

    /** The bindings with type parameters inside them replaced by their own bindings (to a fixed point). */
    static Map<Type.TypeParam, Type> resolved(Unify u, List<Type.TypeParam> tps) {
        Map<Type.TypeParam, Type> m = new java.util.IdentityHashMap<>(u.bound);
        for (int round = 0; round < tps.size(); round++) {
            boolean changed = false;
            for (Map.Entry<Type.TypeParam, Type> e : m.entrySet()) {
                Type s = Subst.subst(e.getValue(), m);
                if (s != e.getValue()) {
                    e.setValue(s);
                    changed = true;
                }
            }
            if (!changed) {
                break;
            }
        }
        // A binding that still mentions an unbound parameter is no answer yet.
        Unify unbound = new Unify(tps.stream().filter(tp -> !m.containsKey(tp)).toList());
        m.entrySet().removeIf(e -> unbound.mentionsParams(e.getValue()));
        return m;
    }

    /** "T", "T and U", "T, U, and V" (gc's list of type parameters). */
    static String names(List<Type.TypeParam> tps) {
        List<String> n = tps.stream().map(Type.TypeParam::toString).toList();
        return switch (n.size()) {
            case 1 -> n.getFirst();
            case 2 -> n.get(0) + " and " + n.get(1);
            default -> String.join(", ", n.subList(0, n.size() - 1)) + ", and " + n.getLast();
        };
    }

    static Pos start(Expr e) {
        return Positions.start(e);
    }
}
