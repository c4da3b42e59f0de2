// Go slices of bool elements ([]bool), backed by a Java boolean[].
package dev.goloom.runtime;

import java.util.Arrays;

/**
 * A Go slice of []bool: an immutable header over a shared {@code boolean[]}. Reslicing and
 * appending within capacity share the array, so slices alias exactly as in Go; append beyond
 * capacity copies into a new array sized by gc's growth rule ({@link SliceGrowth}), so
 * {@code cap()} reports what Go reports. Every index and bound is checked with Go's panic text.
 *
 * <p>All primitive slice classes have the same shape; only the element type differs.
 */
public final class BoolSlice extends SliceBase {
    /** Bytes per element in Go, which drives append's capacity rounding. */
    static final int boolean_1 = 1;

    /** The nil slice ({@code var s []bool}): no array, len 0, cap 0. */
    public static final BoolSlice NIL = new BoolSlice(null, 0, 0, 0);

    /** The backing array, shared by every slice of it; null only for a nil slice. */
    final boolean[] array;

    BoolSlice(boolean[] array, int offset, int length, int capacity) {
        super(offset, length, capacity);
        this.array = array;
    }

    /** {@code make([]bool, len, cap)}, with Go's {@code makeslice} panics. */
    public static BoolSlice make(long len, long cap) {
        SliceGrowth.checkMake(len, cap, boolean_1);
        return new BoolSlice(new boolean[SliceGrowth.arrayLength(cap)], 0, (int) len, (int) cap);
    }

    /** {@code make([]bool, len)}. */
    public static BoolSlice make(long len) {
        return make(len, len);
    }

    /** A composite literal {@code []bool{v0, v1, ...}}: len == cap == values.length; the slice takes over the array. */
    public static BoolSlice of(boolean... values) {
        return new BoolSlice(values, 0, values.length, values.length);
    }

    @Override
    public boolean isNil() {
        return array == null;
    }

    /** {@code s[i]}. */
    public boolean get(long i) {
        return array[at(i)];
    }

    /** {@code s[i] = v}. */
    public void set(long i, boolean v) {
        array[at(i)] = v;
    }

    /** {@code &s[i]}: a pointer to the element, checked when taken. */
    public BoolPtr ptr(long i) {
        return new BoolPtr.Element(array, at(i));
    }

    /** {@code s[lo:hi]}: shares the array; a nil slice stays nil. */
    public BoolSlice slice(long lo, long hi) {
        checkSlice(lo, hi);
        return array == null ? NIL : new BoolSlice(array, offset + (int) lo, (int) (hi - lo), capacity - (int) lo);
    }

    /** {@code s[lo:hi:max]}. */
    public BoolSlice slice3(long lo, long hi, long max) {
        checkSlice3(lo, hi, max);
        return array == null ? NIL : new BoolSlice(array, offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code a[lo:hi]} of a Go array held in a Java array: the slice shares {@code a}. */
    public static BoolSlice fromArray(boolean[] a, long lo, long hi) {
        checkArraySlice(a.length, lo, hi);
        return new BoolSlice(a, (int) lo, (int) (hi - lo), a.length - (int) lo);
    }

    /** {@code a[lo:hi:max]} of a Go array. */
    public static BoolSlice fromArray(boolean[] a, long lo, long hi, long max) {
        checkArraySlice3(a.length, lo, hi, max);
        return new BoolSlice(a, (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code append(s, v)}: in place when capacity allows, else into a grown copy. */
    public static BoolSlice append(BoolSlice s, boolean v) {
        int n = s.length;
        if (n < s.capacity) {
            s.array[s.offset + n] = v;
            return new BoolSlice(s.array, s.offset, n + 1, s.capacity);
        }
        boolean[] grown = grow(s, 1);
        grown[n] = v;
        return new BoolSlice(grown, 0, n + 1, grown.length);
    }

    /** {@code append(s, v0, v1, ...)}; with no values, s itself (a nil slice stays nil). */
    public static BoolSlice append(BoolSlice s, boolean... values) {
        return appendFrom(s, values, 0, values.length);
    }

    /** {@code append(s, t...)}; t may overlap s. */
    public static BoolSlice appendSlice(BoolSlice s, BoolSlice t) {
        return appendFrom(s, t.array, t.offset, t.length);
    }

    /** Appends {@code n} elements of {@code src} from {@code from}; memmove semantics when src is s's own array. */
    private static BoolSlice appendFrom(BoolSlice s, boolean[] src, int from, int n) {
        if (n == 0) {
            return s;
        }
        int len = s.length;
        if (n <= s.capacity - len) {
            System.arraycopy(src, from, s.array, s.offset + len, n);
            return new BoolSlice(s.array, s.offset, len + n, s.capacity);
        }
        boolean[] grown = grow(s, n);
        System.arraycopy(src, from, grown, len, n);
        return new BoolSlice(grown, 0, len + n, grown.length);
    }

    /** A new array of gc's grown capacity holding s's elements. */
    private static boolean[] grow(BoolSlice s, int add) {
        boolean[] grown = new boolean[s.grownCapacity(add, boolean_1, true)];
        if (s.length > 0) {
            System.arraycopy(s.array, s.offset, grown, 0, s.length);
        }
        return grown;
    }

    /** {@code copy(dst, src)}: min(len(dst), len(src)) elements, correct when they overlap. */
    public static long copy(BoolSlice dst, BoolSlice src) {
        int n = Math.min(dst.length, src.length);
        if (n > 0) {
            System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
        }
        return n;
    }

    /** {@code clear(s)}: zeroes elements 0..len-1 (not the rest of the capacity). */
    public void clear() {
        if (length > 0) {
            Arrays.fill(array, offset, offset + length, false);
        }
    }

    /** {@code [n]bool(s)}: a copy of the first n elements; panics when len(s) < n. */
    public boolean[] toArray(long n) {
        int count = checkConvert(n);
        return count == 0 ? new boolean[0] : Arrays.copyOfRange(array, offset, offset + count);
    }

    /** The backing array, for {@link SliceBase#samePointer}. */
    @Override
    Object backing() {
        return array;
    }

    // ---- pointers to arrays that are views (see SliceBase) ----

    /** {@code (*[n]T)(s)}: a view of s's first n elements (len == cap == n) sharing them; nil for a nil slice. */
    public BoolSlice toArrayView(long n) {
        int count = checkConvert(n);
        return array == null ? null : new BoolSlice(array, offset, count, count);
    }

    /** {@code *p} of a view: a copy of its elements (a nil p throws NullPointerException, Go's nil dereference). */
    public boolean[] load() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** {@code *p = a} of a view: copies the array's elements into the viewed ones. */
    public void store(boolean[] a) {
        System.arraycopy(a, 0, array, offset, length);
    }

    /** {@code p[lo:hi]} of a view: bounds checked against the array's length, as gc does for arrays. */
    public BoolSlice sliceArray(long lo, long hi) {
        checkArraySlice(length, lo, hi);
        return new BoolSlice(array, offset + (int) lo, (int) (hi - lo), length - (int) lo);
    }

    /** {@code p[lo:hi:max]} of a view. */
    public BoolSlice sliceArray3(long lo, long hi, long max) {
        checkArraySlice3(length, lo, hi, max);
        return new BoolSlice(array, offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }
}
