// io.ByteWriter: the interface that wraps the WriteByte method.
package go.io;

import dev.goloom.runtime.GoError;

/** Go's io.ByteWriter: {@code WriteByte(c byte) error}. */
public interface ByteWriter {
    GoError WriteByte(byte c);
}
