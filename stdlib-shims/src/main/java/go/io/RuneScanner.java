// io.RuneScanner: ReadRune plus UnreadRune.
package go.io;

import dev.goloom.runtime.GoError;

/** Go's io.RuneScanner: a RuneReader that can step back one rune. */
public interface RuneScanner extends RuneReader {
    GoError UnreadRune();
}
