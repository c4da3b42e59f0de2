// io.Closer: the interface that wraps the basic Close method.
package go.io;

import dev.goloom.runtime.GoError;

/** Go's io.Closer: {@code Close() error}. */
public interface Closer {
    GoError Close();
}
