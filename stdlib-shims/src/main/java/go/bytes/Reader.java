// bytes.Reader: io.Reader, ReaderAt, ByteScanner, RuneScanner, Seeker and WriterTo over a byte slice.
package go.bytes;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.errors.Errors;
import go.io.ByteScanner;
import go.io.Io;
import go.io.ReaderAt;
import go.io.RuneScanner;
import go.io.Seeker;
import go.io.WriterTo;
import go.io.Writer;

/** Go's {@code *bytes.Reader}; the zero value reads as an empty slice. The slice is read in place, not copied. */
public final class Reader implements go.io.Reader, ReaderAt, ByteScanner, RuneScanner, Seeker, WriterTo, dev.goloom.runtime.GoStruct<Reader>, Cloneable {

    /** {@code bytes.Reader}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("bytes", "bytes", "Reader")
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

    /** The slice read. */
    private ByteSlice s = ByteSlice.NIL;
    /** Current reading index (may be past the end after Seek). */
    private long i;
    /** Index of the previous rune, or -1 when the last operation was not ReadRune. */
    private long prevRune = -1;

    public Reader() {}

    private Reader(ByteSlice s) {
        this.s = s;
    }

    /** bytes.NewReader. */
    public static Reader NewReader(ByteSlice s) {
        return new Reader(s);
    }

    /** The number of bytes of the unread portion. */
    public long Len() {
        return i >= s.len() ? 0 : s.len() - i;
    }

    /** The original length of the string. */
    public long Size() {
        return s.len();
    }

    @Override public Tuple2<Long, GoError> Read(ByteSlice b) {
        if (i >= s.len()) {
            return new Tuple2<>(0L, Io.EOF);
        }
        prevRune = -1;
        long n = ByteSlice.copy(b, s.slice(i, s.len()));
        i += n;
        return new Tuple2<>(n, null);
    }

    @Override public Tuple2<Long, GoError> ReadAt(ByteSlice b, long off) {
        if (off < 0) {
            return new Tuple2<>(0L, Errors.New("bytes.Reader.ReadAt: negative offset"));
        }
        if (off >= s.len()) {
            return new Tuple2<>(0L, Io.EOF);
        }
        long n = ByteSlice.copy(b, s.slice(off, s.len()));
        return new Tuple2<>(n, n < b.len() ? Io.EOF : null);
    }

    @Override public Tuple2<Byte, GoError> ReadByte() {
        prevRune = -1;
        if (i >= s.len()) {
            return new Tuple2<>((byte) 0, Io.EOF);
        }
        byte b = s.get(i);
        i++;
        return new Tuple2<>(b, null);
    }

    @Override public GoError UnreadByte() {
        if (i <= 0) {
            return Errors.New("bytes.Reader.UnreadByte: at beginning of slice");
        }
        prevRune = -1;
        i--;
        return null;
    }

    @Override public Tuple3<Integer, Long, GoError> ReadRune() {
        if (i >= s.len()) {
            prevRune = -1;
            return new Tuple3<>(0, 0L, Io.EOF);
        }
        prevRune = i;
        byte c = s.get(i);
        if (c >= 0) {
            i++;
            return new Tuple3<>((int) c, 1L, null);
        }
        Tuple2<Integer, Long> d = go.unicode.utf8.Utf8.DecodeRune(s.slice(i, s.len()));
        i += d.v1();
        return new Tuple3<>(d.v0(), d.v1(), null);
    }

    @Override public GoError UnreadRune() {
        if (i <= 0) {
            return Errors.New("bytes.Reader.UnreadRune: at beginning of slice");
        }
        if (prevRune < 0) {
            return Errors.New("bytes.Reader.UnreadRune: previous operation was not ReadRune");
        }
        i = prevRune;
        prevRune = -1;
        return null;
    }

    @Override public Tuple2<Long, GoError> Seek(long offset, long whence) {
        prevRune = -1;
        long abs;
        if (whence == Io.SeekStart) {
            abs = offset;
        } else if (whence == Io.SeekCurrent) {
            abs = i + offset;
        } else if (whence == Io.SeekEnd) {
            abs = s.len() + offset;
        } else {
            return new Tuple2<>(0L, Errors.New("bytes.Reader.Seek: invalid whence"));
        }
        if (abs < 0) {
            return new Tuple2<>(0L, Errors.New("bytes.Reader.Seek: negative position"));
        }
        i = abs;
        return new Tuple2<>(abs, null);
    }

    @Override public Tuple2<Long, GoError> WriteTo(Writer w) {
        prevRune = -1;
        if (i >= s.len()) {
            return new Tuple2<>(0L, null);
        }
        ByteSlice rest = s.slice(i, s.len());
        Tuple2<Long, GoError> t = w.Write(rest);
        long m = t.v0();
        if (m > rest.len()) {
            throw new GoPanic("bytes.Reader.WriteTo: invalid Write count");
        }
        i += m;
        GoError err = t.v1();
        if (m != rest.len() && err == null) {
            err = Io.ErrShortWrite;
        }
        return new Tuple2<>(m, err);
    }

    /** Resets the Reader to be reading from s. */
    public void Reset(ByteSlice s) {
        this.s = s;
        this.i = 0;
        this.prevRune = -1;
    }
}
