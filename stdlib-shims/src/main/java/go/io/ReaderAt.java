// io.ReaderAt: the interface that wraps the basic ReadAt method.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.ReaderAt: {@code ReadAt(p []byte, off int64) (n int, err error)}. */
public interface ReaderAt {
    Tuple2<Long, GoError> ReadAt(ByteSlice p, long off);
}
