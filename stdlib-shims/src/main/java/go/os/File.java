// *os.File for the standard streams: unbuffered writes of raw bytes to file descriptors 1 and 2.
package go.os;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Stdio;
import dev.goloom.runtime.Tuple2;
import go.io.Writer;

/**
 * Go's {@code *os.File}, so far only os.Stdout and os.Stderr: each Write is one write of the
 * bytes, as in Go (no buffering), so stdout and stderr interleave exactly as Go's do.
 */
public final class File implements Writer {
    /** 1 for standard output, 2 for standard error. */
    private final int fd;
    /** The name Go gives the file ("/dev/stdout"). */
    private final String name;

    File(int fd, String name) {
        this.fd = fd;
        this.name = name;
    }

    @Override public Tuple2<Long, GoError> Write(ByteSlice b) {
        return WriteString(b.toGoString());
    }

    public Tuple2<Long, GoError> WriteString(String s) {
        long n = fd == 2 ? Stdio.writeErr(s) : Stdio.writeOut(s);
        return new Tuple2<>(n, null);
    }

    public String Name() {
        return name;
    }

    public long Fd() {
        return fd;
    }
}
