// io.PipeWriter: the write half of a pipe.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's {@code *io.PipeWriter}. */
public final class PipeWriter implements WriteCloser {
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
