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
        // Identical underlying types, and at least one of the two is not a named type (predeclared types are named).
        if ((!named(from) || !named(to)) && from.underlying().equals(to.underlying())) {
            return true;
        }
        // A bidirectional channel to a directional one with the same element type.
        return from.underlying() instanceof GoType.Chan(int d, GoType e) && d == 0
                && to.underlying() instanceof GoType.Chan(int d2, GoType e2) && e.equals(e2)
                && (!named(from) || !named(to));
    }

    private static boolean named(GoType t) {
        return t instanceof GoType.Named || t instanceof GoType.Basic;
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

    /** The representation of {@code repr} (of type {@code from}) converted to {@code to}; convertible(from, to) holds. */
    static Object convert(GoType from, Object repr, GoType to) {
        GoType.Kind f = from.kind();
        GoType.Kind t = to.kind();
        if (t == GoType.Kind.INTERFACE) {
            return from.kind() == GoType.Kind.INTERFACE ? repr : Reprs.toInterface(from, repr);
        }
        boolean fromInt = Kinds.isSignedInt(f) || Kinds.isUnsignedInt(f);
        if (fromInt || Kinds.isFloat(f)) {
            if (t == GoType.Kind.STRING) {
                return dev.goloom.runtime.GoStrings.fromRune(integer(f, repr));
            }
            if (Kinds.isSignedInt(t) || Kinds.isUnsignedInt(t)) {
                long bits = fromInt ? integer(f, repr) : Kinds.isUnsignedInt(t) && t != GoType.Kind.UINT8 && t != GoType.Kind.UINT16
                        && t != GoType.Kind.UINT32 ? dev.goloom.runtime.FloatConversions.toUint64(((Number) repr).doubleValue())
                        : dev.goloom.runtime.FloatConversions.toInt64(((Number) repr).doubleValue());
                return switch (t) {
                    case INT32, UINT32 -> (int) bits;
                    case INT16, UINT16 -> (short) bits;
                    case INT8, UINT8 -> (byte) bits;
                    default -> bits;
                };
            }
            if (Kinds.isFloat(t)) {
                double d = fromInt ? (Kinds.isUnsignedInt(f) ? dev.goloom.runtime.FloatConversions.u64ToF64(integer(f, repr))
                        : (double) integer(f, repr)) : ((Number) repr).doubleValue();
                return t == GoType.Kind.FLOAT32 ? (Object) (float) d : (Object) d;
            }
        }
        if (Kinds.isComplex(f) && Kinds.isComplex(t)) {
            dev.goloom.runtime.Complex128 c = repr instanceof dev.goloom.runtime.Complex64 c64
                    ? new dev.goloom.runtime.Complex128(c64.real(), c64.imag()) : (dev.goloom.runtime.Complex128) repr;
            return t == GoType.Kind.COMPLEX64 ? new dev.goloom.runtime.Complex64((float) c.real(), (float) c.imag()) : c;
        }
        if (f == GoType.Kind.STRING && to.underlying() instanceof GoType.Slice(GoType e)) {
            return e.kind() == GoType.Kind.UINT8 ? dev.goloom.runtime.GoStrings.toBytes((String) repr)
                    : dev.goloom.runtime.GoStrings.toRunes((String) repr);
        }
        if (t == GoType.Kind.STRING && from.underlying() instanceof GoType.Slice(GoType e)) {
            return e.kind() == GoType.Kind.UINT8 ? dev.goloom.runtime.GoStrings.fromBytes((dev.goloom.runtime.ByteSlice) repr)
                    : dev.goloom.runtime.GoStrings.fromRunes((dev.goloom.runtime.IntSlice) repr);
        }
        if (from.underlying().equals(to.underlying()) || assignable(from, to)) {
            return Reprs.copyOf(to, repr);
        }
        throw Reflect.unsupported("reflect.Value.Convert from " + from + " to " + to);
    }

    /** An integer representation's value: sign-extended for signed kinds, zero-extended for unsigned. */
    static long integer(GoType.Kind k, Object repr) {
        boolean unsigned = Kinds.isUnsignedInt(k);
        return switch (repr) {
            case Integer i -> unsigned ? i & 0xffffffffL : i;
            case Short s -> unsigned ? s & 0xffffL : s;
            case Byte b -> unsigned ? b & 0xffL : b;
            default -> ((Number) repr).longValue();
        };
    }
}
