// bufio.Reader: buffering for an io.Reader, with Peek, ReadSlice/ReadLine/ReadString and byte and rune reads.
package go.bufio;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.io.ByteScanner;
import go.io.Io;
import go.io.ReaderFrom;
import go.io.RuneScanner;
import go.io.WriterTo;
import go.io.Writer;
import go.unicode.utf8.Utf8;

/**
 * Go's {@code *bufio.Reader}, following Go's algorithm so that the reads it issues to the
 * underlying reader, and the slices it returns (which alias its buffer), are Go's.
 *
 * <p>Invariant: the buffered unread bytes are {@code buf[r:w]}; {@code 0 <= r <= w <= len(buf)}.
 * A read error is kept in {@code err} and reported once, after the buffered bytes.
 */
public final class Reader implements go.io.Reader, ByteScanner, RuneScanner, WriterTo, dev.goloom.runtime.GoStruct<Reader>, Cloneable {

    /** {@code bufio.Reader}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("bufio", "bufio", "Reader")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: a shallow copy of the fields (a copied buffer shares its bytes, as in Go). */
    @Override public Reader copy() {
        try {
            return (Reader) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    static final int DEFAULT_BUF_SIZE = 4096;
    private static final int MIN_READ_BUFFER_SIZE = 16;
    static final int MAX_CONSECUTIVE_EMPTY_READS = 100;

    /** The buffer; its length is the reader's size. */
    private ByteSlice buf = ByteSlice.NIL;
    /** The reader provided by the client. */
    private go.io.Reader rd;
    /** Read position in buf. */
    private int r;
    /** Write position in buf. */
    private int w;
    /** The pending error from rd, reported by readErr. */
    private GoError err;
    /** The last byte read, for UnreadByte; -1 when invalid. */
    private int lastByte = -1;
    /** The size of the last rune read, for UnreadRune; -1 when invalid. */
    private int lastRuneSize = -1;

    public Reader() {}

    /** bufio.NewReaderSize: a reader whose buffer has at least size bytes (16 minimum); an existing big-enough *Reader is returned as is. */
    public static Reader NewReaderSize(go.io.Reader rd, long size) {
        if (rd instanceof Reader b && b.buf.len() >= size) {
            return b;
        }
        Reader reader = new Reader();
        reader.reset(ByteSlice.make(Math.max(size, MIN_READ_BUFFER_SIZE)), rd);
        return reader;
    }

    /** bufio.NewReader: a reader with the default size (4096). */
    public static Reader NewReader(go.io.Reader rd) {
        return NewReaderSize(rd, DEFAULT_BUF_SIZE);
    }

    public long Size() {
        return buf.len();
    }

    /** Discards buffered data and state and reads from r from now on. */
    public void Reset(go.io.Reader rd) {
        if (rd == this) {
            return;
        }
        if (buf.isNil()) {
            buf = ByteSlice.make(DEFAULT_BUF_SIZE);
        }
        reset(buf, rd);
    }

    private void reset(ByteSlice buf, go.io.Reader rd) {
        this.buf = buf;
        this.rd = rd;
        this.r = 0;
        this.w = 0;
        this.err = null;
        this.lastByte = -1;
        this.lastRuneSize = -1;
    }

    /** Reads a new chunk into the buffer (after sliding the unread bytes to the front). */
    private void fill() {
        if (r > 0) {
            ByteSlice.copy(buf, buf.slice(r, w));
            w -= r;
            r = 0;
        }
        if (w >= buf.len()) {
            throw new GoPanic("bufio: tried to fill full buffer");
        }
        for (int i = MAX_CONSECUTIVE_EMPTY_READS; i > 0; i--) {
            Tuple2<Long, GoError> t = rd.Read(buf.slice(w, buf.len()));
            long n = t.v0();
            if (n < 0) {
                throw new GoPanic(Bufio.errNegativeRead);
            }
            w += (int) n;
            if (t.v1() != null) {
                err = t.v1();
                return;
            }
            if (n > 0) {
                return;
            }
        }
        err = Io.ErrNoProgress;
    }

    private GoError readErr() {
        GoError e = err;
        err = null;
        return e;
    }

    /** The next n bytes without advancing; fewer with an error (ErrBufferFull when n exceeds the buffer). */
    public Tuple2<ByteSlice, GoError> Peek(long n) {
        if (n < 0) {
            return new Tuple2<>(ByteSlice.NIL, Bufio.ErrNegativeCount);
        }
        lastByte = -1;
        lastRuneSize = -1;
        while (w - r < n && w - r < buf.len() && err == null) {
            fill();
        }
        if (n > buf.len()) {
            return new Tuple2<>(buf.slice(r, w), Bufio.ErrBufferFull);
        }
        GoError e = null;
        long avail = w - r;
        if (avail < n) {
            n = avail;
            e = readErr();
            if (e == null) {
                e = Bufio.ErrBufferFull;
            }
        }
        return new Tuple2<>(buf.slice(r, r + n), e);
    }

    /** Skips the next n bytes. */
    public Tuple2<Long, GoError> Discard(long n) {
        if (n < 0) {
            return new Tuple2<>(0L, Bufio.ErrNegativeCount);
        }
        if (n == 0) {
            return new Tuple2<>(0L, null);
        }
        lastByte = -1;
        lastRuneSize = -1;
        long remain = n;
        while (true) {
            long skip = Buffered();
            if (skip == 0) {
                fill();
                skip = Buffered();
            }
            if (skip > remain) {
                skip = remain;
            }
            r += (int) skip;
            remain -= skip;
            if (remain == 0) {
                return new Tuple2<>(n, null);
            }
            if (err != null) {
                return new Tuple2<>(n - remain, readErr());
            }
        }
    }

    /** At most one Read on the underlying reader; large reads bypass the buffer. */
    @Override public Tuple2<Long, GoError> Read(ByteSlice p) {
        long n = p.len();
        if (n == 0) {
            if (Buffered() > 0) {
                return new Tuple2<>(0L, null);
            }
            return new Tuple2<>(0L, readErr());
        }
        if (r == w) {
            if (err != null) {
                return new Tuple2<>(0L, readErr());
            }
            if (p.len() >= buf.len()) {
                Tuple2<Long, GoError> t = rd.Read(p);
                n = t.v0();
                err = t.v1();
                if (n < 0) {
                    throw new GoPanic(Bufio.errNegativeRead);
                }
                if (n > 0) {
                    lastByte = p.get(n - 1) & 0xff;
                    lastRuneSize = -1;
                }
                return new Tuple2<>(n, readErr());
            }
            r = 0;
            w = 0;
            Tuple2<Long, GoError> t = rd.Read(buf);
            n = t.v0();
            err = t.v1();
            if (n < 0) {
                throw new GoPanic(Bufio.errNegativeRead);
            }
            if (n == 0) {
                return new Tuple2<>(0L, readErr());
            }
            w += (int) n;
        }
        n = ByteSlice.copy(p, buf.slice(r, w));
        r += (int) n;
        lastByte = buf.get(r - 1) & 0xff;
        lastRuneSize = -1;
        return new Tuple2<>(n, null);
    }

    @Override public Tuple2<Byte, GoError> ReadByte() {
        lastRuneSize = -1;
        while (r == w) {
            if (err != null) {
                return new Tuple2<>((byte) 0, readErr());
            }
            fill();
        }
        byte c = buf.get(r);
        r++;
        lastByte = c & 0xff;
        return new Tuple2<>(c, null);
    }

    @Override public GoError UnreadByte() {
        if (lastByte < 0 || r == 0 && w > 0) {
            return Bufio.ErrInvalidUnreadByte;
        }
        if (r > 0) {
            r--;
        } else {
            w = 1; // r == w == 0
        }
        buf.set(r, (byte) lastByte);
        lastByte = -1;
        lastRuneSize = -1;
        return null;
    }

    @Override public Tuple3<Integer, Long, GoError> ReadRune() {
        while (r + 4 > w && !Utf8.FullRune(buf.slice(r, w)) && err == null && w - r < buf.len()) {
            fill();
        }
        lastRuneSize = -1;
        if (r == w) {
            return new Tuple3<>(0, 0L, readErr());
        }
        Tuple2<Integer, Long> d = Utf8.DecodeRune(buf.slice(r, w));
        int size = (int) (long) d.v1();
        r += size;
        lastByte = buf.get(r - 1) & 0xff;
        lastRuneSize = size;
        return new Tuple3<>(d.v0(), (long) size, null);
    }

    @Override public GoError UnreadRune() {
        if (lastRuneSize < 0 || r < lastRuneSize) {
            return Bufio.ErrInvalidUnreadRune;
        }
        r -= lastRuneSize;
        lastByte = -1;
        lastRuneSize = -1;
        return null;
    }

    /** The number of bytes that can be read from the buffer. */
    public long Buffered() {
        return w - r;
    }

    private int indexByte(int from, int to, byte delim) {
        for (int k = from; k < to; k++) {
            if (buf.get(k) == delim) {
                return k;
            }
        }
        return -1;
    }

    /** Up to and including delim, aliasing the buffer; ErrBufferFull when the buffer fills first. */
    public Tuple2<ByteSlice, GoError> ReadSlice(byte delim) {
        int s = 0; // where the search starts, after bytes already scanned
        ByteSlice line;
        GoError e = null;
        while (true) {
            int k = indexByte(r + s, w, delim);
            if (k >= 0) {
                line = buf.slice(r, k + 1);
                r = k + 1;
                break;
            }
            if (err != null) {
                line = buf.slice(r, w);
                r = w;
                e = readErr();
                break;
            }
            if (Buffered() >= buf.len()) {
                r = w;
                line = buf;
                e = Bufio.ErrBufferFull;
                break;
            }
            s = w - r;
            fill();
        }
        if (line.len() > 0) {
            lastByte = line.get(line.len() - 1) & 0xff;
            lastRuneSize = -1;
        }
        return new Tuple2<>(line, e);
    }

    /** A line without its end ("\n" or "\r\n"); isPrefix when the line did not fit in the buffer. */
    public Tuple3<ByteSlice, Boolean, GoError> ReadLine() {
        Tuple2<ByteSlice, GoError> t = ReadSlice((byte) '\n');
        ByteSlice line = t.v0();
        GoError e = t.v1();
        if (e == Bufio.ErrBufferFull) {
            // Keep a trailing '\r' for the next call: it may start "\r\n".
            if (line.len() > 0 && line.get(line.len() - 1) == '\r') {
                if (r == 0) {
                    throw new GoPanic("bufio: tried to rewind past start of buffer");
                }
                r--;
                line = line.slice(0, line.len() - 1);
            }
            return new Tuple3<>(line, true, null);
        }
        if (line.len() == 0) {
            if (e != null) {
                line = ByteSlice.NIL;
            }
            return new Tuple3<>(line, false, e);
        }
        e = null;
        if (line.get(line.len() - 1) == '\n') {
            int drop = 1;
            if (line.len() > 1 && line.get(line.len() - 2) == '\r') {
                drop = 2;
            }
            line = line.slice(0, line.len() - drop);
        }
        return new Tuple3<>(line, false, null);
    }

    /** The full buffers and the final fragment up to delim, as Go's collectFragments. */
    private record Fragments(java.util.List<ByteSlice> full, ByteSlice last, long total, GoError err) {}

    private Fragments collectFragments(byte delim) {
        java.util.List<ByteSlice> full = new java.util.ArrayList<>();
        long total = 0;
        ByteSlice frag;
        GoError e = null;
        while (true) {
            Tuple2<ByteSlice, GoError> t = ReadSlice(delim);
            frag = t.v0();
            if (t.v1() == null) {
                break;
            }
            if (t.v1() != Bufio.ErrBufferFull) {
                e = t.v1();
                break;
            }
            ByteSlice copy = go.bytes.Bytes.Clone(frag);
            full.add(copy);
            total += copy.len();
        }
        total += frag.len();
        return new Fragments(full, frag, total, e);
    }

    /** Up to and including delim, as a new slice; the error is non-nil iff it does not end in delim. */
    public Tuple2<ByteSlice, GoError> ReadBytes(byte delim) {
        Fragments f = collectFragments(delim);
        ByteSlice out = ByteSlice.make(f.total());
        long n = 0;
        for (ByteSlice b : f.full()) {
            n += ByteSlice.copy(out.slice(n, out.len()), b);
        }
        ByteSlice.copy(out.slice(n, out.len()), f.last());
        return new Tuple2<>(out, f.err());
    }

    /** Up to and including delim, as a string. */
    public Tuple2<String, GoError> ReadString(byte delim) {
        Fragments f = collectFragments(delim);
        StringBuilder sb = new StringBuilder((int) f.total());
        for (ByteSlice b : f.full()) {
            sb.append(b.toGoString());
        }
        sb.append(f.last().toGoString());
        return new Tuple2<>(sb.toString(), f.err());
    }

    private Tuple2<Long, GoError> writeBuf(Writer wr) {
        Tuple2<Long, GoError> t = wr.Write(buf.slice(r, w));
        if (t.v0() < 0) {
            throw new GoPanic(Bufio.errNegativeWrite);
        }
        r += (int) (long) t.v0();
        return t;
    }

    /** Writes the buffered and then all remaining data to wr. */
    @Override public Tuple2<Long, GoError> WriteTo(Writer wr) {
        lastByte = -1;
        lastRuneSize = -1;
        long n = 0;
        if (r < w) {
            Tuple2<Long, GoError> t = writeBuf(wr);
            n = t.v0();
            if (t.v1() != null) {
                return t;
            }
        }
        if (rd instanceof WriterTo wt) {
            Tuple2<Long, GoError> t = wt.WriteTo(wr);
            return new Tuple2<>(n + t.v0(), t.v1());
        }
        if (wr instanceof ReaderFrom rf) {
            Tuple2<Long, GoError> t = rf.ReadFrom(rd);
            return new Tuple2<>(n + t.v0(), t.v1());
        }
        if (w - r < buf.len()) {
            fill();
        }
        while (r < w) {
            Tuple2<Long, GoError> t = writeBuf(wr);
            n += t.v0();
            if (t.v1() != null) {
                return new Tuple2<>(n, t.v1());
            }
            fill();
        }
        if (err == Io.EOF) {
            err = null;
        }
        return new Tuple2<>(n, readErr());
    }
}
