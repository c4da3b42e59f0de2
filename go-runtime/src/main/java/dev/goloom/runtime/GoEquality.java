// Go's == and a hash consistent with it for values Java's equals gets wrong: floats (NaN, ±0), arrays, interfaces.
package dev.goloom.runtime;

import java.util.Arrays;

/**
 * Java's {@code Double.equals} says NaN equals NaN and 0.0 differs from -0.0; Go's {@code ==}
 * says the opposite. Generated {@code equals}/{@code hashCode} of comparable structs call these
 * for float fields, interface fields and array fields, and {@link GoMap} uses them for keys.
 *
 * <p>Invariant: {@code equal(a, b)} implies {@code hash(a) == hash(b)}. A value containing NaN
 * is not equal even to itself, so such a map key can never be found again, as in Go.
 */
public final class GoEquality {
    private GoEquality() {}

    public static boolean equal(double a, double b) {
        return a == b;
    }

    public static boolean equal(float a, float b) {
        return a == b;
    }

    /** Hash of a float64 under Go's ==: -0.0 hashes as 0.0 (NaN's hash is never used for a match). */
    public static int hash(double v) {
        return v == 0 ? 0 : Double.hashCode(v);
    }

    public static int hash(float v) {
        return v == 0 ? 0 : Float.hashCode(v);
    }

    /**
     * {@code a == b} for interface values and other references: boxed floats by value with
     * Go's rules, Java arrays (Go arrays) element by element, the rest by {@code equals}.
     * Both sides must have the same dynamic type to be equal, as in Go.
     */
    public static boolean equal(Object a, Object b) {
        return switch (a) {
            case null -> b == null;
            // Interface values holding the same uncomparable type panic (different types are unequal).
            case Boxed x when b instanceof Boxed y && x.type().equals(y.type()) && !comparable(x.type()) ->
                    throw new GoPanic(new RuntimeError("runtime error: comparing uncomparable type " + x.type()));
            case Double d -> b instanceof Double e && d.doubleValue() == e.doubleValue();
            case Float f -> b instanceof Float g && f.floatValue() == g.floatValue();
            case double[] x -> b instanceof double[] y && GoArrays.equal(x, y);
            case float[] x -> b instanceof float[] y && GoArrays.equal(x, y);
            case Object[] x -> b instanceof Object[] y && x.getClass() == y.getClass() && GoArrays.equal(x, y);
            case long[] x -> b instanceof long[] y && Arrays.equals(x, y);
            case int[] x -> b instanceof int[] y && Arrays.equals(x, y);
            case short[] x -> b instanceof short[] y && Arrays.equals(x, y);
            case byte[] x -> b instanceof byte[] y && Arrays.equals(x, y);
            case boolean[] x -> b instanceof boolean[] y && Arrays.equals(x, y);
            // Only pointers to arrays that are views get here as slice objects (slices are not comparable).
            case SliceBase x -> b instanceof SliceBase y && SliceBase.samePointer(x, y);
            default -> a.equals(b);
        };
    }

    /**
     * {@code a == b} for interface values: as {@link #equal(Object, Object)}, except that a
     * struct object in an interface is a pointer (compared by identity, not by its fields).
     */
    public static boolean equalInterfaces(Object a, Object b) {
        if (a instanceof GoStruct<?> || b instanceof GoStruct<?>) {
            return a == b;
        }
        return equal(a, b);
    }

    /** A hash consistent with {@link #equal(Object, Object)}. */
    public static int hash(Object v) {
        return switch (v) {
            case null -> 0;
            case Double d -> hash(d.doubleValue());
            case Float f -> hash(f.floatValue());
            case double[] x -> GoArrays.hash(x);
            case float[] x -> GoArrays.hash(x);
            case Object[] x -> GoArrays.hash(x);
            case long[] x -> Arrays.hashCode(x);
            case int[] x -> Arrays.hashCode(x);
            case short[] x -> Arrays.hashCode(x);
            case byte[] x -> Arrays.hashCode(x);
            case boolean[] x -> Arrays.hashCode(x);
            case SliceBase s -> SliceBase.pointerHash(s);
            default -> v.hashCode();
        };
    }

    /**
     * The dynamic type that makes a map key unhashable, or null: an interface value holding a
     * slice, map or func, or a struct or array value with such an interface value inside (in
     * an array key's elements too). Go panics when it hashes such a key. A bare struct object is
     * not looked into: it may be a pointer (which hashes by address), and only its static type,
     * which the map does not know, would tell.
     */
    static GoType unhashable(Object key) {
        switch (key) {
            case Boxed b -> {
                return comparable(b.type()) ? contents(b.value(), b.type()) : b.type();
            }
            case Object[] a -> {
                for (Object e : a) {
                    GoType t = unhashable(e);
                    if (t != null) {
                        return t;
                    }
                }
                return null;
            }
            case null, default -> {
                return null;
            }
        }
    }

    /** {@link #unhashable} inside a value of type {@code t}: a struct value's interface, struct and array fields. */
    private static GoType contents(Object v, GoType t) {
        if (v instanceof GoStruct<?> st && t.underlying() instanceof GoType.Struct(var fields)) {
            for (int i = 0; i < fields.size(); i++) {
                GoType ft = fields.get(i).type();
                GoType.Kind kind = ft.kind();
                GoType found = kind == GoType.Kind.INTERFACE ? unhashable(st.field(i))
                        : kind == GoType.Kind.STRUCT || kind == GoType.Kind.ARRAY ? contentsOrBoxed(st.field(i), ft) : null;
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (v instanceof Object[] a && t.underlying() instanceof GoType.Array arr) {
            GoType.Kind kind = arr.elem().kind();
            for (Object e : a) {
                GoType found = kind == GoType.Kind.INTERFACE ? unhashable(e)
                        : kind == GoType.Kind.STRUCT || kind == GoType.Kind.ARRAY ? contentsOrBoxed(e, arr.elem()) : null;
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static GoType contentsOrBoxed(Object v, GoType t) {
        return v instanceof Boxed ? unhashable(v) : contents(v, t);
    }

    /** Whether == is defined on values of {@code t} (slices, maps and funcs are not comparable). */
    static boolean comparable(GoType t) {
        return switch (t.underlying()) {
            case GoType.Slice s -> false;
            case GoType.Map m -> false;
            case GoType.Func f -> false;
            case GoType.Array a -> comparable(a.elem());
            case GoType.Struct st -> st.fields().stream().allMatch(f -> comparable(f.type()));
            default -> true;
        };
    }
}
