// io.Writer: the interface Fprint* write to.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.Writer: {@code Write(p []byte) (n int, err error)}. */
public interface Writer {
    Tuple2<Long, GoError> Write(ByteSlice p);
}
