// Instantiation of generic types and functions with type arguments ("Instantiations"), and its checks.
package dev.goloom.types;

import dev.goloom.diag.Pos;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Positions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Instantiates {@code List[int]} and {@code F[int]}: checks the number of type arguments,
 * substitutes them ({@link Subst}) and verifies that each satisfies its constraint ("A type
 * argument satisfies its constraint"). Every instantiation is recorded in
 * {@link Info#instances} under the identifier of the generic type or function. Constraints
 * are verified once all methods are declared: a type declaration may instantiate a type
 * whose methods come later in the file.
 */
final class Instantiate {
    private final Checker c;
    /** Constraint checks waiting for the methods of the package's types to be declared. */
    private List<Runnable> pending = new ArrayList<>();

    Instantiate(Checker c) {
        this.c = c;
    }

    /** "Stack[T any]": a generic type with its type parameter list, as gc names it. */
    static String declaredString(Type.Named n) {
        return n + typeParamList(n.typeParams());
    }

    /** "[K comparable, V any]"; consecutive parameters with the same constraint share it ("[T, U any]"). */
    static String typeParamList(List<Type.TypeParam> tps) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < tps.size(); i++) {
            Type.TypeParam tp = tps.get(i);
            sb.append(tp);
            boolean sharesNext = i + 1 < tps.size() && tps.get(i + 1).constraint() == tp.constraint();
            sb.append(sharesNext ? ", " : " " + TypeSets.constraintString(tp.constraint()) + (i + 1 < tps.size() ? ", " : ""));
        }
        return sb.append(']').toString();
    }

    /**
     * Constraint checks met while a type parameter list's constraints are being set
     * ({@code [W wrap[T], T Word]}: T's constraint is not known yet when wrap[T] is met); null
     * outside such a list.
     */
    private List<Runnable> inTypeParams;

    /** Starts a type parameter list: instantiations in its constraints are verified at its end. */
    List<Runnable> beginTypeParams() {
        List<Runnable> outer = inTypeParams;
        inTypeParams = new ArrayList<>();
        return outer;
    }

    /** Ends a type parameter list: its waiting checks run now (or with the package's, when those still wait). */
    void endTypeParams(List<Runnable> outer) {
        List<Runnable> waiting = inTypeParams;
        inTypeParams = outer;
        if (outer != null) {
            outer.addAll(waiting);
        } else if (pending != null) {
            pending.addAll(waiting);
        } else {
            waiting.forEach(Runnable::run);
        }
    }

    /** Runs the waiting constraint checks; from now on checks run at once. */
    void methodsDeclared() {
        List<Runnable> waiting = pending;
        pending = null;
        waiting.forEach(Runnable::run);
    }

    /** {@code G[A, B]} in a type context: an instance of a generic type. */
    Type typeInstance(Expr.Index ix) {
        Type g = c.typeExprs.genericType(ix.x());
        List<Type> args = new ArrayList<>();
        for (Expr a : ix.indices()) {
            args.add(c.typeExprs.type(a));
        }
        if (g == Universe.INVALID) {
            return null;
        }
        if (!(g instanceof Type.Named n) || !n.isGeneric()) {
            c.errorAt(ix.x(), GoPrinter.expr(ix.x()) + " is not a generic type");
            return null;
        }
        int want = n.typeParams().size();
        if (args.size() != want) {
            c.errorAt(ix, (args.size() > want ? "too many" : "not enough") + " type arguments for type "
                    + n.obj().name() + ": have " + args.size() + ", want " + want);
            // types2 still makes the instance (its underlying type invalid): F[A] stays F[A] in later messages.
            return c.genericAliases.containsKey(n) || args.contains(Universe.INVALID) ? null : n.instance(args);
        }
        if (args.contains(Universe.INVALID)) {
            return null;
        }
        Type aliased = c.genericAliases.get(n);
        Type inst = aliased != null ? Subst.subst(aliased, Subst.map(n.typeParams(), args)) : n.instance(args);
        record(ix.x(), args, inst);
        c.mono.instance(n.typeParams(), args, ix.indices(), null);
        verifyLater(n.typeParams(), args, ix.indices(), null);
        return inst;
    }

    /** A generic function given fewer type arguments than it has: the rest come from its call. */
    record Partial(Type.Signature generic, List<Type> explicit) {}

    /** The partial instantiations, by index expression ({@code Map[int]} in {@code Map[int](xs, f)}). */
    final Map<Expr.Index, Partial> partials = new java.util.IdentityHashMap<>();

    /**
     * {@code F[A, B]} for a generic function value {@code fun}: all type arguments give the
     * instantiated signature; fewer give a signature still generic in the remaining type
     * parameters, which only a call may complete.
     */
    TypeAndValue funcInstance(Expr.Index ix, TypeAndValue fun, Type.Signature sig) {
        List<Type> args = new ArrayList<>();
        for (Expr a : ix.indices()) {
            args.add(c.typeExprs.type(a));
        }
        int want = sig.typeParams().size();
        if (args.size() > want) {
            c.errorAt(ix.indices().getLast(), "got " + args.size() + " type arguments but want " + want);
            return Exprs.INVALID;
        }
        if (args.contains(Universe.INVALID)) {
            return Exprs.INVALID;
        }
        if (args.size() < want) {
            // The rest may follow from the constraints alone (f2[byte] with B interface{ []A }).
            List<Type> all = Infer.infer(c, GoPrinter.expr(ix.x()), sig, args, List.of(), List.of(), null, false);
            if (all != null) {
                args = all;
            }
        }
        if (args.size() < want) {
            Map<Type.TypeParam, Type> m = Subst.map(sig.typeParams(), args);
            Type.Signature rest = (Type.Signature) Subst.subst(new Type.Signature(sig.params(), sig.results(), sig.variadic()), m);
            partials.put(ix, new Partial(sig, List.copyOf(args)));
            return new TypeAndValue(fun.mode(), new Type.Signature(rest.params(), rest.results(), rest.variadic(),
                    sig.typeParams().subList(args.size(), want)), null);
        }
        if (!verify(sig.typeParams(), args, ix.indices(), null)) {
            return Exprs.INVALID;
        }
        Type.Signature inst = instantiate(sig, args);
        record(ix.x(), args, inst);
        c.mono.instance(sig.typeParams(), args, ix.indices(), null);
        return new TypeAndValue(fun.mode(), inst, null);
    }

    /**
     * A generic function (or partial instantiation) {@code fun} used as a value of function
     * type {@code want}: its type arguments are inferred by unifying its signature with
     * {@code want}. Returns the instantiated signature, or null (the caller reports).
     */
    Type.Signature fromAssignment(Expr name, Expr fun, Type.Signature sig, Type.Signature want) {
        Partial partial = unparen(fun) instanceof Expr.Index ix ? partials.get(ix) : null;
        Type.Signature generic = partial != null ? partial.generic() : sig;
        Unify u = new Unify(generic.typeParams());
        if (partial != null) {
            for (int i = 0; i < partial.explicit().size(); i++) {
                u.bound.put(generic.typeParams().get(i), partial.explicit().get(i));
            }
        }
        if (!u.unify(new Type.Signature(generic.params(), generic.results(), generic.variadic()), want)) {
            return null;
        }
        // Constraint type inference: slices.Compare as a func([]string, []string) int gives S, then E from S ~[]E.
        Infer.constraintInference(u, generic.typeParams());
        Map<Type.TypeParam, Type> bound = Infer.resolved(u, generic.typeParams());
        List<Type> args = new ArrayList<>();
        for (Type.TypeParam tp : generic.typeParams()) {
            Type t = bound.get(tp);
            if (t == null) {
                return null;
            }
            args.add(t);
        }
        if (!verify(generic.typeParams(), args, null, Positions.start(fun))) {
            return null;
        }
        Type.Signature inst = instantiate(generic, args);
        record(name, args, inst);
        c.mono.instance(generic.typeParams(), args, null, Positions.start(fun));
        return inst;
    }

    /** Records an instantiation under the identifier that names the generic type or function. */
    void record(Expr generic, List<Type> args, Type instance) {
        Expr.Ident id = switch (unparen(generic)) {
            case Expr.Ident i -> i;
            case Expr.Selector s -> s.sel();
            default -> null;
        };
        if (id != null) {
            c.info.instances.put(id, new Info.Instance(List.copyOf(args), instance));
        }
    }

    static Expr unparen(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e;
    }

    /** The signature {@code sig} with its type parameters replaced by {@code args}. */
    static Type.Signature instantiate(Type.Signature sig, List<Type> args) {
        Map<Type.TypeParam, Type> m = Subst.map(sig.typeParams(), args);
        Type.Signature s = (Type.Signature) Subst.subst(new Type.Signature(sig.params(), sig.results(), sig.variadic()), m);
        return s;
    }

    /**
     * Verifies that each type argument satisfies its (substituted) constraint; errors at the
     * corresponding argument expression, or at {@code at} for inferred arguments. Returns
     * false when one does not (or, when delayed, true).
     */
    boolean verifyLater(List<Type.TypeParam> tps, List<Type> args, List<Expr> argExprs, Pos at) {
        if (inTypeParams != null) {
            inTypeParams.add(() -> verify(tps, args, argExprs, at));
            return true;
        }
        if (pending != null) {
            pending.add(() -> verify(tps, args, argExprs, at));
            return true;
        }
        return verify(tps, args, argExprs, at);
    }

    boolean verify(List<Type.TypeParam> tps, List<Type> args, List<Expr> argExprs, Pos at) {
        Map<Type.TypeParam, Type> m = Subst.map(tps, args);
        for (int i = 0; i < tps.size() && i < args.size(); i++) {
            Type constraint = Subst.subst(tps.get(i).constraint(), m);
            String why = TypeSets.unsatisfied(args.get(i), constraint);
            if (why != null) {
                Pos pos = argExprs != null && i < argExprs.size() ? Positions.start(argExprs.get(i)) : at;
                String cs = constraint == tps.get(i).constraint() ? TypeSets.constraintString(constraint) : constraint.toString();
                if (constraint.underlying() instanceof Type.Interface ci && ci.comparable() && ci.methods().isEmpty()
                        && ci.terms() == null) {
                    cs = tps.get(i).constraint() instanceof Type.Named ? tps.get(i).constraint().toString() : "comparable";
                }
                c.error(pos, args.get(i) + " does not satisfy " + cs + why);
                return false;
            }
        }
        return true;
    }
}
