// bufio.Scanner: reads input as tokens (lines, words, runes, bytes or a custom split function).
package go.bufio;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.Func2;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.io.Io;

/**
 * Go's {@code *bufio.Scanner}, following Go's algorithm: the buffer starts at 4096 bytes and
 * doubles up to the maximum token size (64 KiB unless Buffer says otherwise), after which Scan
 * stops with ErrTooLong. A split function is {@code Func2<ByteSlice, Boolean, Tuple3<Long,
 * ByteSlice, GoError>>}, the translation of {@code bufio.SplitFunc}; a nil token (the nil
 * slice) means "no token yet".
 *
 * <p>Invariant: {@code buf[start:end]} holds the bytes read but not yet consumed by split.
 */
public final class Scanner implements dev.goloom.runtime.GoStruct<Scanner>, Cloneable {

    /** {@code bufio.Scanner}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("bufio", "bufio", "Scanner")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: a shallow copy of the fields (a copied buffer shares its bytes, as in Go). */
    @Override public Scanner copy() {
        try {
            return (Scanner) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    private static final int START_BUF_SIZE = 4096;

    /** The reader provided by the client. */
    private final go.io.Reader r;
    /** The function splitting the tokens. */
    private Func2<ByteSlice, Boolean, Tuple3<Long, ByteSlice, GoError>> split = Bufio::ScanLines;
    /** Maximum size of a token. */
    private long maxTokenSize = Bufio.MaxScanTokenSize;
    /** Last token returned by split. */
    private ByteSlice token = ByteSlice.NIL;
    /** Buffer used as argument to split. */
    private ByteSlice buf = ByteSlice.NIL;
    /** First non-processed byte in buf. */
    private int start;
    /** End of data in buf. */
    private int end;
    /** Sticky error (EOF included). */
    private GoError err;
    /** Count of successive empty tokens. */
    private int empties;
    /** Scan has been called; the buffer is in use. */
    private boolean scanCalled;
    /** Scan has finished. */
    private boolean done;

    /** The zero Scanner (Go's is unusable until made by NewScanner; so is this one). */
    public Scanner() {
        this(null);
    }

    Scanner(go.io.Reader r) {
        this.r = r;
    }

    /** The first non-EOF error encountered. */
    public GoError Err() {
        return err == Io.EOF ? null : err;
    }

    /** The most recent token, aliasing the buffer (overwritten by the next Scan). */
    public ByteSlice Bytes() {
        return token;
    }

    /** The most recent token as a string. */
    public String Text() {
        return token.toGoString();
    }

    private static boolean isNil(ByteSlice b) {
        return b == null || b.isNil();
    }

    /** Advances to the next token; false at the end of input or on an error. */
    public boolean Scan() {
        if (done) {
            return false;
        }
        scanCalled = true;
        while (true) {
            // Try to get a token from the data we have; at EOF (or any error) split sees atEOF.
            if (end > start || err != null) {
                Tuple3<Long, ByteSlice, GoError> t = split.call(buf.slice(start, end), err != null);
                long advance = t.v0();
                ByteSlice tok = t.v1();
                GoError e = t.v2();
                if (e != null) {
                    if (e == Bufio.ErrFinalToken) {
                        token = isNil(tok) ? ByteSlice.NIL : tok;
                        done = true;
                        return !isNil(tok);
                    }
                    setErr(e);
                    return false;
                }
                if (!advance(advance)) {
                    return false;
                }
                token = isNil(tok) ? ByteSlice.NIL : tok;
                if (!isNil(tok)) {
                    if (err == null || advance > 0) {
                        empties = 0;
                    } else {
                        empties++;
                        if (empties > Reader.MAX_CONSECUTIVE_EMPTY_READS) {
                            throw new GoPanic("bufio.Scan: too many empty tokens without progressing");
                        }
                    }
                    return true;
                }
            }
            if (err != null) {
                start = 0;
                end = 0;
                return false;
            }
            // Shift data to the front when the buffer is full or half consumed.
            if (start > 0 && (end == buf.len() || start > buf.len() / 2)) {
                ByteSlice.copy(buf, buf.slice(start, end));
                end -= start;
                start = 0;
            }
            if (end == buf.len()) {
                if (buf.len() >= maxTokenSize || buf.len() > Integer.MAX_VALUE / 2) {
                    setErr(Bufio.ErrTooLong);
                    return false;
                }
                long newSize = buf.len() * 2;
                if (newSize == 0) {
                    newSize = START_BUF_SIZE;
                }
                newSize = Math.min(newSize, maxTokenSize);
                ByteSlice newBuf = ByteSlice.make(newSize);
                ByteSlice.copy(newBuf, buf.slice(start, end));
                buf = newBuf;
                end -= start;
                start = 0;
            }
            for (int loop = 0; ; ) {
                Tuple2<Long, GoError> t = r.Read(buf.slice(end, buf.len()));
                long n = t.v0();
                if (n < 0 || buf.len() - end < n) {
                    setErr(Bufio.ErrBadReadCount);
                    break;
                }
                end += (int) n;
                if (t.v1() != null) {
                    setErr(t.v1());
                    break;
                }
                if (n > 0) {
                    empties = 0;
                    break;
                }
                loop++;
                if (loop > Reader.MAX_CONSECUTIVE_EMPTY_READS) {
                    setErr(Io.ErrNoProgress);
                    break;
                }
            }
        }
    }

    private boolean advance(long n) {
        if (n < 0) {
            setErr(Bufio.ErrNegativeAdvance);
            return false;
        }
        if (n > end - start) {
            setErr(Bufio.ErrAdvanceTooFar);
            return false;
        }
        start += (int) n;
        return true;
    }

    private void setErr(GoError e) {
        if (err == null || err == Io.EOF) {
            err = e;
        }
    }

    /** The initial buffer (its whole capacity is used) and the maximum token size; panics after Scan. */
    public void Buffer(ByteSlice b, long max) {
        if (scanCalled) {
            throw new GoPanic("Buffer called after Scan");
        }
        buf = b.slice(0, b.cap());
        maxTokenSize = max;
    }

    /** Sets the split function; panics after Scan. */
    public void Split(Func2<ByteSlice, Boolean, Tuple3<Long, ByteSlice, GoError>> split) {
        if (scanCalled) {
            throw new GoPanic("Split called after Scan");
        }
        this.split = split;
    }
}
