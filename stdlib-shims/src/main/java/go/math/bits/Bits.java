// Package math/bits: bit counting and manipulation, and full-width add, subtract, multiply and divide of unsigned integers.
package go.math.bits;

import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.RuntimeErrors;
import dev.goloom.runtime.Tuple2;

/**
 * Go's package math/bits. Unsigned Go types keep their bits in the Java type of their width
 * (uint, uint64 → long; uint32 → int; uint16 → short; uint8 → byte); results of Go type int
 * are longs. The JDK's intrinsics (numberOfLeadingZeros, bitCount, reverse, multiplyHigh...)
 * give the same bits as Go's.
 */
public final class Bits {
    private Bits() {}

    /** The size of a uint in bits. */
    public static final long UintSize = 64;

    // ---- LeadingZeros: the number of leading zero bits; the width for 0 ----

    public static long LeadingZeros(long x) {
        return Long.numberOfLeadingZeros(x);
    }

    public static long LeadingZeros8(byte x) {
        return Integer.numberOfLeadingZeros(x & 0xff) - 24;
    }

    public static long LeadingZeros16(short x) {
        return Integer.numberOfLeadingZeros(x & 0xffff) - 16;
    }

    public static long LeadingZeros32(int x) {
        return Integer.numberOfLeadingZeros(x);
    }

    public static long LeadingZeros64(long x) {
        return Long.numberOfLeadingZeros(x);
    }

    // ---- TrailingZeros: the number of trailing zero bits; the width for 0 ----

    public static long TrailingZeros(long x) {
        return Long.numberOfTrailingZeros(x);
    }

    public static long TrailingZeros8(byte x) {
        return x == 0 ? 8 : Integer.numberOfTrailingZeros(x & 0xff);
    }

    public static long TrailingZeros16(short x) {
        return x == 0 ? 16 : Integer.numberOfTrailingZeros(x & 0xffff);
    }

    public static long TrailingZeros32(int x) {
        return Integer.numberOfTrailingZeros(x);
    }

    public static long TrailingZeros64(long x) {
        return Long.numberOfTrailingZeros(x);
    }

    // ---- OnesCount: the number of one bits ----

    public static long OnesCount(long x) {
        return Long.bitCount(x);
    }

    public static long OnesCount8(byte x) {
        return Integer.bitCount(x & 0xff);
    }

    public static long OnesCount16(short x) {
        return Integer.bitCount(x & 0xffff);
    }

    public static long OnesCount32(int x) {
        return Integer.bitCount(x);
    }

    public static long OnesCount64(long x) {
        return Long.bitCount(x);
    }

    // ---- RotateLeft: rotated left by k bits (right for negative k) ----

    public static long RotateLeft(long x, long k) {
        return Long.rotateLeft(x, (int) (k & 63));
    }

    public static byte RotateLeft8(byte x, long k) {
        int s = (int) (k & 7);
        int v = x & 0xff;
        return (byte) (v << s | v >>> (8 - s));
    }

    public static short RotateLeft16(short x, long k) {
        int s = (int) (k & 15);
        int v = x & 0xffff;
        return (short) (v << s | v >>> (16 - s));
    }

    public static int RotateLeft32(int x, long k) {
        return Integer.rotateLeft(x, (int) (k & 31));
    }

    public static long RotateLeft64(long x, long k) {
        return Long.rotateLeft(x, (int) (k & 63));
    }

    // ---- Reverse: the bits in reverse order ----

    public static long Reverse(long x) {
        return Long.reverse(x);
    }

    public static byte Reverse8(byte x) {
        return (byte) (Integer.reverse(x & 0xff) >>> 24);
    }

    public static short Reverse16(short x) {
        return (short) (Integer.reverse(x & 0xffff) >>> 16);
    }

    public static int Reverse32(int x) {
        return Integer.reverse(x);
    }

    public static long Reverse64(long x) {
        return Long.reverse(x);
    }

    // ---- ReverseBytes: the bytes in reverse order ----

    public static long ReverseBytes(long x) {
        return Long.reverseBytes(x);
    }

    public static short ReverseBytes16(short x) {
        return Short.reverseBytes(x);
    }

    public static int ReverseBytes32(int x) {
        return Integer.reverseBytes(x);
    }

    public static long ReverseBytes64(long x) {
        return Long.reverseBytes(x);
    }

    // ---- Len: the minimum number of bits to represent x; 0 for 0 ----

    public static long Len(long x) {
        return 64 - Long.numberOfLeadingZeros(x);
    }

    public static long Len8(byte x) {
        return 32 - Integer.numberOfLeadingZeros(x & 0xff);
    }

    public static long Len16(short x) {
        return 32 - Integer.numberOfLeadingZeros(x & 0xffff);
    }

    public static long Len32(int x) {
        return 32 - Integer.numberOfLeadingZeros(x);
    }

    public static long Len64(long x) {
        return 64 - Long.numberOfLeadingZeros(x);
    }

    // ---- Add, Sub: with carry / borrow in and out (carry must be 0 or 1) ----

    public static Tuple2<Long, Long> Add(long x, long y, long carry) {
        return Add64(x, y, carry);
    }

    public static Tuple2<Integer, Integer> Add32(int x, int y, int carry) {
        long sum = (x & 0xffffffffL) + (y & 0xffffffffL) + (carry & 0xffffffffL);
        return new Tuple2<>((int) sum, (int) (sum >>> 32));
    }

    public static Tuple2<Long, Long> Add64(long x, long y, long carry) {
        long sum = x + y + carry;
        long carryOut = ((x & y) | ((x | y) & ~sum)) >>> 63;
        return new Tuple2<>(sum, carryOut);
    }

    public static Tuple2<Long, Long> Sub(long x, long y, long borrow) {
        return Sub64(x, y, borrow);
    }

    public static Tuple2<Integer, Integer> Sub32(int x, int y, int borrow) {
        int diff = x - y - borrow;
        int borrowOut = ((~x & y) | (~(x ^ y) & diff)) >>> 31;
        return new Tuple2<>(diff, borrowOut);
    }

    public static Tuple2<Long, Long> Sub64(long x, long y, long borrow) {
        long diff = x - y - borrow;
        long borrowOut = ((~x & y) | (~(x ^ y) & diff)) >>> 63;
        return new Tuple2<>(diff, borrowOut);
    }

    // ---- Mul: the full product as (hi, lo) ----

    public static Tuple2<Long, Long> Mul(long x, long y) {
        return Mul64(x, y);
    }

    public static Tuple2<Integer, Integer> Mul32(int x, int y) {
        long p = (x & 0xffffffffL) * (y & 0xffffffffL);
        return new Tuple2<>((int) (p >>> 32), (int) p);
    }

    public static Tuple2<Long, Long> Mul64(long x, long y) {
        return new Tuple2<>(Math.unsignedMultiplyHigh(x, y), x * y);
    }

    // ---- Div, Rem: (hi, lo) divided by y; Div panics when y is 0 or y <= hi ----

    public static Tuple2<Long, Long> Div(long hi, long lo, long y) {
        return Div64(hi, lo, y);
    }

    public static Tuple2<Integer, Integer> Div32(int hi, int lo, int y) {
        if (y != 0 && Integer.compareUnsigned(y, hi) <= 0) {
            throw new GoPanic(RuntimeErrors.error("integer overflow"));
        }
        if (y == 0) {
            throw new GoPanic(RuntimeErrors.error("integer divide by zero"));
        }
        long z = (long) hi << 32 | (lo & 0xffffffffL);
        long yy = y & 0xffffffffL;
        return new Tuple2<>((int) Long.divideUnsigned(z, yy), (int) Long.remainderUnsigned(z, yy));
    }

    public static Tuple2<Long, Long> Div64(long hi, long lo, long y) {
        if (y == 0) {
            throw new GoPanic(RuntimeErrors.error("integer divide by zero"));
        }
        if (Long.compareUnsigned(y, hi) <= 0) {
            throw new GoPanic(RuntimeErrors.error("integer overflow"));
        }
        java.math.BigInteger n = unsigned(hi).shiftLeft(64).or(unsigned(lo));
        java.math.BigInteger[] qr = n.divideAndRemainder(unsigned(y));
        return new Tuple2<>(qr[0].longValue(), qr[1].longValue());
    }

    public static long Rem(long hi, long lo, long y) {
        return Rem64(hi, lo, y);
    }

    /** (hi, lo) mod y; unlike Div, no overflow panic (hi may be >= y). */
    public static int Rem32(int hi, int lo, int y) {
        if (y == 0) {
            throw new GoPanic(RuntimeErrors.error("integer divide by zero"));
        }
        long z = (long) hi << 32 | (lo & 0xffffffffL);
        return (int) Long.remainderUnsigned(z, y & 0xffffffffL);
    }

    public static long Rem64(long hi, long lo, long y) {
        if (y == 0) {
            throw new GoPanic(RuntimeErrors.error("integer divide by zero"));
        }
        java.math.BigInteger n = unsigned(hi).shiftLeft(64).or(unsigned(lo));
        return n.mod(unsigned(y)).longValue();
    }

    private static java.math.BigInteger unsigned(long v) {
        java.math.BigInteger b = java.math.BigInteger.valueOf(v & Long.MAX_VALUE);
        return v < 0 ? b.setBit(63) : b;
    }
}
