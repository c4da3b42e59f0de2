// Runs the encoding/binary section of src/test/go/morecases on the shim and compares with what real Go printed.
package go.encoding.binary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Tuple2;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** morecases/main.go's binaryCases, statement for statement (unsigned values boxed with their Go types for fmt). */
class BinaryScenariosTest {
    private static final GoType BYTES = new GoType.Slice(GoType.UINT8);

    private static Boxed u16(short v) {
        return new Boxed(GoType.UINT16, v);
    }

    private static Boxed u32(int v) {
        return new Boxed(GoType.UINT32, v);
    }

    private static Boxed u64(long v) {
        return new Boxed(GoType.UINT64, v);
    }

    private static Boxed bytes(ByteSlice b) {
        return new Boxed(BYTES, b);
    }

    private static void recovered(GoOut o, Runnable r) {
        try {
            r.run();
        } catch (GoPanic p) {
            o.println(p.value());
        }
    }

    @Test
    void binary() {
        GoOut o = new GoOut();
        o.section("binary");
        ByteSlice b = ByteSlice.of((byte) 1, (byte) 2, (byte) 3, (byte) 4, (byte) 5, (byte) 6, (byte) 7, (byte) 0xf8);
        o.println(u16(Binary.LittleEndian.Uint16(b)), u32(Binary.LittleEndian.Uint32(b)), u64(Binary.LittleEndian.Uint64(b)));
        o.println(u16(Binary.BigEndian.Uint16(b)), u32(Binary.BigEndian.Uint32(b)), u64(Binary.BigEndian.Uint64(b)));
        ByteSlice out = ByteSlice.make(8);
        Binary.LittleEndian.PutUint64(out, 0x8877665544332211L);
        o.printf("% x\n", bytes(out));
        Binary.BigEndian.PutUint32(out, 0xdeadbeef);
        Binary.BigEndian.PutUint16(out.slice(4, out.len()), (short) 0xcafe);
        o.printf("% x\n", bytes(out));
        o.printf("% x\n", bytes(Binary.BigEndian.AppendUint64(ByteSlice.of((byte) 9), 1)));
        o.printf("% x\n", bytes(Binary.LittleEndian.AppendUint32(ByteSlice.NIL, 0x01020304)));
        o.printf("% x\n", bytes(Binary.LittleEndian.AppendUint16(ByteSlice.NIL, (short) 0xabcd)));
        o.println(Binary.LittleEndian, Binary.BigEndian.String());
        ByteOrder order = Binary.BigEndian;
        o.println(u16(order.Uint16(ByteSlice.of((byte) 1, (byte) 2))), order);
        for (long x : new long[] {0, 1, 127, 128, 300, Long.MAX_VALUE, Long.MIN_VALUE, -1}) {
            ByteSlice buf = ByteSlice.make(Binary.MaxVarintLen64);
            long n = Binary.PutUvarint(buf, x);
            Tuple2<Long, Long> v = Binary.Uvarint(buf.slice(0, n));
            o.printf("%d % x %d %d %x\n", u64(x), bytes(buf.slice(0, n)), u64(v.v0()), v.v1(), bytes(Binary.AppendUvarint(ByteSlice.NIL, x)));
        }
        for (long x : new long[] {0, -1, 1, -64, 64, Long.MIN_VALUE, Long.MAX_VALUE}) {
            ByteSlice buf = ByteSlice.make(Binary.MaxVarintLen64);
            long n = Binary.PutVarint(buf, x);
            Tuple2<Long, Long> v = Binary.Varint(buf.slice(0, n));
            o.printf("%d % x %d %d %x\n", x, bytes(buf.slice(0, n)), v.v0(), v.v1(), bytes(Binary.AppendVarint(ByteSlice.NIL, x)));
        }
        Tuple2<Long, Long> t = Binary.Uvarint(ByteSlice.NIL);
        o.println(u64(t.v0()), t.v1());
        t = Binary.Uvarint(ByteSlice.of((byte) 0x80, (byte) 0x80));
        o.println(u64(t.v0()), t.v1());
        byte ff = (byte) 0xff;
        t = Binary.Uvarint(ByteSlice.of(ff, ff, ff, ff, ff, ff, ff, ff, ff, (byte) 2));
        o.println(u64(t.v0()), t.v1());
        t = Binary.Uvarint(ByteSlice.of(ff, ff, ff, ff, ff, ff, ff, ff, ff, ff, (byte) 1));
        o.println(u64(t.v0()), t.v1());
        recovered(o, () -> Binary.BigEndian.Uint32(ByteSlice.of((byte) 1, (byte) 2)));
        recovered(o, () -> Binary.LittleEndian.PutUint64(ByteSlice.make(3), 1));
        recovered(o, () -> Binary.PutUvarint(ByteSlice.make(1), 300));
        assertEquals(GoldenText.section("morecases.txt", "binary"), o.text());
    }
}
