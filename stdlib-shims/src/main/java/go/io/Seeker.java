// io.Seeker: the interface that wraps the basic Seek method.
package go.io;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.Seeker: {@code Seek(offset int64, whence int) (int64, error)}. */
public interface Seeker {
    Tuple2<Long, GoError> Seek(long offset, long whence);
}
