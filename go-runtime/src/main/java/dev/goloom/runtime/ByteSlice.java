// Go slices of byte-sized elements ([]byte, []uint8, []int8), backed by a Java byte[].
package dev.goloom.runtime;

import java.util.Arrays;

/**
 * A Go slice of []byte, []uint8, []int8: an immutable header over a shared {@code byte[]}. Reslicing and
 * appending within capacity share the array, so slices alias exactly as in Go; append beyond
 * capacity copies into a new array sized by gc's growth rule ({@link SliceGrowth}), so
 * {@code cap()} reports what Go reports. Every index and bound is checked with Go's panic text.
 *
 * <p>All primitive slice classes have the same shape; only the element type differs.
 */
public final class ByteSlice extends SliceBase {
    /** Bytes per element in Go, which drives append's capacity rounding. */
    static final int byte_1 = 1;

    /** The nil slice ({@code var s []byte}): no array, len 0, cap 0. */
    public static final ByteSlice NIL = new ByteSlice(null, 0, 0, 0);

    /** The backing array, shared by every slice of it; null only for a nil slice. */
    final byte[] array;

    ByteSlice(byte[] array, int offset, int length, int capacity) {
        super(offset, length, capacity);
        this.array = array;
    }

    /** {@code make([]byte, len, cap)}, with Go's {@code makeslice} panics. */
    public static ByteSlice make(long len, long cap) {
        SliceGrowth.checkMake(len, cap, byte_1);
        return new ByteSlice(new byte[SliceGrowth.arrayLength(cap)], 0, (int) len, (int) cap);
    }

    /** {@code make([]byte, len)}. */
    public static ByteSlice make(long len) {
        return make(len, len);
    }

    /** A composite literal {@code []byte{v0, v1, ...}}: len == cap == values.length; the slice takes over the array. */
    public static ByteSlice of(byte... values) {
        return new ByteSlice(values, 0, values.length, values.length);
    }

    @Override
    public boolean isNil() {
        return array == null;
    }

    /** {@code s[i]}. */
    public byte get(long i) {
        return array[at(i)];
    }

    /** {@code s[i] = v}. */
    public void set(long i, byte v) {
        array[at(i)] = v;
    }

    /** {@code &s[i]}: a pointer to the element, checked when taken. */
    public BytePtr ptr(long i) {
        return new BytePtr.Element(array, at(i));
    }

    /** {@code s[lo:hi]}: shares the array; a nil slice stays nil. */
    public ByteSlice slice(long lo, long hi) {
        checkSlice(lo, hi);
        return array == null ? NIL : new ByteSlice(array, offset + (int) lo, (int) (hi - lo), capacity - (int) lo);
    }

    /** {@code s[lo:hi:max]}. */
    public ByteSlice slice3(long lo, long hi, long max) {
        checkSlice3(lo, hi, max);
        return array == null ? NIL : new ByteSlice(array, offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code a[lo:hi]} of a Go array held in a Java array: the slice shares {@code a}. */
    public static ByteSlice fromArray(byte[] a, long lo, long hi) {
        checkArraySlice(a.length, lo, hi);
        return new ByteSlice(a, (int) lo, (int) (hi - lo), a.length - (int) lo);
    }

    /** {@code a[lo:hi:max]} of a Go array. */
    public static ByteSlice fromArray(byte[] a, long lo, long hi, long max) {
        checkArraySlice3(a.length, lo, hi, max);
        return new ByteSlice(a, (int) lo, (int) (hi - lo), (int) (max - lo));
    }

    /** {@code append(s, v)}: in place when capacity allows, else into a grown copy. */
    public static ByteSlice append(ByteSlice s, byte v) {
        int n = s.length;
        if (n < s.capacity) {
            s.array[s.offset + n] = v;
            return new ByteSlice(s.array, s.offset, n + 1, s.capacity);
        }
        byte[] grown = grow(s, 1);
        grown[n] = v;
        return new ByteSlice(grown, 0, n + 1, grown.length);
    }

    /** {@code append(s, v0, v1, ...)}; with no values, s itself (a nil slice stays nil). */
    public static ByteSlice append(ByteSlice s, byte... values) {
        return appendFrom(s, values, 0, values.length);
    }

    /** {@code append(s, t...)}; t may overlap s. */
    public static ByteSlice appendSlice(ByteSlice s, ByteSlice t) {
        return appendFrom(s, t.array, t.offset, t.length);
    }

    /** Appends {@code n} elements of {@code src} from {@code from}; memmove semantics when src is s's own array. */
    private static ByteSlice appendFrom(ByteSlice s, byte[] src, int from, int n) {
        if (n == 0) {
            return s;
        }
        int len = s.length;
        if (n <= s.capacity - len) {
            System.arraycopy(src, from, s.array, s.offset + len, n);
            return new ByteSlice(s.array, s.offset, len + n, s.capacity);
        }
        byte[] grown = grow(s, n);
        System.arraycopy(src, from, grown, len, n);
        return new ByteSlice(grown, 0, len + n, grown.length);
    }

    /** A new array of gc's grown capacity holding s's elements. */
    private static byte[] grow(ByteSlice s, int add) {
        byte[] grown = new byte[s.grownCapacity(add, byte_1, true)];
        if (s.length > 0) {
            System.arraycopy(s.array, s.offset, grown, 0, s.length);
        }
        return grown;
    }

    /** {@code copy(dst, src)}: min(len(dst), len(src)) elements, correct when they overlap. */
    public static long copy(ByteSlice dst, ByteSlice src) {
        int n = Math.min(dst.length, src.length);
        if (n > 0) {
            System.arraycopy(src.array, src.offset, dst.array, dst.offset, n);
        }
        return n;
    }

    /** {@code clear(s)}: zeroes elements 0..len-1 (not the rest of the capacity). */
    public void clear() {
        if (length > 0) {
            Arrays.fill(array, offset, offset + length, (byte) 0);
        }
    }

    /** {@code [n]byte(s)}: a copy of the first n elements; panics when len(s) < n. */
    public byte[] toArray(long n) {
        int count = checkConvert(n);
        return count == 0 ? new byte[0] : Arrays.copyOfRange(array, offset, offset + count);
    }

    /** {@code []byte(s)} for a Go string (chars 0–255): a new array, capacity rounded as gc's rawbyteslice does. */
    public static ByteSlice fromString(String s) {
        int n = s.length();
        byte[] bytes = s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        int cap = (int) SliceGrowth.roundUpSize(n, true);
        return new ByteSlice(cap == n ? bytes : Arrays.copyOf(bytes, cap), 0, n, cap);
    }

    /** {@code string(b)}: the bytes as a Go string (one char per byte). */
    public String toGoString() {
        return length == 0 ? "" : new String(array, offset, length, java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** {@code copy(dst, src)} with a string source. */
    public static long copy(ByteSlice dst, String src) {
        int n = Math.min(dst.length, src.length());
        for (int i = 0; i < n; i++) {
            dst.array[dst.offset + i] = (byte) src.charAt(i);
        }
        return n;
    }

    /** {@code append(b, s...)} with a string. */
    public static ByteSlice appendString(ByteSlice s, String str) {
        byte[] bytes = str.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        return appendFrom(s, bytes, 0, bytes.length);
    }

    /** The backing array, for {@link SliceBase#samePointer}. */
    @Override
    Object backing() {
        return array;
    }

    // ---- pointers to arrays that are views (see SliceBase) ----

    /** {@code (*[n]T)(s)}: a view of s's first n elements (len == cap == n) sharing them; nil for a nil slice. */
    public ByteSlice toArrayView(long n) {
        int count = checkConvert(n);
        return array == null ? null : new ByteSlice(array, offset, count, count);
    }

    /** {@code *p} of a view: a copy of its elements (a nil p throws NullPointerException, Go's nil dereference). */
    public byte[] load() {
        return Arrays.copyOfRange(array, offset, offset + length);
    }

    /** {@code *p = a} of a view: copies the array's elements into the viewed ones. */
    public void store(byte[] a) {
        System.arraycopy(a, 0, array, offset, length);
    }

    /** {@code p[lo:hi]} of a view: bounds checked against the array's length, as gc does for arrays. */
    public ByteSlice sliceArray(long lo, long hi) {
        checkArraySlice(length, lo, hi);
        return new ByteSlice(array, offset + (int) lo, (int) (hi - lo), length - (int) lo);
    }

    /** {@code p[lo:hi:max]} of a view. */
    public ByteSlice sliceArray3(long lo, long hi, long max) {
        checkArraySlice3(length, lo, hi, max);
        return new ByteSlice(array, offset + (int) lo, (int) (hi - lo), (int) (max - lo));
    }
}
