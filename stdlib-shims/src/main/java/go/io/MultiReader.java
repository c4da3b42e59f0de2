// The Reader io.MultiReader returns: its readers one after the other.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/**
 * Go's io.multiReader. A reader that reports EOF is dropped; EOF is returned only when all are
 * done, and a read that returns bytes together with EOF from a reader that is not the last
 * returns them with a nil error. Nested multi-readers are flattened, as in Go.
 */
final class MultiReader implements Reader, WriterTo {
    /** The readers not yet exhausted, first is current. */
    private Reader[] readers;
    /** Index of the current reader in {@code readers}. */
    private int at;

    MultiReader(Reader[] readers) {
        this.readers = readers;
    }

    @Override public Tuple2<Long, GoError> Read(ByteSlice p) {
        while (at < readers.length) {
            if (readers.length - at == 1 && readers[at] instanceof MultiReader inner) {
                readers = java.util.Arrays.copyOfRange(inner.readers, inner.at, inner.readers.length);
                at = 0;
                continue;
            }
            Tuple2<Long, GoError> t = readers[at].Read(p);
            long n = t.v0();
            GoError err = t.v1();
            if (err == Io.EOF) {
                readers[at] = null; // let it be collected
                at++;
            }
            if (n > 0 || err != Io.EOF) {
                if (err == Io.EOF && at < readers.length) {
                    err = null; // more readers follow
                }
                return new Tuple2<>(n, err);
            }
        }
        return new Tuple2<>(0L, Io.EOF);
    }

    /** Go's multiReader.WriteTo: copies each reader in turn (through its WriteTo when it has one). */
    @Override public Tuple2<Long, GoError> WriteTo(Writer w) {
        long sum = 0;
        ByteSlice buf = null;
        while (at < readers.length) {
            Reader r = readers[at];
            Tuple2<Long, GoError> t;
            if (r instanceof MultiReader inner) {
                t = inner.WriteTo(w);
            } else {
                if (buf == null) {
                    buf = ByteSlice.make(32 * 1024);
                }
                t = Io.CopyBuffer(w, r, buf);
            }
            sum += t.v0();
            if (t.v1() != null) {
                return new Tuple2<>(sum, t.v1());
            }
            readers[at] = null;
            at++;
        }
        return new Tuple2<>(sum, null);
    }
}
