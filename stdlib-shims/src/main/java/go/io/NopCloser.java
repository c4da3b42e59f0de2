// The ReadCloser io.NopCloser returns: the reader with a Close that does nothing.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.nopCloser; {@link WithWriterTo} keeps the reader's WriteTo visible to io.Copy. */
class NopCloser implements ReadCloser {
    /** The wrapped reader. */
    final Reader r;

    NopCloser(Reader r) {
        this.r = r;
    }

    @Override public Tuple2<Long, GoError> Read(ByteSlice p) {
        return r.Read(p);
    }

    @Override public GoError Close() {
        return null;
    }

    /** Go's io.nopCloserWriterTo. */
    static final class WithWriterTo extends NopCloser implements WriterTo {
        WithWriterTo(Reader r) {
            super(r);
        }

        @Override public Tuple2<Long, GoError> WriteTo(Writer w) {
            return ((WriterTo) r).WriteTo(w);
        }
    }
}
