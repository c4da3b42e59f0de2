// io.Discard: a Writer on which every write succeeds and does nothing.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.discard, including its ReadFrom (which reads the source to the end). */
final class DiscardWriter implements Writer, StringWriter, ReaderFrom {
    @Override public Tuple2<Long, GoError> Write(ByteSlice p) {
        return new Tuple2<>(p.len(), null);
    }

    @Override public Tuple2<Long, GoError> WriteString(String s) {
        return new Tuple2<>((long) s.length(), null);
    }

    @Override public Tuple2<Long, GoError> ReadFrom(Reader r) {
        ByteSlice buf = ByteSlice.make(8192);
        long n = 0;
        while (true) {
            Tuple2<Long, GoError> t = r.Read(buf);
            n += t.v0();
            if (t.v1() != null) {
                return new Tuple2<>(n, t.v1() == Io.EOF ? null : t.v1());
            }
        }
    }
}
