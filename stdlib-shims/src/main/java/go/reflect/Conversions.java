// Go's assignability and convertibility between run-time types (Type.AssignableTo, ConvertibleTo, Value.Set).
package go.reflect;

import dev.goloom.runtime.GoType;

/** The spec's rules, with interface satisfaction by method names (MethodSets). */
final class Conversions {
    private Conversions() {}

    static boolean assignable(GoType from, GoType to) {
        if (from.equals(to)) {
            return true;
        }
        if (to.underlying() instanceof GoType.Interface it) {
            return MethodSets.implementsInterface(from, it);
        }
        // Identical underlying types, and at least one of the two is not a named type.
        if ((!(from instanceof GoType.Named) || !(to instanceof GoType.Named)) && from.underlying().equals(to.underlying())) {
            return true;
        }
        // A bidirectional channel to a directional one with the same element type.
        return from.underlying() instanceof GoType.Chan(int d, GoType e) && d == 0
                && to.underlying() instanceof GoType.Chan(int d2, GoType e2) && e.equals(e2)
                && (!(from instanceof GoType.Named) || !(to instanceof GoType.Named));
    }

    static boolean convertible(GoType from, GoType to) {
        if (assignable(from, to) || from.underlying().equals(to.underlying())) {
            return true;
        }
        GoType.Kind f = from.kind();
        GoType.Kind t = to.kind();
        if (numeric(f) && numeric(t) || Kinds.isComplex(f) && Kinds.isComplex(t)) {
            return true;
        }
        if (t == GoType.Kind.STRING && (Kinds.isSignedInt(f) || Kinds.isUnsignedInt(f) || bytesOrRunes(from))) {
            return true;
        }
        if (f == GoType.Kind.STRING && bytesOrRunes(to)) {
            return true;
        }
        if (from.underlying() instanceof GoType.Pointer(GoType a) && to.underlying() instanceof GoType.Pointer(GoType b)
                && !(from instanceof GoType.Named) && !(to instanceof GoType.Named)) {
            return a.underlying().equals(b.underlying());
        }
        // Slice to array or to pointer to array of the same element type.
        if (from.underlying() instanceof GoType.Slice(GoType e)) {
            if (to.underlying() instanceof GoType.Array(long n, GoType e2)) {
                return e.equals(e2);
            }
            return to.underlying() instanceof GoType.Pointer(GoType p) && p.underlying() instanceof GoType.Array(long n, GoType e2)
                    && e.equals(e2);
        }
        return false;
    }

    private static boolean numeric(GoType.Kind k) {
        return Kinds.isSignedInt(k) || Kinds.isUnsignedInt(k) || Kinds.isFloat(k);
    }

    private static boolean bytesOrRunes(GoType t) {
        return t.underlying() instanceof GoType.Slice(GoType e) && (e.kind() == GoType.Kind.UINT8 || e.kind() == GoType.Kind.INT32);
    }
}
