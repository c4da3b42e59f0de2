// binary.BigEndian: the big-endian ByteOrder and AppendByteOrder.
package go.encoding.binary;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/**
 * Go's unexported {@code binary.bigEndian} (an empty struct). Reading first touches the last
 * byte needed, so a short slice panics with Go's "index out of range [N] with length L".
 */
public final class bigEndian implements ByteOrder, AppendByteOrder, GoStruct<bigEndian> {
    /** {@code binary.bigEndian}, an empty struct. */
    public static final GoType.Named TYPE = new GoType.Named("encoding/binary", "binary", "bigEndian").define(new GoType.Struct(List.of()));

    public bigEndian() {}

    public short Uint16(ByteSlice b) {
        b.get(1); // bounds check hint to compiler; see golang.org/issue/14808
        return (short) ((b.get(1) & 0xff) | (b.get(0) & 0xff) << 8);
    }

    public void PutUint16(ByteSlice b, short v) {
        b.get(1); // early bounds check to guarantee safety of writes below
        b.set(1, (byte) (v >>> 0));
        b.set(0, (byte) (v >>> 8));
    }

    public ByteSlice AppendUint16(ByteSlice b, short v) {
        return ByteSlice.append(b, (byte) (v >>> 8), (byte) (v >>> 0));
    }

    public int Uint32(ByteSlice b) {
        b.get(3); // bounds check hint to compiler; see golang.org/issue/14808
        return (int) ((b.get(3) & 0xff) | (b.get(2) & 0xff) << 8 | (b.get(1) & 0xff) << 16 | (b.get(0) & 0xff) << 24);
    }

    public void PutUint32(ByteSlice b, int v) {
        b.get(3); // early bounds check to guarantee safety of writes below
        b.set(3, (byte) (v >>> 0));
        b.set(2, (byte) (v >>> 8));
        b.set(1, (byte) (v >>> 16));
        b.set(0, (byte) (v >>> 24));
    }

    public ByteSlice AppendUint32(ByteSlice b, int v) {
        return ByteSlice.append(b, (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) (v >>> 0));
    }

    public long Uint64(ByteSlice b) {
        b.get(7); // bounds check hint to compiler; see golang.org/issue/14808
        return (long) (((long) (b.get(7) & 0xff)) | ((long) (b.get(6) & 0xff)) << 8 | ((long) (b.get(5) & 0xff)) << 16 | ((long) (b.get(4) & 0xff)) << 24 | ((long) (b.get(3) & 0xff)) << 32 | ((long) (b.get(2) & 0xff)) << 40 | ((long) (b.get(1) & 0xff)) << 48 | ((long) (b.get(0) & 0xff)) << 56);
    }

    public void PutUint64(ByteSlice b, long v) {
        b.get(7); // early bounds check to guarantee safety of writes below
        b.set(7, (byte) (v >>> 0));
        b.set(6, (byte) (v >>> 8));
        b.set(5, (byte) (v >>> 16));
        b.set(4, (byte) (v >>> 24));
        b.set(3, (byte) (v >>> 32));
        b.set(2, (byte) (v >>> 40));
        b.set(1, (byte) (v >>> 48));
        b.set(0, (byte) (v >>> 56));
    }

    public ByteSlice AppendUint64(ByteSlice b, long v) {
        return ByteSlice.append(b, (byte) (v >>> 56), (byte) (v >>> 48), (byte) (v >>> 40), (byte) (v >>> 32), (byte) (v >>> 24), (byte) (v >>> 16), (byte) (v >>> 8), (byte) (v >>> 0));
    }

    @Override public String String() {
        return "BigEndian";
    }

    public String GoString() {
        return "binary.BigEndian";
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override public bigEndian copy() {
        return new bigEndian();
    }

    @Override public void set(bigEndian v) {}
}
