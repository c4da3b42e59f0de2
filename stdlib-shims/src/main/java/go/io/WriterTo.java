// io.WriterTo: the interface that wraps the WriteTo method, which io.Copy prefers.
package go.io;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.WriterTo: {@code WriteTo(w Writer) (n int64, err error)}. */
public interface WriterTo {
    Tuple2<Long, GoError> WriteTo(Writer w);
}
