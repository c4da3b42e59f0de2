// The part of a Go slice header shared by every element type: offset, length, capacity and their checks.
package dev.goloom.runtime;

/**
 * A Go slice header {@code (array, len, cap)} as an immutable Java object: Go copies headers by
 * value, and an immutable header gives that for free. The backing array lives in the subclass,
 * typed by element; several headers may share it, and then see each other's writes, as in Go.
 *
 * <p>Invariants: {@code 0 <= length <= capacity}; {@code offset + capacity <= array.length};
 * a nil slice has no array and {@code offset == length == capacity == 0}.
 *
 * <p>A pointer to an array whose Go type some slice converts to ({@code (*[N]T)(s)}) is a
 * <em>view</em>: a slice object with {@code length == capacity == N} over the elements it
 * points to, so writes through it reach the slice, and back. Other pointers to arrays are the
 * Java array itself (the translator's {@code ArrayViews} decides per array type). A nil view is
 * null, never a nil slice.
 */
public abstract sealed class SliceBase
        permits LongSlice, IntSlice, ShortSlice, ByteSlice, DoubleSlice, FloatSlice, BoolSlice, Slice {

    /** Index in the backing array of element 0. */
    final int offset;
    /** Go's len: elements 0..length-1 are readable. */
    final int length;
    /** Go's cap: elements up to capacity-1 can be reached by reslicing. */
    final int capacity;

    SliceBase(int offset, int length, int capacity) {
        this.offset = offset;
        this.length = length;
        this.capacity = capacity;
    }

    /** {@code len(s)}. */
    public final long len() {
        return length;
    }

    /** {@code cap(s)}. */
    public final long cap() {
        return capacity;
    }

    /** {@code s == nil}. */
    public abstract boolean isNil();

    /** The array index of element {@code i}, or Go's index panic. */
    final int at(long i) {
        if (i < 0 || i >= length) {
            throw Bounds.index(i, length);
        }
        return offset + (int) i;
    }

    /** Checks {@code s[lo:hi]} as gc does: hi against cap first, then lo against hi. */
    final void checkSlice(long lo, long hi) {
        if (hi < 0 || hi > capacity) {
            throw Bounds.sliceHigh(hi, capacity, true);
        }
        if (lo < 0 || lo > hi) {
            throw Bounds.sliceLow(lo, hi);
        }
    }

    /** Checks {@code s[lo:hi:max]}: max against cap, hi against max, lo against hi. */
    final void checkSlice3(long lo, long hi, long max) {
        if (max < 0 || max > capacity) {
            throw Bounds.slice3Max(max, capacity, true);
        }
        if (hi < 0 || hi > max) {
            throw Bounds.slice3High(hi, max);
        }
        if (lo < 0 || lo > hi) {
            throw Bounds.slice3Low(lo, hi);
        }
    }

    /** Checks {@code a[lo:hi]} of a Go array of {@code n} elements (its messages say "length"). */
    static void checkArraySlice(int n, long lo, long hi) {
        if (hi < 0 || hi > n) {
            throw Bounds.sliceHigh(hi, n, false);
        }
        if (lo < 0 || lo > hi) {
            throw Bounds.sliceLow(lo, hi);
        }
    }

    /** Checks {@code a[lo:hi:max]} of a Go array of {@code n} elements. */
    static void checkArraySlice3(int n, long lo, long hi, long max) {
        if (max < 0 || max > n) {
            throw Bounds.slice3Max(max, n, false);
        }
        if (hi < 0 || hi > max) {
            throw Bounds.slice3High(hi, max);
        }
        if (lo < 0 || lo > hi) {
            throw Bounds.slice3Low(lo, hi);
        }
    }

    /** Checks an element pointer {@code &a[i]} into a Go array of {@code n} elements. */
    static int arrayIndex(int n, long i) {
        if (i < 0 || i >= n) {
            throw Bounds.index(i, n);
        }
        return (int) i;
    }

    /** Checks {@code [n]T(s)}: the slice must hold at least n elements. */
    final int checkConvert(long n) {
        if (n > length || n < 0) {
            throw Bounds.convert(n, length);
        }
        return (int) n;
    }

    /** The backing array (a Java array, or null for a nil slice). */
    abstract Object backing();

    /**
     * {@code p == q} for pointers to arrays that are views: the same first element of the same
     * backing array (two views of one array type have the same length), or both nil.
     */
    public static boolean samePointer(SliceBase p, SliceBase q) {
        if (p == null || q == null) {
            return p == q;
        }
        return p.backing() == q.backing() && p.offset == q.offset;
    }

    /** A hash of a view consistent with {@link #samePointer}. */
    static int pointerHash(SliceBase p) {
        return System.identityHashCode(p.backing()) * 31 + p.offset;
    }

    /** The length of the new backing array when {@code add} more elements do not fit. */
    final int grownCapacity(int add, int elemSize, boolean pointerFree) {
        return SliceGrowth.arrayLength(SliceGrowth.grownCapacity((long) length + add, capacity, elemSize, pointerFree));
    }
}
