// io.PipeReader: the read half of a pipe.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's {@code *io.PipeReader}. */
public final class PipeReader implements ReadCloser, dev.goloom.runtime.GoStruct<PipeReader>, Cloneable {

    /** {@code io.PipeReader}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("io", "io", "PipeReader")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: a shallow copy of the fields (a copied buffer shares its bytes, as in Go). */
    @Override public PipeReader copy() {
        try {
            return (PipeReader) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The pipe both halves share. */
    private final Pipe pipe;

    PipeReader(Pipe pipe) {
        this.pipe = pipe;
    }

    /** Blocks until a writer writes or the write side closes (EOF, or its CloseWithError error). */
    @Override public Tuple2<Long, GoError> Read(ByteSlice data) {
        return pipe.read(data);
    }

    /** Later writes return ErrClosedPipe. */
    @Override public GoError Close() {
        return CloseWithError(null);
    }

    /** Later writes return err (ErrClosedPipe when nil); never overwrites an earlier error. */
    public GoError CloseWithError(GoError err) {
        return pipe.closeRead(err);
    }
}
