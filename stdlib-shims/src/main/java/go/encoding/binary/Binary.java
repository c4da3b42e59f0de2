// Package encoding/binary: the byte orders and the varint encoding of integers.
package go.encoding.binary;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.Tuple2;

/** Go's package encoding/binary (without Read, Write and Size, which need reflection). */
public final class Binary {
    private Binary() {}

    public static final long MaxVarintLen16 = 3;
    public static final long MaxVarintLen32 = 5;
    public static final long MaxVarintLen64 = 10;

    /** The little-endian ByteOrder. */
    public static littleEndian LittleEndian = new littleEndian();
    /** The big-endian ByteOrder. */
    public static bigEndian BigEndian = new bigEndian();

    /** x in 7-bit groups, least significant first, each but the last with the high bit set. */
    public static ByteSlice AppendUvarint(ByteSlice buf, long x) {
        while (Long.compareUnsigned(x, 0x80) >= 0) {
            buf = ByteSlice.append(buf, (byte) (x | 0x80));
            x >>>= 7;
        }
        return ByteSlice.append(buf, (byte) x);
    }

    /** Writes x's uvarint into buf (panicking as Go's indexing does when it is too short); returns its length. */
    public static long PutUvarint(ByteSlice buf, long x) {
        int i = 0;
        while (Long.compareUnsigned(x, 0x80) >= 0) {
            buf.set(i, (byte) (x | 0x80));
            x >>>= 7;
            i++;
        }
        buf.set(i, (byte) x);
        return i + 1;
    }

    /**
     * Decodes a uvarint from buf: (value, bytes read); (0, 0) when buf is too short, (0, -n)
     * when the value overflows 64 bits after n bytes.
     */
    public static Tuple2<Long, Long> Uvarint(ByteSlice buf) {
        long x = 0;
        int s = 0;
        for (int i = 0; i < buf.len(); i++) {
            if (i == MaxVarintLen64) {
                return new Tuple2<>(0L, (long) -(i + 1));
            }
            int b = buf.get(i) & 0xff;
            if (b < 0x80) {
                if (i == MaxVarintLen64 - 1 && b > 1) {
                    return new Tuple2<>(0L, (long) -(i + 1));
                }
                return new Tuple2<>(x | (long) b << s, (long) (i + 1));
            }
            x |= (long) (b & 0x7f) << s;
            s += 7;
        }
        return new Tuple2<>(0L, 0L);
    }

    /** Zig-zag encoding: 0, -1, 1, -2, ... become 0, 1, 2, 3, ... */
    private static long zigzag(long x) {
        long ux = x << 1;
        return x < 0 ? ~ux : ux;
    }

    public static ByteSlice AppendVarint(ByteSlice buf, long x) {
        return AppendUvarint(buf, zigzag(x));
    }

    public static long PutVarint(ByteSlice buf, long x) {
        return PutUvarint(buf, zigzag(x));
    }

    public static Tuple2<Long, Long> Varint(ByteSlice buf) {
        Tuple2<Long, Long> u = Uvarint(buf);
        long ux = u.v0();
        long x = ux >>> 1;
        if ((ux & 1) != 0) {
            x = ~x;
        }
        return new Tuple2<>(x, u.v1());
    }
}
