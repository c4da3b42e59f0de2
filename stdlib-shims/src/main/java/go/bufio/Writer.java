// bufio.Writer: buffering for an io.Writer; data reaches it on Flush or when the buffer fills.
package go.bufio;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStrings;
import dev.goloom.runtime.Tuple2;
import go.io.ByteWriter;
import go.io.Io;
import go.io.ReaderFrom;
import go.io.StringWriter;
import go.unicode.utf8.Utf8;

/**
 * Go's {@code *bufio.Writer}, following Go's algorithm so the writes the underlying writer sees
 * (their sizes and order) are Go's. After a write error every later call returns it.
 *
 * <p>Invariant: {@code buf[0:n]} holds the buffered bytes not yet written.
 */
public final class Writer implements go.io.Writer, ByteWriter, StringWriter, ReaderFrom, dev.goloom.runtime.GoStruct<Writer>, Cloneable {

    /** {@code bufio.Writer}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("bufio", "bufio", "Writer")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: a shallow copy of the fields (a copied buffer shares its bytes, as in Go). */
    @Override public Writer copy() {
        try {
            return (Writer) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** The sticky error from the underlying writer. */
    private GoError err;
    /** The buffer; its length is the writer's size. */
    private ByteSlice buf = ByteSlice.NIL;
    /** Bytes buffered. */
    private int n;
    /** The writer provided by the client. */
    private go.io.Writer wr;

    public Writer() {}

    private Writer(ByteSlice buf, go.io.Writer wr) {
        this.buf = buf;
        this.wr = wr;
    }

    /** bufio.NewWriterSize: size <= 0 means the default (4096); an existing big-enough *Writer is returned as is. */
    public static Writer NewWriterSize(go.io.Writer w, long size) {
        if (w instanceof Writer b && b.buf.len() >= size) {
            return b;
        }
        if (size <= 0) {
            size = Reader.DEFAULT_BUF_SIZE;
        }
        return new Writer(ByteSlice.make(size), w);
    }

    public static Writer NewWriter(go.io.Writer w) {
        return NewWriterSize(w, Reader.DEFAULT_BUF_SIZE);
    }

    public long Size() {
        return buf.len();
    }

    /** Discards unflushed data and the error, and writes to w from now on. */
    public void Reset(go.io.Writer w) {
        if (w == this) {
            return;
        }
        if (buf.isNil()) {
            buf = ByteSlice.make(Reader.DEFAULT_BUF_SIZE);
        }
        err = null;
        n = 0;
        wr = w;
    }

    /** Writes the buffered data to the underlying writer. */
    public GoError Flush() {
        if (err != null) {
            return err;
        }
        if (n == 0) {
            return null;
        }
        Tuple2<Long, GoError> t = wr.Write(buf.slice(0, n));
        long written = t.v0();
        GoError e = t.v1();
        if (written < n && e == null) {
            e = Io.ErrShortWrite;
        }
        if (e != null) {
            if (written > 0 && written < n) {
                ByteSlice.copy(buf.slice(0, n - written), buf.slice(written, n));
            }
            n -= (int) written;
            err = e;
            return e;
        }
        n = 0;
        return null;
    }

    public long Available() {
        return buf.len() - n;
    }

    public ByteSlice AvailableBuffer() {
        return buf.slice(n, buf.len()).slice(0, 0);
    }

    public long Buffered() {
        return n;
    }

    @Override public Tuple2<Long, GoError> Write(ByteSlice p) {
        long nn = 0;
        while (p.len() > Available() && err == null) {
            long k;
            if (Buffered() == 0) {
                // Large write with an empty buffer: write it directly, no copy.
                Tuple2<Long, GoError> t = wr.Write(p);
                k = t.v0();
                err = t.v1();
            } else {
                k = ByteSlice.copy(buf.slice(n, buf.len()), p);
                n += (int) k;
                Flush();
            }
            nn += k;
            p = p.slice(k, p.len());
        }
        if (err != null) {
            return new Tuple2<>(nn, err);
        }
        long k = ByteSlice.copy(buf.slice(n, buf.len()), p);
        n += (int) k;
        nn += k;
        return new Tuple2<>(nn, null);
    }

    @Override public GoError WriteByte(byte c) {
        if (err != null) {
            return err;
        }
        if (Available() <= 0 && Flush() != null) {
            return err;
        }
        buf.set(n, c);
        n++;
        return null;
    }

    public Tuple2<Long, GoError> WriteRune(int r) {
        if (r >= 0 && r < 0x80) {
            GoError e = WriteByte((byte) r);
            return e != null ? new Tuple2<>(0L, e) : new Tuple2<>(1L, null);
        }
        if (err != null) {
            return new Tuple2<>(0L, err);
        }
        long avail = Available();
        if (avail < 4) {
            Flush();
            if (err != null) {
                return new Tuple2<>(0L, err);
            }
            avail = Available();
            if (avail < 4) {
                // Can only happen if the buffer is ridiculously small.
                return WriteString(GoStrings.fromRune(r));
            }
        }
        long size = Utf8.EncodeRune(buf.slice(n, buf.len()), r);
        n += (int) size;
        return new Tuple2<>(size, null);
    }

    @Override public Tuple2<Long, GoError> WriteString(String s) {
        StringWriter sw = null;
        boolean tryStringWriter = true;
        long nn = 0;
        int off = 0; // s[off:] is still to write (an offset, not substrings: no copy of the rest per chunk)
        while (s.length() - off > Available() && err == null) {
            long k;
            if (Buffered() == 0 && sw == null && tryStringWriter) {
                if (wr instanceof StringWriter w) {
                    sw = w;
                } else {
                    tryStringWriter = false;
                }
            }
            if (Buffered() == 0 && tryStringWriter) {
                // Large write with an empty buffer and a StringWriter below: write it directly.
                Tuple2<Long, GoError> t = sw.WriteString(s.substring(off));
                k = t.v0();
                err = t.v1();
            } else {
                k = ByteSlice.copy(buf.slice(n, buf.len()), s.substring(off, off + (int) Available()));
                n += (int) k;
                Flush();
            }
            nn += k;
            off += (int) k;
        }
        if (err != null) {
            return new Tuple2<>(nn, err);
        }
        long k = ByteSlice.copy(buf.slice(n, buf.len()), off == 0 ? s : s.substring(off));
        n += (int) k;
        nn += k;
        return new Tuple2<>(nn, null);
    }

    /** Reads r into the buffer (or hands r to the writer's own ReadFrom when the buffer is empty). */
    @Override public Tuple2<Long, GoError> ReadFrom(go.io.Reader r) {
        if (err != null) {
            return new Tuple2<>(0L, err);
        }
        ReaderFrom readerFrom = wr instanceof ReaderFrom rf ? rf : null;
        long total = 0;
        long m = 0;
        GoError e = null;
        while (true) {
            if (Available() == 0) {
                GoError e1 = Flush();
                if (e1 != null) {
                    return new Tuple2<>(total, e1);
                }
            }
            if (readerFrom != null && Buffered() == 0) {
                Tuple2<Long, GoError> t = readerFrom.ReadFrom(r);
                err = t.v1();
                return new Tuple2<>(total + t.v0(), t.v1());
            }
            int nr = 0;
            while (nr < Reader.MAX_CONSECUTIVE_EMPTY_READS) {
                Tuple2<Long, GoError> t = r.Read(buf.slice(n, buf.len()));
                m = t.v0();
                e = t.v1();
                if (m != 0 || e != null) {
                    break;
                }
                nr++;
            }
            if (nr == Reader.MAX_CONSECUTIVE_EMPTY_READS) {
                return new Tuple2<>(total, Io.ErrNoProgress);
            }
            n += (int) m;
            total += m;
            if (e != null) {
                break;
            }
        }
        if (e == Io.EOF) {
            // If we filled the buffer exactly, flush preemptively.
            e = Available() == 0 ? Flush() : null;
        }
        return new Tuple2<>(total, e);
    }
}
