// What a generic Slice needs to know about its Go element type: size, whether it holds pointers, its zero value.
package dev.goloom.runtime;

/**
 * The facts about a slice's element type that change observable behaviour: the size in
 * bytes and whether it contains pointers decide append's capacities (gc rounds allocations
 * to size classes, and pointerful objects above 512 bytes carry an 8-byte header); the zero
 * value fills made, grown and cleared elements.
 *
 * <p>A class, not a record, only so that a slice type whose elements are slices of itself
 * ({@code type T []T}) can have an element type whose zero is a nil slice of that same
 * element type ({@link #selfSlice}): a cycle, which a record's constructor cannot close.
 *
 * @param <T> the Java type of the elements
 */
public final class ElemType<T> {
    /** {@code string}. */
    public static final ElemType<String> STRING = new ElemType<>(16, false, "");
    /** An interface ({@code any}, {@code error}, ...): its zero is nil. */
    public static final ElemType<Object> INTERFACE = new ElemType<>(16, false, null);

    /** The element's size in bytes under gc on amd64 (16 for strings and interfaces, 8 for pointers, maps, channels and funcs, 24 for slices, the struct's size for structs). */
    private final int size;
    /** Whether the element holds no pointers (structs of numbers and bools, arrays of them): allocated without a malloc header. */
    private final boolean pointerFree;
    /** The zero value shared by every element; null when it is null in Java (pointers, maps, interfaces) or must be a fresh object per element (structs: the caller fills those). */
    private final T zero;

    public ElemType(int size, boolean pointerFree, T zero) {
        this.size = size;
        this.pointerFree = pointerFree;
        this.zero = zero;
    }

    /** The element type of {@link #selfSlice}: a slice whose zero is a nil slice with this very element type. */
    @SuppressWarnings("unchecked")
    private ElemType() {
        this.size = 24;
        this.pointerFree = false;
        this.zero = (T) new Slice<>(this, null, 0, 0, 0);
    }

    public int size() {
        return size;
    }

    public boolean pointerFree() {
        return pointerFree;
    }

    public T zero() {
        return zero;
    }

    /** An element of an interface type ({@code error}, {@code io.Reader}): as {@link #INTERFACE}. */
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

    /**
     * A slice element whose own elements are of the same kind, without end ({@code type T []T}):
     * its zero is a nil slice whose element type is this one.
     */
    public static <T> ElemType<T> selfSlice() {
        return new ElemType<>();
    }

    @Override
    public String toString() {
        return "ElemType[size=" + size + ", pointerFree=" + pointerFree + "]";
    }
}
