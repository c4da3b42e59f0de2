// io.ReaderFrom: the interface that wraps the ReadFrom method, which io.Copy uses when the source has no WriteTo.
package go.io;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.ReaderFrom: {@code ReadFrom(r Reader) (n int64, err error)}. */
public interface ReaderFrom {
    Tuple2<Long, GoError> ReadFrom(Reader r);
}
