// io.ByteScanner: ReadByte plus UnreadByte.
package go.io;

import dev.goloom.runtime.GoError;

/** Go's io.ByteScanner: a ByteReader that can step back one byte. */
public interface ByteScanner extends ByteReader {
    GoError UnreadByte();
}
