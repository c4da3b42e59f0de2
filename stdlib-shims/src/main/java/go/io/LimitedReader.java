// io.LimitedReader: reads from R but at most N bytes, then EOF.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's {@code *io.LimitedReader}; its fields are Go's exported fields. */
public final class LimitedReader implements Reader {
    /** The underlying reader. */
    public Reader R;
    /** Bytes still allowed. */
    public long N;

    public LimitedReader() {}

    public LimitedReader(Reader r, long n) {
        this.R = r;
        this.N = n;
    }

    @Override public Tuple2<Long, GoError> Read(ByteSlice p) {
        if (N <= 0) {
            return new Tuple2<>(0L, Io.EOF);
        }
        if (p.len() > N) {
            p = p.slice(0, N);
        }
        Tuple2<Long, GoError> t = R.Read(p);
        N -= t.v0();
        return t;
    }
}
