// io.PipeReader: the read half of a pipe.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's {@code *io.PipeReader}. */
public final class PipeReader implements ReadCloser {
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
