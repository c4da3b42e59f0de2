// io.LimitedReader: reads from R but at most N bytes, then EOF.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's {@code *io.LimitedReader}; its fields are Go's exported fields. */
public final class LimitedReader implements Reader, dev.goloom.runtime.GoStruct<LimitedReader> {
    /** {@code io.Reader}, the type of field R. */
    static final dev.goloom.runtime.GoType.Named READER = new dev.goloom.runtime.GoType.Named("io", "io", "Reader")
            .define(new dev.goloom.runtime.GoType.Interface(java.util.List.of("Read([]uint8) (int, error)")));
    /** {@code io.LimitedReader}. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("io", "io", "LimitedReader")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of(
                    new dev.goloom.runtime.GoType.Field("R", READER, false, ""),
                    new dev.goloom.runtime.GoType.Field("N", dev.goloom.runtime.GoType.INT64, false, ""))));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return i == 0 ? R : (Object) N;
    }

    @Override public LimitedReader copy() {
        return new LimitedReader(R, N);
    }

    @Override public void set(LimitedReader v) {
        R = v.R;
        N = v.N;
    }

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
