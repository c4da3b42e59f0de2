// Go slices of float32 elements ([]float32), backed by a Java float[].
package dev.goloom.runtime;

import java.util.Arrays;

/**
 * A Go slice of []float32: an immutable header over a shared {@code float[]}. Reslicing and
 * appending within capacity share the array, so slices alias exactly as in Go; append beyond
 * capacity copies into a new array sized by gc's growth rule ({@link SliceGrowth}), so
 * {@code cap()} reports what Go reports. Every index and bound is checked with Go's panic text.
 *
 * <p>All primitive slice classes have the same shape; only the element type differs.
 */
public final class FloatSlice extends SliceBase {
    /** Bytes per element in Go, which drives append's capacity rounding. */
    static final int float_4 = 4;

    /** The nil slice ({@code var s []float32}): no array, len 0, cap 0. */
    public static final FloatSlice NIL = new FloatSlice(null, 0, 0, 0);

    /** The backing array, shared by every slice of it; null only for a nil slice. */
    final float[] array;

    FloatSlice(float[] array, int offset, int length, int capacity) {
        super(offset, length, capacity);
        this.array = array;
    }

    /** {@code make([]float32, len, cap)}, with Go's {@code makeslice} panics. */
    public static FloatSlice make(long len, long cap) {
        SliceGrowth.checkMake(len, cap, float_4);
        return new FloatSlice(new float[SliceGrowth.arrayLength(cap)], 0, (int) len, (int) cap);
    }

    /** {@code make([]float32, len)}. */
    public static FloatSlice make(long len) {
        return make(len, len);
    }

    /** A composite literal {@code []float32{v0, v1, ...}}: len == cap == values.length; the slice takes over the array. */
    public static FloatSlice of(float... values) {
        return new FloatSlice(values, 0, values.length, values.length);
    }

    @Override
    public boolean isNil() {
        return array == null;
    }

    /** {@code s[i]}. */
    public float get(long i) {
        return array[at(i)];
    }

    /** {@code s[i] = v}. */
    public void set(long i, float v) {
        array[at(i)] = v;
    }

    /** {@code &s[i]}: a pointer to the element, checked when taken. */
    public FloatPtr ptr(long i) {
        return new FloatPtr.Element(array, at(i));
    }

    /** {@code s[lo:hi]}: shares the array; a nil slice stays nil. */
    public FloatSlice slice(long lo, long hi) {
        checkSlice(lo, hi);
        return array == null ? NIL : new FloatSlice(array, offset + (int) lo, (int) (hi - lo), capacity - (int) lo);
    }

    /** {@code s[lo:hi:max]}. */
    public FloatSlice slice3(long lo, long hi, long max) {
        checkSlice3(lo, hi, max);
        return array == null ? NIL : new FloatSlice(array, offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code a[lo:hi]} of a Go array held in a Java array: the slice shares {@code a}. */
    public static FloatSlice fromArray(float[] a, long lo, long hi) {
        checkArraySlice(a.length, lo, hi);
        return new FloatSlice(a, (int) lo, (int) (hi - lo), a.length - (int) lo);
    }

    /** {@code a[lo:hi:max]} of a Go array. */
    public static FloatSlice fromArray(float[] a, long lo, long hi, long max) {
        checkArraySlice3(a.length, lo, hi, max);
        return new FloatSlice(a, (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code append(s, v)}: in place when capacity allows, else into a grown copy. */
    public static FloatSlice append(FloatSlice s, float v) {
        int n = s.length;
        if (n < s.capacity) {
            s.array[s.offset + n] = v;
            return new FloatSlice(s.array, s.offset, n + 1, s.capacity);
        }
        float[] grown = grow(s, 1);
        grown[n] = v;
        return new FloatSlice(grown, 0, n + 1, grown.length);
    }

    /** {@code append(s, v0, v1, ...)}; with no values, s itself (a nil slice stays nil). */
    public static FloatSlice append(FloatSlice s, float... values) {
        return appendFrom(s, values, 0, values.length);
    }

    /** {@code append(s, t...)}; t may overlap s. */
    public static FloatSlice appendSlice(FloatSlice s, FloatSlice t) {
        return appendFrom(s, t.array, t.offset, t.length);
    }

    /** Appends {@code n} elements of {@code src} from {@code from}; memmove semantics when src is s's own array. */
    private static FloatSlice appendFrom(FloatSlice s, float[] src, int from, int n) {
        if (n == 0) {
            return s;
        }
        int len = s.length;
        if (n <= s.capacity - len) {
            System.arraycopy(src, from, s.array, s.offset + len, n);
            return new FloatSlice(s.array, s.offset, len + n, s.capacity);
        }
        float[] grown = grow(s, n);
        System.arraycopy(src, from, grown, len, n);
        return new FloatSlice(grown, 0, len + n, grown.length);
    }

    /** A new array of gc's grown capacity holding s's elements. */
    private static float[] grow(FloatSlice s, int add) {
        float[] grown = new float[s.grownCapacity(add, float_4, true)];
        if (s.length > 0) {
            System.arraycopy(s.array, s.offset, grown, 0, s.length);
        }
        return grown;
    }

    /** {@code copy(dst, src)}: min(len(dst), len(src)) elements, correct when they overlap. */
    public static long copy(FloatSlice dst, FloatSlice src) {
        int n = Math.min(dst.length, src.length);
        if (n > 0) {
            System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
        }
        return n;
    }

    /** {@code clear(s)}: zeroes elements 0..len-1 (not the rest of the capacity). */
    public void clear() {
        if (length > 0) {
            Arrays.fill(array, offset, offset + length, 0f);
        }
    }

    /** {@code [n]float32(s)}: a copy of the first n elements; panics when len(s) < n. */
    public float[] toArray(long n) {
        int count = checkConvert(n);
        return count == 0 ? new float[0] : Arrays.copyOfRange(array, offset, offset + count);
    }

    /** The backing array, for {@link SliceBase#samePointer}. */
    @Override
    Object backing() {
        return array;
    }

    // ---- pointers to arrays that are views (see SliceBase) ----

    /** {@code (*[n]T)(s)}: a view of s's first n elements (len == cap == n) sharing them; nil for a nil slice. */
    public FloatSlice toArrayView(long n) {
        int count = checkConvert(n);
        return array == null ? null : new FloatSlice(array, offset, count, count);
    }

    /** {@code *p} of a view: a copy of its elements (a nil p throws NullPointerException, Go's nil dereference). */
    public float[] load() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** {@code *p = a} of a view: copies the array's elements into the viewed ones. */
    public void store(float[] a) {
        System.arraycopy(a, 0, array, offset, length);
    }

    /** {@code p[lo:hi]} of a view: bounds checked against the array's length, as gc does for arrays. */
    public FloatSlice sliceArray(long lo, long hi) {
        checkArraySlice(length, lo, hi);
        return new FloatSlice(array, offset + (int) lo, (int) (hi - lo), length - (int) lo);
    }

    /** {@code p[lo:hi:max]} of a view. */
    public FloatSlice sliceArray3(long lo, long hi, long max) {
        checkArraySlice3(length, lo, hi, max);
        return new FloatSlice(array, offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }
}
