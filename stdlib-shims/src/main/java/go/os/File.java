// *os.File: the standard streams and open files; every blocking read or write goes through the runtime's Syscall hand-off.
package go.os;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Stdio;
import dev.goloom.runtime.Syscall;
import dev.goloom.runtime.Tuple2;
import go.io.Io;
import go.io.SliceBytes;
import go.io.fs.FileInfo;
import go.io.fs.FileModes;
import go.io.fs.Fs;
import go.io.fs.PathError;
import go.syscall.Errno;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;

/**
 * Go's {@code *os.File}. Standard output and error write each call's bytes at once (Go does not
 * buffer them), so stdout and stderr interleave as Go's do. Standard input and files opened by
 * Open/Create/OpenFile read and write through a Java channel, between
 * {@code Syscall.enter/exit}, so a goroutine blocked on a terminal or pipe never holds up the
 * others. Errors are {@code *PathError}s with Go's texts ("read f: file already closed").
 */
public final class File implements go.io.Reader, go.io.Writer, go.io.Closer, go.io.StringWriter, go.io.Seeker,
        go.io.ReaderAt, dev.goloom.runtime.GoStruct<File>, Cloneable {

    /** {@code os.File}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("os", "os", "File")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: a shallow copy of the fields (a copied buffer shares its bytes, as in Go). */
    @Override public File copy() {
        try {
            return (File) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The descriptor number Go would report for the standard streams; 3 and up for files. */
    private final int fd;
    /** The name the file was opened with ("/dev/stdout" for the standard streams). */
    private final String name;
    /** The open channel of a regular file, or null for the standard streams. */
    private final FileChannel channel;
    /** Standard input's stream, or null. */
    private final FileInputStream stdin;
    /** Set by Close; later operations fail with ErrClosed. */
    private volatile boolean closed;
    /** Whether writes append (O_APPEND). */
    private final boolean append;

    /** A standard stream: 0, 1 or 2. */
    File(int fd, String name) {
        this.fd = fd;
        this.name = name;
        this.channel = null;
        this.stdin = fd == 0 ? new FileInputStream(FileDescriptor.in) : null;
        this.append = false;
    }

    /** An opened file. */
    File(int fd, String name, FileChannel channel, boolean append) {
        this.fd = fd;
        this.name = name;
        this.channel = channel;
        this.stdin = null;
        this.append = append;
    }

    private PathError error(String op, GoError err) {
        return new PathError(op, name, err);
    }

    /** Reads up to len(b) bytes; at end of file 0 and io.EOF. */
    @Override public Tuple2<Long, GoError> Read(ByteSlice b) {
        if (closed) {
            return new Tuple2<>(0L, error("read", Fs.ErrClosed));
        }
        if (b.len() == 0) {
            return new Tuple2<>(0L, null);
        }
        if (fd == 1 || fd == 2) {
            return new Tuple2<>(0L, error("read", Errno.EBADF));
        }
        byte[] buf = new byte[(int) b.len()];
        int n;
        Syscall.enter();
        try {
            n = channel != null ? channel.read(ByteBuffer.wrap(buf)) : stdin.read(buf);
        } catch (IOException | RuntimeException e) {
            return new Tuple2<>(0L, error("read", Errno.of(e)));
        } finally {
            Syscall.exit();
        }
        if (n < 0) {
            return new Tuple2<>(0L, Io.EOF);
        }
        SliceBytes.copyIn(b, buf, 0, n);
        return new Tuple2<>((long) n, null);
    }

    /** Reads len(b) bytes at offset off (not moving the file offset); fewer only with an error. */
    @Override public Tuple2<Long, GoError> ReadAt(ByteSlice b, long off) {
        if (closed) {
            return new Tuple2<>(0L, error("read", Fs.ErrClosed));
        }
        if (off < 0) {
            return new Tuple2<>(0L, error("readat", go.errors.Errors.New("negative offset")));
        }
        if (channel == null) {
            return new Tuple2<>(0L, error("read", Errno.EINVAL));
        }
        byte[] buf = new byte[(int) b.len()];
        int total = 0;
        Syscall.enter();
        try {
            while (total < buf.length) {
                int n = channel.read(ByteBuffer.wrap(buf, total, buf.length - total), off + total);
                if (n < 0) {
                    break;
                }
                total += n;
            }
        } catch (IOException | RuntimeException e) {
            return new Tuple2<>((long) total, error("read", Errno.of(e)));
        } finally {
            Syscall.exit();
        }
        SliceBytes.copyIn(b, buf, 0, total);
        return new Tuple2<>((long) total, total < buf.length ? Io.EOF : null);
    }

    @Override public Tuple2<Long, GoError> Write(ByteSlice b) {
        return WriteString(b.toGoString());
    }

    /** Writes all of s (one write for the standard streams, as in Go). */
    @Override public Tuple2<Long, GoError> WriteString(String s) {
        if (closed) {
            return new Tuple2<>(0L, error("write", Fs.ErrClosed));
        }
        if (fd == 1 || fd == 2) {
            long n = fd == 2 ? Stdio.writeErr(s) : Stdio.writeOut(s);
            return new Tuple2<>(n, null);
        }
        if (channel == null) {
            return new Tuple2<>(0L, error("write", Errno.EBADF));
        }
        ByteBuffer buf = ByteBuffer.wrap(s.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        Syscall.enter();
        try {
            if (append) {
                channel.position(channel.size());
            }
            while (buf.hasRemaining()) {
                channel.write(buf);
            }
        } catch (IOException | RuntimeException e) {
            return new Tuple2<>((long) buf.position(), error("write", Errno.of(e)));
        } finally {
            Syscall.exit();
        }
        return new Tuple2<>((long) s.length(), null);
    }

    /** Sets the offset for the next Read or Write (whence: 0 start, 1 current, 2 end). */
    @Override public Tuple2<Long, GoError> Seek(long offset, long whence) {
        if (closed) {
            return new Tuple2<>(0L, error("seek", Fs.ErrClosed));
        }
        if (channel == null) {
            return new Tuple2<>(0L, error("seek", Errno.EINVAL));
        }
        try {
            long base = switch ((int) whence) {
                case 0 -> 0;
                case 1 -> channel.position();
                case 2 -> channel.size();
                default -> -1;
            };
            if (base < 0 || base + offset < 0) {
                return new Tuple2<>(0L, error("seek", Errno.EINVAL));
            }
            channel.position(base + offset);
            return new Tuple2<>(base + offset, null);
        } catch (IOException e) {
            return new Tuple2<>(0L, error("seek", Errno.of(e)));
        }
    }

    /** Closes the file; a second Close returns "close NAME: file already closed". */
    @Override public GoError Close() {
        if (closed) {
            return error("close", Fs.ErrClosed);
        }
        closed = true;
        try {
            if (channel != null) {
                channel.close();
            }
        } catch (IOException e) {
            return error("close", Errno.of(e));
        }
        return null;
    }

    /** Commits the file's contents to stable storage. */
    public GoError Sync() {
        if (closed) {
            return error("sync", Fs.ErrClosed);
        }
        if (channel != null) {
            try {
                Syscall.enter();
                try {
                    channel.force(true);
                } finally {
                    Syscall.exit();
                }
            } catch (IOException e) {
                return error("sync", Errno.of(e));
            }
        }
        return null;
    }

    /** The FileInfo of the open file. */
    public Tuple2<FileInfo, GoError> Stat() {
        if (closed) {
            return new Tuple2<>(null, error("stat", Fs.ErrClosed));
        }
        if (channel == null) {
            return new Tuple2<>(new FileStat(name.substring(name.lastIndexOf('/') + 1), 0, FileModes.ModeCharDevice | FileModes.ModeDevice | 0620, 0), null);
        }
        return Os.statPath("stat", name, true);
    }

    public String Name() {
        return name;
    }

    public long Fd() {
        return fd;
    }
}
