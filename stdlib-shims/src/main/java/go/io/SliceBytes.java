// Bulk moves between Go []byte slices and Java byte arrays, for shims that buffer bytes in Java arrays.
package go.io;

import dev.goloom.runtime.ByteSlice;

/**
 * The runtime's {@link ByteSlice} keeps its array private; these helpers move whole ranges
 * through {@link ByteSlice#copy} (one {@code System.arraycopy}) instead of byte by byte.
 */
public final class SliceBytes {
    private SliceBytes() {}

    /** {@code copy(dst, src[from:from+n])} for a Java array source; returns the count copied. */
    public static int copyIn(ByteSlice dst, byte[] src, int from, int n) {
        if (n <= 0 || dst.len() == 0) {
            return 0;
        }
        return (int) ByteSlice.copy(dst, ByteSlice.of(src).slice(from, from + n));
    }

    /** Copies {@code len(src)} bytes into {@code dst} at {@code at}; dst must have room. */
    public static void copyOut(ByteSlice src, byte[] dst, int at) {
        if (src.len() > 0) {
            ByteSlice.copy(ByteSlice.of(dst).slice(at, at + src.len()), src);
        }
    }

    /** The bytes of {@code s} as a new Java array. */
    public static byte[] toArray(ByteSlice s) {
        byte[] a = new byte[(int) s.len()];
        copyOut(s, a, 0);
        return a;
    }

    /** A Go slice over a copy of {@code a[from:from+n]}, len == cap == n. */
    public static ByteSlice sliceOf(byte[] a, int from, int n) {
        return ByteSlice.of(java.util.Arrays.copyOfRange(a, from, from + n));
    }
}
