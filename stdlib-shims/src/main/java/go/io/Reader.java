// io.Reader: the interface that wraps the basic Read method.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.Reader: {@code Read(p []byte) (n int, err error)}. */
public interface Reader {
    Tuple2<Long, GoError> Read(ByteSlice p);
}
