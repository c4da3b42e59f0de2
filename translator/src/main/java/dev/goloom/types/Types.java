// Type identity, assignability and the default types of untyped constants.
package dev.goloom.types;

public final class Types {
    private Types() {}

    /**
     * The package being checked on this thread: messages name its types without a package
     * qualifier ("T", not "main.T"), as gc's qualifier does; null outside checking.
     */
    private static final ThreadLocal<Package> MESSAGE_PACKAGE = new ThreadLocal<>();

    /** Sets the package whose types print unqualified on this thread; returns the previous one. */
    static Package setMessagePackage(Package pkg) {
        Package previous = MESSAGE_PACKAGE.get();
        MESSAGE_PACKAGE.set(pkg);
        return previous;
    }

    /** Whether names from {@code pkg} print with their package name (see {@link #setMessagePackage}). */
    static boolean qualifies(Package pkg) {
        return pkg != null && pkg != MESSAGE_PACKAGE.get();
    }

    /** "Type identity": named types are identical only to themselves. */
    public static boolean identical(Type x, Type y) {
        if (x == y) {
            return true;
        }
        return switch (x) {
            case Type.Basic a when y instanceof Type.Basic b -> a.kind() == b.kind();
            case Type.Pointer a when y instanceof Type.Pointer b -> identical(a.elem(), b.elem());
            case Type.Slice a when y instanceof Type.Slice b -> identical(a.elem(), b.elem());
            case Type.Array a when y instanceof Type.Array b -> a.len() == b.len() && identical(a.elem(), b.elem());
            case Type.MapType a when y instanceof Type.MapType b ->
                    identical(a.key(), b.key()) && identical(a.value(), b.value());
            case Type.Tuple a when y instanceof Type.Tuple b -> tuplesIdentical(a, b);
            case Type.Chan a when y instanceof Type.Chan b -> a.dir() == b.dir() && identical(a.elem(), b.elem());
            case Type.Struct a when y instanceof Type.Struct b -> structsIdentical(a, b);
            case Type.Signature a when y instanceof Type.Signature b -> a.variadic() == b.variadic()
                    && tuplesIdentical(a.params(), b.params()) && tuplesIdentical(a.results(), b.results());
            case Type.Interface a when y instanceof Type.Interface b -> a.methods().size() == b.methods().size()
                    && a.comparable() == b.comparable() && termsIdentical(a.terms(), b.terms())
                    && a.methods().stream().allMatch(m -> b.methods().stream()
                        .anyMatch(n -> n.name().equals(m.name()) && identical(m.type(), n.type())));
            // Instances of one generic type are identical when their type arguments are.
            case Type.Named a when y instanceof Type.Named b -> a.isInstance() && b.isInstance()
                    && a.origin() == b.origin() && typeListsIdentical(a.typeArgs(), b.typeArgs());
            default -> false;
        };
    }

    /**
     * "Two struct types are identical if they have the same sequence of fields, and if
     * corresponding fields have the same names, identical types, and identical tags, and are
     * either both embedded or both not embedded. Non-exported field names from different
     * packages are always different."
     */
    private static boolean structsIdentical(Type.Struct a, Type.Struct b) {
        if (a.fields().size() != b.fields().size()) {
            return false;
        }
        for (int i = 0; i < a.fields().size(); i++) {
            Var f = a.fields().get(i), g = b.fields().get(i);
            if (!f.name().equals(g.name()) || f.embedded() != g.embedded() || !a.tags().get(i).equals(b.tags().get(i))
                    || !identical(f.type(), g.type()) || (!f.exported() && f.pkg() != g.pkg())) {
                return false;
            }
        }
        return true;
    }

    private static boolean typeListsIdentical(java.util.List<Type> a, java.util.List<Type> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!identical(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** Term lists (type sets) are identical when each term of one is in the other. */
    private static boolean termsIdentical(java.util.List<Type.Term> a, java.util.List<Type.Term> b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.size() == b.size() && a.stream().allMatch(x -> b.stream()
                .anyMatch(y -> x.tilde() == y.tilde() && identical(x.type(), y.type())));
    }

    private static boolean tuplesIdentical(Type.Tuple a, Type.Tuple b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!identical(a.at(i), b.at(i))) {
                return false;
            }
        }
        return true;
    }

    /** "Comparable types": == is defined on them (slices, maps and functions only compare to nil). */
    public static boolean comparable(Type t) {
        if (t instanceof Type.TypeParam) {
            return TypeSets.comparable(t);
        }
        return switch (t.underlying()) {
            case Type.Basic b -> b.kind() != BasicKind.UNTYPED_NIL && b.kind() != BasicKind.INVALID;
            case Type.Pointer p -> true;
            case Type.Interface i -> true;
            case Type.Array a -> comparable(a.elem());
            case Type.Chan ch -> true;
            case Type.Struct st -> st.fields().stream().allMatch(f -> comparable(f.type()));
            default -> false;
        };
    }

    /**
     * The underlying type, or for a type parameter its core type ({@link TypeSets#coreType});
     * INVALID when a type parameter has none. Operations that need one structure (indexing,
     * range, make, composite literals, calls) look at this.
     */
    public static Type under(Type t) {
        if (t instanceof Type.TypeParam) {
            Type core = TypeSets.coreType(t);
            return core == null ? Universe.INVALID : core;
        }
        return t.underlying();
    }

    public static boolean isUntyped(Type t) {
        return t instanceof Type.Basic b && b.kind().isUntyped();
    }

    public static boolean isInterface(Type t) {
        return t.underlying() instanceof Type.Interface;
    }

    public static BasicKind basicKind(Type t) {
        return t.underlying() instanceof Type.Basic b ? b.kind() : BasicKind.INVALID;
    }

    /** "The default type of an untyped constant is bool, rune, int, float64, complex128 or string." */
    public static Type defaultType(Type t) {
        if (!(t instanceof Type.Basic b)) {
            return t;
        }
        return switch (b.kind()) {
            case UNTYPED_BOOL -> Universe.BOOL;
            case UNTYPED_INT -> Universe.INT;
            case UNTYPED_RUNE -> Universe.RUNE;
            case UNTYPED_FLOAT -> Universe.FLOAT64;
            case UNTYPED_COMPLEX -> Universe.COMPLEX128;
            case UNTYPED_STRING -> Universe.STRING;
            default -> t;
        };
    }

    /** Whether {@code t} implements interface {@code iface} ("Method sets"). */
    public static boolean implementsInterface(Type t, Type.Interface iface) {
        return iface.isEmpty() || Lookup.missingMethod(t, iface) == null;
    }

    /** "Assignability" for a typed value x of type v to a variable of type t. */
    public static boolean assignable(Type v, Type t) {
        if (identical(v, t)) {
            return true;
        }
        Type vu = v.underlying(), tu = t.underlying();
        if (v == Universe.UNTYPED_BOOL && basicKind(t).isBoolean()) {
            return true; // an untyped boolean value (a comparison, the ok of a comma-ok receive)
        }
        boolean vNamed = v instanceof Type.Named, tNamed = t instanceof Type.Named;
        if (identical(vu, tu) && (!vNamed || !tNamed) && !(vu instanceof Type.Basic)) {
            return true;
        }
        if (tu instanceof Type.Interface iface && !(t instanceof Type.TypeParam)) {
            return implementsInterface(v, iface);
        }
        // Type parameters: a value of a type that is not named is assignable to a type
        // parameter (and the other way round) when it is assignable to (from) each type in
        // the parameter's type set.
        if (t instanceof Type.TypeParam tp && !(v instanceof Type.Named) && !(v instanceof Type.TypeParam)) {
            java.util.List<Type.Term> terms = TypeSets.terms(tp);
            return terms != null && !terms.isEmpty() && terms.stream().allMatch(term -> assignable(v, term.type()));
        }
        if (v instanceof Type.TypeParam vp && !(t instanceof Type.Named) && !(t instanceof Type.TypeParam)) {
            java.util.List<Type.Term> terms = TypeSets.terms(vp);
            return terms != null && !terms.isEmpty() && terms.stream().allMatch(term -> assignable(term.type(), t));
        }
        // "V is a bidirectional channel, T is a channel type, identical element types, and
        // at least one of V or T is not a named type."
        if (vu instanceof Type.Chan vc && tu instanceof Type.Chan tc && vc.dir() == Type.ChanDir.BOTH
                && identical(vc.elem(), tc.elem()) && (!vNamed || !tNamed)) {
            return true;
        }
        if (v == Universe.UNTYPED_NIL && t instanceof Type.TypeParam) {
            return TypeSets.allTerms(t, u -> assignable(Universe.UNTYPED_NIL, u));
        }
        return v == Universe.UNTYPED_NIL && hasNil(tu);
    }

    /** Whether nil is a value of types with underlying type {@code u} (unsafe.Pointer among them). */
    static boolean hasNil(Type u) {
        return u instanceof Type.Pointer || u instanceof Type.Signature || u instanceof Type.Slice
                || u instanceof Type.MapType || u instanceof Type.Interface || u instanceof Type.Chan
                || u instanceof Type.Basic b && b.kind() == BasicKind.UNSAFE_POINTER;
    }
}
