// io.SectionReader: Read, Seek and ReadAt on a section of an underlying ReaderAt.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;

/**
 * Go's {@code *io.SectionReader}. Invariant: {@code base <= off} after every successful Seek,
 * and {@code limit} is {@code base + n} capped at MaxInt64, so reads stop at the section's end.
 */
public final class SectionReader implements ReadSeeker, ReaderAt, dev.goloom.runtime.GoStruct<SectionReader> {
    /** {@code io.SectionReader}: fmt sees an opaque struct (its fields are unexported). */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("io", "io", "SectionReader")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    private static final GoError ERR_WHENCE = go.errors.Errors.New("Seek: invalid whence");
    private static final GoError ERR_OFFSET = go.errors.Errors.New("Seek: invalid offset");

    /** The underlying reader. */
    private ReaderAt r;
    /** Where the section starts in r. */
    private long base;
    /** The current read position in r. */
    private long off;
    /** Where the section ends in r. */
    private long limit;
    /** The section's length as asked for (Outer reports it). */
    private long n;

    public SectionReader() {}

    /** Go's NewSectionReader. */
    public SectionReader(ReaderAt r, long off, long n) {
        this.r = r;
        this.base = off;
        this.off = off;
        this.limit = off <= Long.MAX_VALUE - n ? n + off : Long.MAX_VALUE;
        this.n = n;
    }

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override public SectionReader copy() {
        SectionReader c = new SectionReader();
        c.set(this);
        return c;
    }

    @Override public void set(SectionReader v) {
        r = v.r;
        base = v.base;
        off = v.off;
        limit = v.limit;
        n = v.n;
    }

    @Override public Tuple2<Long, GoError> Read(ByteSlice p) {
        if (off >= limit) {
            return new Tuple2<>(0L, Io.EOF);
        }
        long max = limit - off;
        if (p.len() > max) {
            p = p.slice(0, max);
        }
        Tuple2<Long, GoError> t = r.ReadAt(p, off);
        off += t.v0();
        return t;
    }

    @Override public Tuple2<Long, GoError> Seek(long offset, long whence) {
        if (whence < 0 || whence > 2) {
            return new Tuple2<>(0L, ERR_WHENCE);
        }
        offset += whence == 0 ? base : whence == 1 ? off : limit;
        if (offset < base) {
            return new Tuple2<>(0L, ERR_OFFSET);
        }
        off = offset;
        return new Tuple2<>(offset - base, null);
    }

    @Override public Tuple2<Long, GoError> ReadAt(ByteSlice p, long at) {
        if (at < 0 || at >= Size()) {
            return new Tuple2<>(0L, Io.EOF);
        }
        at += base;
        long max = limit - at;
        if (p.len() > max) {
            Tuple2<Long, GoError> t = r.ReadAt(p.slice(0, max), at);
            return t.v1() == null ? new Tuple2<>(t.v0(), Io.EOF) : t;
        }
        return r.ReadAt(p, at);
    }

    /** The size of the section in bytes. */
    public long Size() {
        return limit - base;
    }

    /** The underlying ReaderAt and the offsets the section was made with. */
    public Tuple3<ReaderAt, Long, Long> Outer() {
        return new Tuple3<>(r, base, n);
    }
}
