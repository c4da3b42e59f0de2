// io.RuneReader: the interface that wraps the ReadRune method.
package go.io;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple3;

/** Go's io.RuneReader: {@code ReadRune() (r rune, size int, err error)}. */
public interface RuneReader {
    Tuple3<Integer, Long, GoError> ReadRune();
}
