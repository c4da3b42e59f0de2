// io.PipeWriter: the write half of a pipe.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's {@code *io.PipeWriter}. */
public final class PipeWriter implements WriteCloser, dev.goloom.runtime.GoStruct<PipeWriter>, Cloneable {

    /** {@code io.PipeWriter}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("io", "io", "PipeWriter")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: a shallow copy of the fields (a copied buffer shares its bytes, as in Go). */
    @Override public PipeWriter copy() {
        try {
            return (PipeWriter) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The pipe both halves share. */
    private final Pipe pipe;

    PipeWriter(Pipe pipe) {
        this.pipe = pipe;
    }

    /** Blocks until readers have consumed all of data or the read side closes. */
    @Override public Tuple2<Long, GoError> Write(ByteSlice data) {
        return pipe.write(data);
    }

    /** Later reads return EOF. */
    @Override public GoError Close() {
        return CloseWithError(null);
    }

    /** Later reads return err (EOF when nil); never overwrites an earlier error. */
    public GoError CloseWithError(GoError err) {
        return pipe.closeWrite(err);
    }
}
