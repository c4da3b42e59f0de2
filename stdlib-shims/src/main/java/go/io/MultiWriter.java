// The Writer io.MultiWriter returns: every write goes to each writer in turn.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's io.multiWriter: stops at the first error, or ErrShortWrite when a writer takes fewer bytes. */
final class MultiWriter implements Writer, StringWriter {
    /** The writers, nested MultiWriters flattened. */
    private final Writer[] writers;

    MultiWriter(Writer[] given) {
        java.util.List<Writer> all = new java.util.ArrayList<>();
        for (Writer w : given) {
            if (w instanceof MultiWriter m) {
                all.addAll(java.util.List.of(m.writers));
            } else {
                all.add(w);
            }
        }
        this.writers = all.toArray(new Writer[0]);
    }

    @Override public Tuple2<Long, GoError> Write(ByteSlice p) {
        for (Writer w : writers) {
            Tuple2<Long, GoError> t = w.Write(p);
            if (t.v1() != null) {
                return t;
            }
            if (t.v0() != p.len()) {
                return new Tuple2<>(t.v0(), Io.ErrShortWrite);
            }
        }
        return new Tuple2<>(p.len(), null);
    }

    @Override public Tuple2<Long, GoError> WriteString(String s) {
        ByteSlice p = null; // made once, for the writers without WriteString
        for (Writer w : writers) {
            Tuple2<Long, GoError> t;
            if (w instanceof StringWriter sw) {
                t = sw.WriteString(s);
            } else {
                if (p == null) {
                    p = ByteSlice.fromString(s);
                }
                t = w.Write(p);
            }
            if (t.v1() != null) {
                return t;
            }
            if (t.v0() != s.length()) {
                return new Tuple2<>(t.v0(), Io.ErrShortWrite);
            }
        }
        return new Tuple2<>((long) s.length(), null);
    }
}
