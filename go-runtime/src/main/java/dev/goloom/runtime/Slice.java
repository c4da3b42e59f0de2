// Go slices of reference-held elements (strings, structs, pointers, interfaces, maps, nested slices), backed by Object[].
package dev.goloom.runtime;

import java.util.Arrays;

/**
 * A Go slice whose elements are Java references: the generic twin of {@link LongSlice}, with
 * the same sharing, aliasing and checks. The header also carries its element type's
 * {@link ElemType} (size, pointers, zero), because append's capacity rounding depends on the
 * element's size and a grown or cleared element must become the zero value.
 *
 * <p>Struct elements: when {@code zero} is null the caller fills made elements with fresh zero
 * structs itself; elements beyond len in a grown array are then null until written.
 *
 * @param <T> the Java type of the elements
 */
public final class Slice<T> extends SliceBase {
    /** The element type: its size, whether it holds pointers, its zero value. */
    final ElemType<T> type;

    /** The backing array, shared by every slice of it; null only for a nil slice. */
    final Object[] array;

    Slice(ElemType<T> type, Object[] array, int offset, int length, int capacity) {
        super(offset, length, capacity);
        this.type = type;
        this.array = array;
    }

    /** The nil slice of elements of {@code type}. */
    public static <T> Slice<T> nil(ElemType<T> type) {
        return new Slice<>(type, null, 0, 0, 0);
    }

    /** The nil slice of elements of {@code elemSize} bytes that hold pointers, with a null zero. */
    public static <T> Slice<T> nil(int elemSize) {
        return nil(new ElemType<T>(elemSize, false, null));
    }

    /** {@code make([]T, len, cap)}: every element (up to cap) is {@code type.zero()}. */
    public static <T> Slice<T> make(long len, long cap, ElemType<T> type) {
        SliceGrowth.checkMake(len, cap, type.size());
        Object[] array = new Object[SliceGrowth.arrayLength(cap)];
        if (type.zero() != null) {
            Arrays.fill(array, type.zero());
        }
        return new Slice<>(type, array, 0, (int) len, (int) cap);
    }

    /** {@code make([]T, len, cap)} for struct or array elements: each element (up to cap) its own zero value. */
    public static <T> Slice<T> makeFilled(long len, long cap, ElemType<T> type, java.util.function.Supplier<T> zero) {
        Slice<T> s = make(len, cap, type);
        for (int i = 0; i < s.capacity; i++) {
            s.array[s.offset + i] = zero.get();
        }
        return s;
    }

    /** {@code make([]T, len, cap)} for elements of {@code elemSize} bytes holding pointers, filled with {@code zero}. */
    public static <T> Slice<T> make(long len, long cap, int elemSize, T zero) {
        return make(len, cap, new ElemType<>(elemSize, false, zero));
    }

    /** A composite literal {@code []T{v0, v1, ...}}: len == cap == values.length; the slice takes over the array. */
    @SafeVarargs
    @SuppressWarnings("unchecked")
    public static <T> Slice<T> of(ElemType<T> type, T... values) {
        if (values == null) {
            // Java passes a lone null argument as the array itself: that is []T{nil}.
            values = (T[]) new Object[] {null};
        }
        return new Slice<>(type, values, 0, values.length, values.length);
    }

    @Override
    public boolean isNil() {
        return array == null;
    }

    /** The element type this slice was made with. */
    public ElemType<T> elemType() {
        return type;
    }

    /** {@code s[i]}. */
    @SuppressWarnings("unchecked")
    public T get(long i) {
        return (T) array[at(i)];
    }

    /** {@code s[i] = v}. */
    public void set(long i, T v) {
        array[at(i)] = v;
    }

    /** {@code &s[i]}: a pointer to the element, checked when taken. */
    public Ptr<T> ptr(long i) {
        return new Ptr.Element<>(array, at(i));
    }

    /** {@code s[lo:hi]}: shares the array; a nil slice stays nil. */
    public Slice<T> slice(long lo, long hi) {
        checkSlice(lo, hi);
        return array == null ? this : new Slice<>(type, array, offset + (int) lo, (int) (hi - lo), capacity - (int) lo);
    }

    /** {@code s[lo:hi:max]}. */
    public Slice<T> slice3(long lo, long hi, long max) {
        checkSlice3(lo, hi, max);
        return array == null ? this : new Slice<>(type, array, offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code a[lo:hi]} of a Go array held in a Java array: the slice shares {@code a}. */
    public static <T> Slice<T> fromArray(ElemType<T> type, T[] a, long lo, long hi) {
        checkArraySlice(a.length, lo, hi);
        return new Slice<>(type, a, (int) lo, (int) (hi - lo), a.length - (int) lo);
    }

    /** {@code a[lo:hi:max]} of a Go array. */
    public static <T> Slice<T> fromArray(ElemType<T> type, T[] a, long lo, long hi, long max) {
        checkArraySlice3(a.length, lo, hi, max);
        return new Slice<>(type, a, (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code append(s, v)}: in place when capacity allows, else into a grown copy. */
    public static <T> Slice<T> append(Slice<T> s, T v) {
        int n = s.length;
        if (n < s.capacity) {
            s.array[s.offset + n] = v;
            return new Slice<>(s.type, s.array, s.offset, n + 1, s.capacity);
        }
        Object[] grown = grow(s, 1);
        grown[n] = v;
        return new Slice<>(s.type, grown, 0, n + 1, grown.length);
    }

    /** {@code append(s, v0, v1, ...)}; with no values, s itself (a nil slice stays nil). */
    @SafeVarargs
    public static <T> Slice<T> append(Slice<T> s, T... values) {
        return appendFrom(s, values, 0, values.length);
    }

    /** {@code append(s, t...)}; t may overlap s. */
    public static <T> Slice<T> appendSlice(Slice<T> s, Slice<? extends T> t) {
        return appendFrom(s, t.array, t.offset, t.length);
    }

    /** Appends {@code n} elements of {@code src} from {@code from}; memmove semantics when src is s's own array. */
    private static <T> Slice<T> appendFrom(Slice<T> s, Object[] src, int from, int n) {
        if (n == 0) {
            return s;
        }
        int len = s.length;
        if (n <= s.capacity - len) {
            System.arraycopy(src, from, s.array, s.offset + len, n);
            return new Slice<>(s.type, s.array, s.offset, len + n, s.capacity);
        }
        Object[] grown = grow(s, n);
        System.arraycopy(src, from, grown, len, n);
        return new Slice<>(s.type, grown, 0, len + n, grown.length);
    }

    /** A new array of gc's grown capacity holding s's elements, zero beyond the appended ones. */
    private static Object[] grow(Slice<?> s, int add) {
        Object[] grown = new Object[s.grownCapacity(add, s.type.size(), s.type.pointerFree())];
        if (s.length > 0) {
            System.arraycopy(s.array, s.offset, grown, 0, s.length);
        }
        if (s.type.zero() != null) {
            Arrays.fill(grown, s.length + add, grown.length, s.type.zero());
        }
        return grown;
    }

    /** {@code copy(dst, src)}: min(len(dst), len(src)) elements, correct when they overlap. */
    public static <T> long copy(Slice<T> dst, Slice<? extends T> src) {
        int n = Math.min(dst.length, src.length);
        if (n > 0) {
            System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
        }
        return n;
    }

    /** {@code clear(s)}: sets elements 0..len-1 to the element type's zero (not the rest of the capacity). */
    public void clear() {
        if (length > 0) {
            Arrays.fill(array, offset, offset + length, type.zero());
        }
    }

    /**
     * {@code clear(s)} for struct or array elements: each element 0..len-1 becomes the zero value
     * in place, so pointers to the elements ({@code &s[i]} is the element object) see it.
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void clearValues(java.util.function.Supplier<T> zero) {
        for (int i = offset; i < offset + length; i++) {
            Object element = array[i];
            if (element instanceof GoStruct target) {
                target.set((GoStruct) zero.get());
            } else if (element != null && element.getClass().isArray()) {
                GoArrays.assignValues(element, zero.get());
            } else {
                array[i] = zero.get();
            }
        }
    }

    /** {@code f(s...)} for a Java varargs method: the elements in a new array made by {@code newArray}. */
    public T[] varargs(java.util.function.IntFunction<T[]> newArray) {
        T[] out = newArray.apply(length);
        if (length > 0) {
            System.arraycopy(array, offset, out, 0, length);
        }
        return out;
    }

    /** {@code [n]T(s)}: a copy of the first n elements; panics when len(s) < n. */
    public Object[] toArray(long n) {
        int count = checkConvert(n);
        return count == 0 ? new Object[0] : Arrays.copyOfRange(array, offset, offset + count);
    }

    /** {@code [n]T(s)} into {@code target} (its length is n): typed arrays for the caller, e.g. {@code new String[3]}. */
    public T[] toArray(T[] target) {
        int count = checkConvert(target.length);
        if (count > 0) {
            System.arraycopy(array, offset, target, 0, count);
        }
        return target;
    }

    /** The backing array, for {@link SliceBase#samePointer}. */
    @Override
    Object backing() {
        return array;
    }

    // ---- pointers to arrays that are views (see SliceBase) ----

    /** {@code (*[n]T)(s)}: a view of s's first n elements (len == cap == n) sharing them; nil for a nil slice. */
    public Slice<T> toArrayView(long n) {
        int count = checkConvert(n);
        return array == null ? null : new Slice<>(type, array, offset, count, count);
    }

    /** {@code *p} of a view, into {@code target} (a new Java array of the Go array type, length n). */
    public T[] load(T[] target) {
        System.arraycopy(array, offset, target, 0, length);
        return target;
    }

    /**
     * {@code *p = a} of a view. Struct and array elements are overwritten in place, so that
     * pointers to them stay valid (as {@link GoArrays#assignValues}).
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public void store(T[] a) {
        for (int i = 0; i < length; i++) {
            Object v = a[i];
            Object old = array[offset + i];
            if (old instanceof GoStruct target && v instanceof GoStruct) {
                ((GoStruct) target).set((GoStruct) v);
            } else if (old != null && old.getClass().isArray() && v != null) {
                GoArrays.assignValues(old, v);
            } else {
                array[offset + i] = v;
            }
        }
    }

    /** {@code p[lo:hi]} of a view: bounds checked against the array's length, as gc does for arrays. */
    public Slice<T> sliceArray(long lo, long hi) {
        checkArraySlice(length, lo, hi);
        return new Slice<>(type, array, offset + (int) lo, (int) (hi - lo), length - (int) lo);
    }

    /** {@code p[lo:hi:max]} of a view. */
    public Slice<T> sliceArray3(long lo, long hi, long max) {
        checkArraySlice3(length, lo, hi, max);
        return new Slice<>(type, array, offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }
}
