// io.StringWriter: the interface that wraps the WriteString method.
package go.io;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.StringWriter: {@code WriteString(s string) (n int, err error)}. */
public interface StringWriter {
    Tuple2<Long, GoError> WriteString(String s);
}
