// bytes.Buffer: a variable-sized buffer of bytes with Read and Write methods, grown as Go grows it.
package go.bytes;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.errors.Errors;
import go.io.ByteScanner;
import go.io.ByteWriter;
import go.io.Io;
import go.io.ReaderFrom;
import go.io.RuneScanner;
import go.io.StringWriter;
import go.io.WriterTo;
import go.unicode.utf8.Utf8;

/**
 * Go's {@code bytes.Buffer}; the zero value ({@code new Buffer()}) is an empty buffer ready to
 * use. The contents are a Go slice, grown by Go's algorithm, so {@code Cap()} and the slices
 * that {@code Bytes()} and {@code Next()} return (which alias the buffer) behave as in Go.
 *
 * <p>Invariant: the unread bytes are {@code buf[off:len(buf)]}; {@code 0 <= off <= len(buf)}.
 */
public final class Buffer implements go.io.Reader, go.io.Writer, ByteScanner, RuneScanner, ByteWriter, StringWriter,
        WriterTo, ReaderFrom, GoStringer, dev.goloom.runtime.GoStruct<Buffer>, Cloneable {

    /** {@code bytes.Buffer}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("bytes", "bytes", "Buffer")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: a shallow copy of the fields (a copied buffer shares its bytes, as in Go). */
    @Override public Buffer copy() {
        try {
            return (Buffer) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** smallBufferSize: the first allocation's capacity for small writes. */
    private static final int SMALL_BUFFER_SIZE = 64;
    /** The last read operation, so Unread* know what they may undo. */
    private static final int OP_READ = -1;
    private static final int OP_INVALID = 0;
    /** opReadRune1..4 are 1..4: the size of the rune read. */

    /** Contents: the bytes {@code buf[off:len(buf)]}. */
    private ByteSlice buf = ByteSlice.NIL;
    /** Read at {@code buf[off]}, write at {@code buf[len(buf)]}. */
    private int off;
    /** OP_READ, OP_INVALID or the size of the last rune read. */
    private int lastRead = OP_INVALID;

    public Buffer() {}

    private Buffer(ByteSlice buf) {
        this.buf = buf;
    }

    /** bytes.NewBuffer: the buffer takes over buf as its initial contents. */
    public static Buffer NewBuffer(ByteSlice buf) {
        return new Buffer(buf);
    }

    /** bytes.NewBufferString: a buffer holding the bytes of s. */
    public static Buffer NewBufferString(String s) {
        return new Buffer(ByteSlice.fromString(s));
    }

    /** The unread portion, aliasing the buffer until its next modification. */
    public ByteSlice Bytes() {
        return buf.slice(off, buf.len());
    }

    /** An empty slice with the buffer's free capacity, for appending then writing. */
    public ByteSlice AvailableBuffer() {
        return buf.slice(buf.len(), buf.len());
    }

    /** The unread portion as a string. */
    @Override public String String() {
        return buf.slice(off, buf.len()).toGoString();
    }

    private boolean empty() {
        return buf.len() <= off;
    }

    public long Len() {
        return buf.len() - off;
    }

    public long Cap() {
        return buf.cap();
    }

    public long Available() {
        return buf.cap() - buf.len();
    }

    /** Discards all but the first n unread bytes. */
    public void Truncate(long n) {
        if (n == 0) {
            Reset();
            return;
        }
        lastRead = OP_INVALID;
        if (n < 0 || n > Len()) {
            throw new GoPanic("bytes.Buffer: truncation out of range");
        }
        buf = buf.slice(0, off + n);
    }

    /** Empties the buffer, keeping its storage. */
    public void Reset() {
        buf = buf.slice(0, 0);
        off = 0;
        lastRead = OP_INVALID;
    }

    /** Grows len(buf) by n within the capacity; the index to write at, or -1. */
    private int tryGrowByReslice(long n) {
        long l = buf.len();
        if (n <= buf.cap() - l) {
            buf = buf.slice(0, l + n);
            return (int) l;
        }
        return -1;
    }

    /** Makes room for n more bytes (Go's Buffer.grow); returns the index to write them at. */
    private int grow(long n) {
        long m = Len();
        if (m == 0 && off != 0) {
            Reset();
        }
        int i = tryGrowByReslice(n);
        if (i >= 0) {
            return i;
        }
        if (buf.isNil() && n <= SMALL_BUFFER_SIZE) {
            buf = ByteSlice.make(n, SMALL_BUFFER_SIZE);
            return 0;
        }
        long c = buf.cap();
        if (n <= c / 2 - m) {
            // Slide the unread bytes down instead of allocating.
            ByteSlice.copy(buf, buf.slice(off, buf.len()));
        } else if (c > Integer.MAX_VALUE - c - n) {
            throw new GoPanic(ErrTooLarge);
        } else {
            buf = growSlice(buf.slice(off, buf.len()), off + n);
        }
        off = 0;
        buf = buf.slice(0, m + n);
        return (int) m;
    }

    /** Go's growSlice: capacity at least len(b)+n and twice the old, rounded by append. */
    private static ByteSlice growSlice(ByteSlice b, long n) {
        long c = b.len() + n;
        if (c < 2 * b.cap()) {
            c = 2 * b.cap();
        }
        ByteSlice b2 = ByteSlice.appendSlice(ByteSlice.NIL, ByteSlice.make(c));
        long i = ByteSlice.copy(b2, b);
        return b2.slice(0, i);
    }

    /** Guarantees room for n more bytes without another allocation. */
    public void Grow(long n) {
        if (n < 0) {
            throw new GoPanic("bytes.Buffer.Grow: negative count");
        }
        int m = grow(n);
        buf = buf.slice(0, m);
    }

    @Override public Tuple2<Long, GoError> Write(ByteSlice p) {
        lastRead = OP_INVALID;
        int m = tryGrowByReslice(p.len());
        if (m < 0) {
            m = grow(p.len());
        }
        return new Tuple2<>(ByteSlice.copy(buf.slice(m, buf.len()), p), null);
    }

    @Override public Tuple2<Long, GoError> WriteString(String s) {
        lastRead = OP_INVALID;
        int m = tryGrowByReslice(s.length());
        if (m < 0) {
            m = grow(s.length());
        }
        return new Tuple2<>(ByteSlice.copy(buf.slice(m, buf.len()), s), null);
    }

    /** MinRead: the smallest buffer ReadFrom reads into. */
    static final int MIN_READ = 512;

    /** Reads r to EOF, appending to the buffer; EOF is not reported. */
    @Override public Tuple2<Long, GoError> ReadFrom(go.io.Reader r) {
        lastRead = OP_INVALID;
        long n = 0;
        while (true) {
            int i = grow(MIN_READ);
            buf = buf.slice(0, i);
            Tuple2<Long, GoError> t = r.Read(buf.slice(i, buf.cap()));
            long m = t.v0();
            if (m < 0) {
                throw new GoPanic(errNegativeRead);
            }
            buf = buf.slice(0, i + m);
            n += m;
            if (t.v1() == Io.EOF) {
                return new Tuple2<>(n, null);
            }
            if (t.v1() != null) {
                return new Tuple2<>(n, t.v1());
            }
        }
    }

    /** Writes the unread bytes to w until the buffer is drained or an error occurs. */
    @Override public Tuple2<Long, GoError> WriteTo(go.io.Writer w) {
        lastRead = OP_INVALID;
        long n = 0;
        long nBytes = Len();
        if (nBytes > 0) {
            Tuple2<Long, GoError> t = w.Write(buf.slice(off, buf.len()));
            long m = t.v0();
            if (m > nBytes) {
                throw new GoPanic("bytes.Buffer.WriteTo: invalid Write count");
            }
            off += (int) m;
            n = m;
            if (t.v1() != null) {
                return new Tuple2<>(n, t.v1());
            }
            if (m != nBytes) {
                return new Tuple2<>(n, Io.ErrShortWrite);
            }
        }
        Reset();
        return new Tuple2<>(n, null);
    }

    @Override public GoError WriteByte(byte c) {
        lastRead = OP_INVALID;
        int m = tryGrowByReslice(1);
        if (m < 0) {
            m = grow(1);
        }
        buf.set(m, c);
        return null;
    }

    public Tuple2<Long, GoError> WriteRune(int r) {
        if (r >= 0 && r < 0x80) {
            WriteByte((byte) r);
            return new Tuple2<>(1L, null);
        }
        lastRead = OP_INVALID;
        int m = tryGrowByReslice(4);
        if (m < 0) {
            m = grow(4);
        }
        buf = Utf8.AppendRune(buf.slice(0, m), r);
        return new Tuple2<>(buf.len() - m, null);
    }

    /** Reads the next len(p) bytes or until the buffer is drained; EOF only when empty and len(p) > 0. */
    @Override public Tuple2<Long, GoError> Read(ByteSlice p) {
        lastRead = OP_INVALID;
        if (empty()) {
            Reset();
            return new Tuple2<>(0L, p.len() == 0 ? null : Io.EOF);
        }
        long n = ByteSlice.copy(p, buf.slice(off, buf.len()));
        off += (int) n;
        if (n > 0) {
            lastRead = OP_READ;
        }
        return new Tuple2<>(n, null);
    }

    /** The next n unread bytes (fewer if there are not so many), as a slice aliasing the buffer. */
    public ByteSlice Next(long n) {
        lastRead = OP_INVALID;
        long m = Len();
        if (n > m) {
            n = m;
        }
        ByteSlice data = buf.slice(off, off + n);
        off += (int) n;
        if (n > 0) {
            lastRead = OP_READ;
        }
        return data;
    }

    @Override public Tuple2<Byte, GoError> ReadByte() {
        if (empty()) {
            Reset();
            return new Tuple2<>((byte) 0, Io.EOF);
        }
        byte c = buf.get(off);
        off++;
        lastRead = OP_READ;
        return new Tuple2<>(c, null);
    }

    @Override public Tuple3<Integer, Long, GoError> ReadRune() {
        if (empty()) {
            Reset();
            return new Tuple3<>(0, 0L, Io.EOF);
        }
        byte c = buf.get(off);
        if (c >= 0) {
            off++;
            lastRead = 1;
            return new Tuple3<>((int) c, 1L, null);
        }
        Tuple2<Integer, Long> d = Utf8.DecodeRune(buf.slice(off, buf.len()));
        int n = (int) (long) d.v1();
        off += n;
        lastRead = n;
        return new Tuple3<>(d.v0(), (long) n, null);
    }

    @Override public GoError UnreadRune() {
        if (lastRead <= OP_INVALID) {
            return Errors.New("bytes.Buffer: UnreadRune: previous operation was not a successful ReadRune");
        }
        if (off >= lastRead) {
            off -= lastRead;
        }
        lastRead = OP_INVALID;
        return null;
    }

    private static final GoError errUnreadByte =
            Errors.New("bytes.Buffer: UnreadByte: previous operation was not a successful read");
    private static final GoError errNegativeRead = Errors.New("bytes.Buffer: reader returned negative count from Read");
    /** bytes.ErrTooLarge: passed to panic when memory cannot be allocated for the buffer. */
    public static final GoError ErrTooLarge = Errors.New("bytes.Buffer: too large");

    @Override public GoError UnreadByte() {
        if (lastRead == OP_INVALID) {
            return errUnreadByte;
        }
        lastRead = OP_INVALID;
        if (off > 0) {
            off--;
        }
        return null;
    }

    /** The bytes up to and including delim, aliasing the buffer; EOF when delim is absent. */
    private Tuple2<ByteSlice, GoError> readSlice(byte delim) {
        int i = -1;
        for (int k = off; k < buf.len(); k++) {
            if (buf.get(k) == delim) {
                i = k - off;
                break;
            }
        }
        long end = off + i + 1;
        GoError err = null;
        if (i < 0) {
            end = buf.len();
            err = Io.EOF;
        }
        ByteSlice line = buf.slice(off, end);
        off = (int) end;
        lastRead = OP_READ;
        return new Tuple2<>(line, err);
    }

    /** Reads up to and including delim, as a new slice. */
    public Tuple2<ByteSlice, GoError> ReadBytes(byte delim) {
        Tuple2<ByteSlice, GoError> t = readSlice(delim);
        return new Tuple2<>(ByteSlice.appendSlice(ByteSlice.NIL, t.v0()), t.v1());
    }

    /** Reads up to and including delim, as a string. */
    public Tuple2<String, GoError> ReadString(byte delim) {
        Tuple2<ByteSlice, GoError> t = readSlice(delim);
        return new Tuple2<>(t.v0().toGoString(), t.v1());
    }
}
