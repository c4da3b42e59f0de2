// binary.ByteOrder: converts byte slices into unsigned integers and back.
package go.encoding.binary;

import dev.goloom.runtime.ByteSlice;

/** Go's {@code binary.ByteOrder}; uint16/uint32/uint64 are Java short/int/long. */
public interface ByteOrder extends dev.goloom.runtime.GoStringer {
    short Uint16(ByteSlice b);

    int Uint32(ByteSlice b);

    long Uint64(ByteSlice b);

    void PutUint16(ByteSlice b, short v);

    void PutUint32(ByteSlice b, int v);

    void PutUint64(ByteSlice b, long v);
}
