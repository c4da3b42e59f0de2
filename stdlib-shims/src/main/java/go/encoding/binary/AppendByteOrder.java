// binary.AppendByteOrder: appends unsigned integers to byte slices.
package go.encoding.binary;

import dev.goloom.runtime.ByteSlice;

/** Go's {@code binary.AppendByteOrder}. */
public interface AppendByteOrder extends dev.goloom.runtime.GoStringer {
    ByteSlice AppendUint16(ByteSlice b, short v);

    ByteSlice AppendUint32(ByteSlice b, int v);

    ByteSlice AppendUint64(ByteSlice b, long v);
}
