// strings.Reader: io.Reader, ReaderAt, ByteScanner, RuneScanner, Seeker and WriterTo over a string.
package go.strings;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStrings;
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

/** Go's {@code *strings.Reader}; the zero value reads as an empty string. */
public final class Reader implements go.io.Reader, ReaderAt, ByteScanner, RuneScanner, Seeker, WriterTo, dev.goloom.runtime.GoStruct<Reader>, Cloneable {

    /** {@code strings.Reader}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("strings", "strings", "Reader")
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

    /** The string read (a Go byte string). */
    private String s = "";
    /** Current reading index (may be past the end after Seek). */
    private long i;
    /** Index of the previous rune, or -1 when the last operation was not ReadRune. */
    private long prevRune = -1;

    public Reader() {}

    private Reader(String s) {
        this.s = s;
    }

    /** strings.NewReader. */
    public static Reader NewReader(String s) {
        return new Reader(s);
    }

    /** The number of bytes of the unread portion. */
    public long Len() {
        return i >= s.length() ? 0 : s.length() - i;
    }

    /** The original length of the string. */
    public long Size() {
        return s.length();
    }

    @Override public Tuple2<Long, GoError> Read(ByteSlice b) {
        if (i >= s.length()) {
            return new Tuple2<>(0L, Io.EOF);
        }
        prevRune = -1;
        // Only the bytes that fit: a substring of the whole rest would copy it on every Read.
        int end = (int) Math.min(s.length(), i + b.len());
        long n = ByteSlice.copy(b, s.substring((int) i, end));
        i += n;
        return new Tuple2<>(n, null);
    }

    @Override public Tuple2<Long, GoError> ReadAt(ByteSlice b, long off) {
        if (off < 0) {
            return new Tuple2<>(0L, Errors.New("strings.Reader.ReadAt: negative offset"));
        }
        if (off >= s.length()) {
            return new Tuple2<>(0L, Io.EOF);
        }
        long n = ByteSlice.copy(b, s.substring((int) off, (int) Math.min(s.length(), off + b.len())));
        return new Tuple2<>(n, n < b.len() ? Io.EOF : null);
    }

    @Override public Tuple2<Byte, GoError> ReadByte() {
        prevRune = -1;
        if (i >= s.length()) {
            return new Tuple2<>((byte) 0, Io.EOF);
        }
        byte b = (byte) s.charAt((int) i);
        i++;
        return new Tuple2<>(b, null);
    }

    @Override public GoError UnreadByte() {
        if (i <= 0) {
            return Errors.New("strings.Reader.UnreadByte: at beginning of string");
        }
        prevRune = -1;
        i--;
        return null;
    }

    @Override public Tuple3<Integer, Long, GoError> ReadRune() {
        if (i >= s.length()) {
            prevRune = -1;
            return new Tuple3<>(0, 0L, Io.EOF);
        }
        prevRune = i;
        long d = GoStrings.decodeRune(s, (int) i);
        i += GoStrings.width(d);
        return new Tuple3<>(GoStrings.rune(d), (long) GoStrings.width(d), null);
    }

    @Override public GoError UnreadRune() {
        if (i <= 0) {
            return Errors.New("strings.Reader.UnreadRune: at beginning of string");
        }
        if (prevRune < 0) {
            return Errors.New("strings.Reader.UnreadRune: previous operation was not ReadRune");
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
            abs = s.length() + offset;
        } else {
            return new Tuple2<>(0L, Errors.New("strings.Reader.Seek: invalid whence"));
        }
        if (abs < 0) {
            return new Tuple2<>(0L, Errors.New("strings.Reader.Seek: negative position"));
        }
        i = abs;
        return new Tuple2<>(abs, null);
    }

    @Override public Tuple2<Long, GoError> WriteTo(Writer w) {
        prevRune = -1;
        if (i >= s.length()) {
            return new Tuple2<>(0L, null);
        }
        String rest = s.substring((int) i);
        Tuple2<Long, GoError> t = Io.WriteString(w, rest);
        long m = t.v0();
        if (m > rest.length()) {
            throw new GoPanic("strings.Reader.WriteTo: invalid WriteString count");
        }
        i += m;
        GoError err = t.v1();
        if (m != rest.length() && err == null) {
            err = Io.ErrShortWrite;
        }
        return new Tuple2<>(m, err);
    }

    /** Resets the Reader to be reading from s. */
    public void Reset(String s) {
        this.s = s;
        this.i = 0;
        this.prevRune = -1;
    }
}
