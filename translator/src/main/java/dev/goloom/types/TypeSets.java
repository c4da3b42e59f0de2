// Type sets of constraint interfaces and type parameters ("Interface types", "Core types", "Satisfying a type constraint").
package dev.goloom.types;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The type set of an interface is the intersection of its elements' sets: methods, the
 * union terms ({@code ~int | string}) and {@code comparable}. {@link Type.Interface#terms()}
 * holds the terms already intersected (null: not restricted by terms). A type parameter's
 * operations are those every type in its constraint's type set allows ({@link #allTerms}),
 * and its core type is the one underlying type all of them share ({@link #coreType}).
 */
public final class TypeSets {
    private TypeSets() {}

    /** Whether {@code t} is or contains a type parameter (its properties then depend on the instance). */
    static boolean mentionsTypeParam(Type t) {
        return mentions(t, 0);
    }

    private static boolean mentions(Type t, int depth) {
        if (depth > 32) {
            return false;
        }
        return switch (t) {
            case Type.TypeParam tp -> true;
            case Type.Pointer p -> mentions(p.elem(), depth + 1);
            case Type.Slice s -> mentions(s.elem(), depth + 1);
            case Type.Array a -> mentions(a.elem(), depth + 1);
            case Type.Chan ch -> mentions(ch.elem(), depth + 1);
            case Type.MapType m -> mentions(m.key(), depth + 1) || mentions(m.value(), depth + 1);
            case Type.Tuple tu -> tu.vars().stream().anyMatch(v -> mentions(v.type(), depth + 1));
            case Type.Signature s -> mentions(s.params(), depth + 1) || mentions(s.results(), depth + 1);
            case Type.Struct st -> st.fields().stream().anyMatch(f -> mentions(f.type(), depth + 1));
            case Type.Named n -> n.typeArgs().stream().anyMatch(a -> mentions(a, depth + 1));
            default -> false;
        };
    }

    /** How a constraint prints in "T constrained by C": implicit interfaces as their terms. */
    static String constraintString(Type c) {
        if (c == Universe.ANY) {
            return "any";
        }
        if (c instanceof Type.Interface i && i.methods().isEmpty() && i.terms() != null && !i.comparable()) {
            return termsString(i.terms());
        }
        return c.toString();
    }

    static String termsString(List<Type.Term> terms) {
        return terms.isEmpty() ? "∅" : String.join(" | ", terms.stream().map(Type.Term::toString).toList());
    }

    /** The intersection of two term lists (null stands for all types). */
    static List<Type.Term> intersect(List<Type.Term> a, List<Type.Term> b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        List<Type.Term> out = new ArrayList<>();
        for (Type.Term x : a) {
            for (Type.Term y : b) {
                Type.Term z = intersect(x, y);
                if (z != null && out.stream().noneMatch(t -> t.tilde() == z.tilde() && Types.identical(t.type(), z.type()))) {
                    out.add(z);
                }
            }
        }
        return List.copyOf(out);
    }

    private static Type.Term intersect(Type.Term x, Type.Term y) {
        if (x.tilde() && y.tilde()) {
            return Types.identical(x.type(), y.type()) ? x : null;
        }
        if (x.tilde()) {
            return Types.identical(x.type(), y.type().underlying()) ? y : null;
        }
        if (y.tilde()) {
            return Types.identical(y.type(), x.type().underlying()) ? x : null;
        }
        return Types.identical(x.type(), y.type()) ? x : null;
    }

    /** Whether type {@code t} is in the set of {@code term}. */
    static boolean inTerm(Type t, Type.Term term) {
        return term.tilde() ? Types.identical(t.underlying(), term.type()) : Types.identical(t, term.type());
    }

    /** The terms of a type parameter's type set; null when its set is not restricted by terms. */
    static List<Type.Term> terms(Type.TypeParam tp) {
        return tp.iface().terms();
    }

    /**
     * Whether {@code p} holds for {@code t}'s underlying type, or, for a type parameter, for the
     * underlying type of every type in its type set (false when the set has no specific terms).
     */
    static boolean allTerms(Type t, Predicate<Type> p) {
        if (t instanceof Type.TypeParam tp) {
            List<Type.Term> terms = terms(tp);
            if (terms == null || terms.isEmpty()) {
                return false;
            }
            for (Type.Term term : terms) {
                if (!allTerms(term.type(), p)) {
                    return false;
                }
            }
            return true;
        }
        return p.test(t.underlying());
    }

    /** The first type of {@code tp}'s type set for which {@code p} fails, or null. */
    static Type firstFailing(Type.TypeParam tp, Predicate<Type> p) {
        List<Type.Term> terms = terms(tp);
        if (terms == null) {
            return null;
        }
        for (Type.Term term : terms) {
            if (!allTerms(term.type(), p)) {
                return term.type();
            }
        }
        return null;
    }

    /**
     * "The core type": for a type that is not a type parameter its underlying type; for a type
     * parameter the single underlying type of all types in its type set, or null when there
     * is none (no specific terms, or terms with different underlying types).
     */
    public static Type coreType(Type t) {
        if (!(t instanceof Type.TypeParam tp)) {
            return t.underlying();
        }
        List<Type.Term> terms = terms(tp);
        if (terms == null || terms.isEmpty()) {
            return null;
        }
        Type core = null;
        for (Type.Term term : terms) {
            Type u = coreType(term.type());
            if (u == null) {
                return null;
            }
            if (core == null) {
                core = u;
            } else if (!Types.identical(core, u)) {
                // Channels of identical element types but different directions share the
                // restricted direction; anything else has no core type.
                if (core instanceof Type.Chan a && u instanceof Type.Chan b && Types.identical(a.elem(), b.elem())) {
                    if (a.dir() == Type.ChanDir.BOTH) {
                        core = b;
                    } else if (b.dir() != Type.ChanDir.BOTH && b.dir() != a.dir()) {
                        return null;
                    }
                    continue;
                }
                return null;
            }
        }
        return core;
    }

    /** Like {@link #coreType}, but []byte and string count as one (for append, copy, slicing of bytes). */
    static Type coreString(Type t) {
        if (!(t instanceof Type.TypeParam tp) || terms(tp) == null) {
            return coreType(t);
        }
        boolean allBytesOrString = allTerms(t, u -> Types.basicKind(u).isString()
                || u instanceof Type.Slice s && Types.basicKind(s.elem()) == BasicKind.UINT8);
        boolean anyString = terms(tp).stream().anyMatch(term -> Types.basicKind(term.type()).isString());
        return allBytesOrString && anyString ? Universe.STRING : coreType(t);
    }

    /** "Strictly comparable" extended to type parameters: the constraint is or implies comparable. */
    static boolean comparable(Type t) {
        if (t instanceof Type.TypeParam tp) {
            Type.Interface i = tp.iface();
            return i.comparable() || i.terms() != null && allTerms(tp, Types::comparable);
        }
        return Types.comparable(t);
    }

    /**
     * Why type argument {@code arg} does not satisfy {@code constraint} (the text after
     * "does not satisfy C"), "" when it does not without further detail, or null when it does.
     */
    static String unsatisfied(Type arg, Type constraint) {
        if (!(constraint.underlying() instanceof Type.Interface iface)) {
            return null;
        }
        if (arg == Universe.INVALID) {
            return null;
        }
        if (iface.terms() != null) {
            if (arg instanceof Type.TypeParam tp) {
                List<Type.Term> own = terms(tp);
                if (own == null) {
                    return " (" + arg + " missing in " + termsString(iface.terms()) + ")";
                }
                for (Type.Term t : own) {
                    boolean covered = iface.terms().stream().anyMatch(c -> c.tilde()
                            ? Types.identical(t.type().underlying(), c.type())
                            : !t.tilde() && Types.identical(t.type(), c.type()));
                    if (!covered) {
                        return " (" + t + " missing in " + termsString(iface.terms()) + ")";
                    }
                }
            } else if (iface.terms().stream().noneMatch(term -> inTerm(arg, term))) {
                return " (" + arg + " missing in " + termsString(iface.terms()) + ")";
            }
        }
        if (!iface.methods().isEmpty()) {
            String missing = Lookup.missingMethod(arg, new Type.Interface(iface.methods()));
            if (missing != null) {
                return " (" + missing + ")";
            }
        }
        if (iface.comparable() && !comparable(arg)) {
            return "";
        }
        return null;
    }
}
