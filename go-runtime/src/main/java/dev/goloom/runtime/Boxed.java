// An interface value whose Java object alone does not tell its Go type (uint8, int64, []int, named types, ...).
package dev.goloom.runtime;

/**
 * How translated code stores a value in an interface ({@code any}, {@code error}, ...) when
 * the Java class of its representation does not identify the Go type. The rule (see
 * docs/design.md, "Interface values"):
 * <ul>
 * <li>{@code bool, int, int32, int16, int8, float64, float32, string, complex128, complex64}
 *     are stored as {@code Boolean, Long, Integer, Short, Byte, Double, Float, String,
 *     Complex128, Complex64};</li>
 * <li>a pointer to a struct is the struct object itself (its class implements {@link GoStruct});</li>
 * <li>everything else — unsigned integers, int64, named non-struct types, struct values,
 *     slices, arrays, maps, channels, funcs, pointers to non-structs — is a {@code Boxed}
 *     holding the descriptor and the usual Java representation (a struct value: a copy).</li>
 * </ul>
 * A named type with methods has a generated subclass that implements the Java interfaces its
 * method set satisfies, so interface method calls are plain Java calls: {@code Point.InterfaceValue}
 * for a struct value, the class {@code Celsius} for {@code type Celsius float64}.
 * A nil interface is Java null.
 */
public class Boxed {
    /** The dynamic type. */
    private final GoType type;
    /** The value in its usual Java representation. */
    private final Object value;

    public Boxed(GoType type, Object value) {
        this.type = type;
        this.value = value;
    }

    public final GoType type() {
        return type;
    }

    public final Object value() {
        return value;
    }

    /**
     * Go's == on interface values holding the same dynamic type compares the values with Go's
     * equality ({@link GoEquality}: an array element by element, floats by value), so that
     * {@code m[[2]int{1, 2}]} finds the key of a {@code map[any]T}.
     */
    @Override public final boolean equals(Object o) {
        return o instanceof Boxed b && b.type.equals(type) && (structPointerElements(type)
                ? GoArrays.identical((Object[]) value, (Object[]) b.value) : GoEquality.equal(value, b.value));
    }

    /** An array of pointers to structs: its elements are struct objects compared by identity. */
    private static boolean structPointerElements(GoType type) {
        return type.underlying() instanceof GoType.Array(var len, var elem)
                && elem.underlying() instanceof GoType.Pointer(var target) && target.underlying() instanceof GoType.Struct;
    }

    /** A map key's hash: Go panics when the dynamic type is not comparable (a slice in a {@code map[any]T}). */
    @Override public final int hashCode() {
        if (!GoEquality.comparable(type)) {
            throw new GoPanic(new RuntimeError("runtime error: hash of unhashable type " + type));
        }
        return type.hashCode() * 31 + GoEquality.hash(value);
    }

    @Override public String toString() {
        return "Boxed[" + type + ", " + value + "]";
    }
}
