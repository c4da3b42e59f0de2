// io.ByteReader: the interface that wraps the ReadByte method.
package go.io;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.ByteReader: {@code ReadByte() (byte, error)}. */
public interface ByteReader {
    Tuple2<Byte, GoError> ReadByte();
}
