// What a generic Slice needs to know about its Go element type: size, whether it holds pointers, its zero value.
package dev.goloom.runtime;

/**
 * The facts about a slice's element type that change observable behaviour: the size in
 * bytes and whether it contains pointers decide append's capacities (gc rounds allocations
 * to size classes, and pointerful objects above 512 bytes carry an 8-byte header); the zero
 * value fills made, grown and cleared elements.
 *
 * @param size        the element's size in bytes under gc on amd64 (16 for string and
 *                    interfaces, 8 for pointers, maps, channels and funcs, 24 for slices, the
 *                    struct's size for structs)
 * @param pointerFree true when the element holds no pointers (structs of numbers and bools,
 *                    arrays of them): such elements are allocated without a malloc header
 * @param zero        the zero value shared by every element, or null when it is null in Java
 *                    (pointers, maps, interfaces) or must be a fresh object per element
 *                    (structs: the caller fills those itself)
 * @param <T>         the Java type of the elements
 */
public record ElemType<T>(int size, boolean pointerFree, T zero) {
    /** {@code string}. */
    public static final ElemType<String> STRING = new ElemType<>(16, false, "");
    /** An interface ({@code any}, {@code error}, ...): its zero is nil. */
    public static final ElemType<Object> INTERFACE = new ElemType<>(16, false, null);

    /** An element of a named interface type ({@code error}, {@code io.Reader}): as {@link #INTERFACE}. */
    @SuppressWarnings("unchecked")
    public static <T> ElemType<T> iface() {
        return (ElemType<T>) INTERFACE;
    }

    /** A pointer, map, channel or func element: one machine word, zero nil. */
    public static <T> ElemType<T> pointer() {
        return new ElemType<>(8, false, null);
    }

    /** A slice element: 24 bytes, zero is the nil slice of its class (e.g. {@code LongSlice.NIL}). */
    public static <T> ElemType<T> slice(T nilSlice) {
        return new ElemType<>(24, false, nilSlice);
    }
}
