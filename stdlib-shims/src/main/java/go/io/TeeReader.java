// The Reader io.TeeReader returns: what it reads it also writes.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.teeReader: a write error is returned as the read's error. */
final class TeeReader implements Reader {
    /** Where the bytes come from. */
    private final Reader r;
    /** Where they are copied to. */
    private final Writer w;

    TeeReader(Reader r, Writer w) {
        this.r = r;
        this.w = w;
    }

    @Override public Tuple2<Long, GoError> Read(ByteSlice p) {
        Tuple2<Long, GoError> t = r.Read(p);
        long n = t.v0();
        if (n > 0) {
            Tuple2<Long, GoError> wt = w.Write(p.slice(0, n));
            if (wt.v1() != null) {
                return new Tuple2<>(wt.v0(), wt.v1());
            }
        }
        return t;
    }
}
