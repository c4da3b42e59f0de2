// Package io: its errors, and the functions that move bytes between Readers and Writers (Copy, ReadFull, ReadAll, ...).
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Tuple2;
import go.errors.Errors;

/**
 * Go's package io. Results that Go returns as {@code (n int, err error)} are
 * {@code Tuple2<Long, GoError>}; sentinel errors are compared by identity, as Go compares them.
 */
public final class Io {
    private Io() {}

    /** "EOF is the error returned by Read when no more input is available." */
    public static final GoError EOF = Errors.New("EOF");
    /** EOF in the middle of reading a fixed-size block or data structure. */
    public static final GoError ErrUnexpectedEOF = Errors.New("unexpected EOF");
    /** A write accepted fewer bytes than requested but returned no explicit error. */
    public static final GoError ErrShortWrite = Errors.New("short write");
    /** A read required a longer buffer than was provided. */
    public static final GoError ErrShortBuffer = Errors.New("short buffer");
    /** Many calls to Read have failed to return any data or error. */
    public static final GoError ErrNoProgress = Errors.New("multiple Read calls return no data or error");
    /** A read or write on a closed pipe. */
    public static final GoError ErrClosedPipe = Errors.New("io: read/write on closed pipe");
    /** A Write returned an impossible count. */
    static final GoError errInvalidWrite = Errors.New("invalid write result");
    static final GoError errWhence = Errors.New("Seek: invalid whence");
    static final GoError errOffset = Errors.New("Seek: invalid offset");

    public static final long SeekStart = 0;
    public static final long SeekCurrent = 1;
    public static final long SeekEnd = 2;

    /** "Discard is a Writer on which all Write calls succeed without doing anything." */
    public static final Writer Discard = new DiscardWriter();

    static Tuple2<Long, GoError> result(long n, GoError err) {
        return new Tuple2<>(n, err);
    }

    /** Writes s through WriteString when w has it, else through Write([]byte(s)). */
    public static Tuple2<Long, GoError> WriteString(Writer w, String s) {
        if (w instanceof StringWriter sw) {
            return sw.WriteString(s);
        }
        return w.Write(ByteSlice.fromString(s));
    }

    /** Reads until at least min bytes are in buf; EOF after some bytes becomes ErrUnexpectedEOF. */
    public static Tuple2<Long, GoError> ReadAtLeast(Reader r, ByteSlice buf, long min) {
        if (buf.len() < min) {
            return result(0, ErrShortBuffer);
        }
        long n = 0;
        GoError err = null;
        while (n < min && err == null) {
            Tuple2<Long, GoError> t = r.Read(buf.slice(n, buf.len()));
            n += t.v0();
            err = t.v1();
        }
        if (n >= min) {
            err = null;
        } else if (n > 0 && err == EOF) {
            err = ErrUnexpectedEOF;
        }
        return result(n, err);
    }

    /** Reads exactly len(buf) bytes. */
    public static Tuple2<Long, GoError> ReadFull(Reader r, ByteSlice buf) {
        return ReadAtLeast(r, buf, buf.len());
    }

    /** Copies n bytes (or up to an error); fewer than n without an error reports EOF. */
    public static Tuple2<Long, GoError> CopyN(Writer dst, Reader src, long n) {
        Tuple2<Long, GoError> t = Copy(dst, LimitReader(src, n));
        long written = t.v0();
        if (written == n) {
            return result(n, null);
        }
        GoError err = t.v1();
        if (written < n && err == null) {
            err = EOF; // src stopped early: it must have hit EOF
        }
        return result(written, err);
    }

    /** Copies until EOF (not reported) or an error; prefers src.WriteTo, then dst.ReadFrom. */
    public static Tuple2<Long, GoError> Copy(Writer dst, Reader src) {
        return copyBuffer(dst, src, null);
    }

    /** Copy through the given buffer (unless WriteTo or ReadFrom is used); an empty non-nil buffer panics. */
    public static Tuple2<Long, GoError> CopyBuffer(Writer dst, Reader src, ByteSlice buf) {
        if (buf != null && !buf.isNil() && buf.len() == 0) {
            throw new GoPanic("empty buffer in CopyBuffer");
        }
        return copyBuffer(dst, src, buf);
    }

    private static Tuple2<Long, GoError> copyBuffer(Writer dst, Reader src, ByteSlice buf) {
        if (src instanceof WriterTo wt) {
            return wt.WriteTo(dst);
        }
        if (dst instanceof ReaderFrom rf) {
            return rf.ReadFrom(src);
        }
        if (buf == null || buf.isNil()) {
            long size = 32 * 1024;
            if (src instanceof LimitedReader l && size > l.N) {
                size = Math.max(1, l.N);
            }
            buf = ByteSlice.make(size);
        }
        long written = 0;
        GoError err = null;
        while (true) {
            Tuple2<Long, GoError> r = src.Read(buf);
            long nr = r.v0();
            GoError er = r.v1();
            if (nr > 0) {
                Tuple2<Long, GoError> w = dst.Write(buf.slice(0, nr));
                long nw = w.v0();
                GoError ew = w.v1();
                if (nw < 0 || nr < nw) {
                    nw = 0;
                    if (ew == null) {
                        ew = errInvalidWrite;
                    }
                }
                written += nw;
                if (ew != null) {
                    err = ew;
                    break;
                }
                if (nr != nw) {
                    err = ErrShortWrite;
                    break;
                }
            }
            if (er != null) {
                if (er != EOF) {
                    err = er;
                }
                break;
            }
        }
        return result(written, err);
    }

    /**
     * Reads until EOF (not reported) or an error, in Go 1.26's way: chunks of growing size
     * joined into one slice of the exact size at the end, so len and cap match Go's.
     */
    public static Tuple2<ByteSlice, GoError> ReadAll(Reader r) {
        ByteSlice b = ByteSlice.make(0, 512);
        long next = 256;
        java.util.List<ByteSlice> chunks = new java.util.ArrayList<>();
        long finalSize = 0;
        while (true) {
            Tuple2<Long, GoError> t = r.Read(b.slice(b.len(), b.cap()));
            b = b.slice(0, b.len() + t.v0());
            GoError err = t.v1();
            if (err != null) {
                if (err == EOF) {
                    err = null;
                }
                if (chunks.isEmpty()) {
                    return new Tuple2<>(b, err);
                }
                finalSize += b.len();
                ByteSlice all = ByteSlice.appendSlice(ByteSlice.NIL, ByteSlice.make(finalSize)).slice(0, 0);
                for (ByteSlice chunk : chunks) {
                    all = ByteSlice.appendSlice(all, chunk);
                }
                all = ByteSlice.appendSlice(all, b);
                return new Tuple2<>(all, err);
            }
            if (b.cap() - b.len() < b.cap() / 16) {
                chunks.add(b);
                finalSize += b.len();
                b = ByteSlice.appendSlice(ByteSlice.NIL, ByteSlice.make(next)).slice(0, 0);
                next += next / 2;
            }
        }
    }

    /** A Reader that reads from r but stops with EOF after n bytes. */
    /** A SectionReader that reads from r starting at offset off and stops with EOF after n bytes. */
    public static SectionReader NewSectionReader(ReaderAt r, long off, long n) {
        return new SectionReader(r, off, n);
    }

    public static Reader LimitReader(Reader r, long n) {
        return new LimitedReader(r, n);
    }

    /** A Reader that writes to w what it reads from r. */
    public static Reader TeeReader(Reader r, Writer w) {
        return new TeeReader(r, w);
    }

    /** The logical concatenation of the readers. */
    public static Reader MultiReader(Reader... readers) {
        return new MultiReader(readers.clone());
    }

    /** A Writer that duplicates its writes to all the writers. */
    public static Writer MultiWriter(Writer... writers) {
        return new MultiWriter(writers.clone());
    }

    /** r with a Close method that does nothing. */
    public static ReadCloser NopCloser(Reader r) {
        if (r instanceof WriterTo) {
            return new NopCloser.WithWriterTo(r);
        }
        return new NopCloser(r);
    }

    /** A synchronous in-memory pipe: each Write blocks until readers have consumed all its data. */
    public static dev.goloom.runtime.Tuple2<PipeReader, PipeWriter> Pipe() {
        Pipe p = new Pipe();
        return new Tuple2<>(new PipeReader(p), new PipeWriter(p));
    }
}
