// Package bufio: its errors, constructors, and the split functions for Scanner.
package go.bufio;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.errors.Errors;
import go.unicode.utf8.Utf8;

/** Go's package bufio. */
public final class Bufio {
    private Bufio() {}

    public static final GoError ErrInvalidUnreadByte = Errors.New("bufio: invalid use of UnreadByte");
    public static final GoError ErrInvalidUnreadRune = Errors.New("bufio: invalid use of UnreadRune");
    public static final GoError ErrBufferFull = Errors.New("bufio: buffer full");
    public static final GoError ErrNegativeCount = Errors.New("bufio: negative count");
    static final GoError errNegativeRead = Errors.New("bufio: reader returned negative count from Read");
    static final GoError errNegativeWrite = Errors.New("bufio: writer returned negative count from Write");

    public static final GoError ErrTooLong = Errors.New("bufio.Scanner: token too long");
    public static final GoError ErrNegativeAdvance = Errors.New("bufio.Scanner: SplitFunc returns negative advance count");
    public static final GoError ErrAdvanceTooFar = Errors.New("bufio.Scanner: SplitFunc returns advance count beyond input");
    public static final GoError ErrBadReadCount = Errors.New("bufio.Scanner: Read returned impossible count");
    /** A split function returns it to make the current token the last one. */
    public static final GoError ErrFinalToken = Errors.New("final token");

    /** The maximum size of a token unless Scanner.Buffer sets another. */
    public static final long MaxScanTokenSize = 64 * 1024;

    public static Reader NewReader(go.io.Reader rd) {
        return Reader.NewReader(rd);
    }

    public static Reader NewReaderSize(go.io.Reader rd, long size) {
        return Reader.NewReaderSize(rd, size);
    }

    public static Writer NewWriter(go.io.Writer w) {
        return Writer.NewWriter(w);
    }

    public static Writer NewWriterSize(go.io.Writer w, long size) {
        return Writer.NewWriterSize(w, size);
    }

    public static ReadWriter NewReadWriter(Reader r, Writer w) {
        return new ReadWriter(r, w);
    }

    /** A Scanner reading r, splitting lines. */
    public static Scanner NewScanner(go.io.Reader r) {
        return new Scanner(r);
    }

    private static Tuple3<Long, ByteSlice, GoError> token(long advance, ByteSlice token) {
        return new Tuple3<>(advance, token, null);
    }

    private static final Tuple3<Long, ByteSlice, GoError> MORE = new Tuple3<>(0L, ByteSlice.NIL, null);

    /** Each byte is a token. */
    public static Tuple3<Long, ByteSlice, GoError> ScanBytes(ByteSlice data, boolean atEOF) {
        if (atEOF && data.len() == 0) {
            return MORE;
        }
        return token(1, data.slice(0, 1));
    }

    /** Each UTF-8 rune is a token; an invalid byte gives the encoding of U+FFFD. */
    public static Tuple3<Long, ByteSlice, GoError> ScanRunes(ByteSlice data, boolean atEOF) {
        if (atEOF && data.len() == 0) {
            return MORE;
        }
        if (data.get(0) >= 0) {
            return token(1, data.slice(0, 1));
        }
        Tuple2<Integer, Long> d = Utf8.DecodeRune(data);
        long width = d.v1();
        if (width > 1) {
            return token(width, data.slice(0, width));
        }
        if (!atEOF && !Utf8.FullRune(data)) {
            return MORE;
        }
        return token(1, ERROR_RUNE);
    }

    /** Go's errorRune: []byte(string(utf8.RuneError)), one shared slice. */
    private static final ByteSlice ERROR_RUNE = ByteSlice.fromString("\u00EF\u00BF\u00BD");

    private static ByteSlice dropCR(ByteSlice data) {
        if (data.len() > 0 && data.get(data.len() - 1) == '\r') {
            return data.slice(0, data.len() - 1);
        }
        return data;
    }

    /** Each line is a token, without its "\n" or "\r\n"; the last line may lack the newline. */
    public static Tuple3<Long, ByteSlice, GoError> ScanLines(ByteSlice data, boolean atEOF) {
        if (atEOF && data.len() == 0) {
            return MORE;
        }
        for (long i = 0; i < data.len(); i++) {
            if (data.get(i) == '\n') {
                return token(i + 1, dropCR(data.slice(0, i)));
            }
        }
        if (atEOF) {
            return token(data.len(), dropCR(data));
        }
        return MORE;
    }

    /** Go's isSpace for ScanWords (unicode.IsSpace without the tables). */
    private static boolean isSpace(int r) {
        if (r <= 0xFF) {
            return r == ' ' || r == '\t' || r == '\n' || r == 0x0B || r == '\f' || r == '\r' || r == 0x85 || r == 0xA0;
        }
        if (0x2000 <= r && r <= 0x200a) {
            return true;
        }
        return r == 0x1680 || r == 0x2028 || r == 0x2029 || r == 0x202f || r == 0x205f || r == 0x3000;
    }

    /** Each space-separated word is a token. */
    public static Tuple3<Long, ByteSlice, GoError> ScanWords(ByteSlice data, boolean atEOF) {
        long start = 0;
        for (long width = 0; start < data.len(); start += width) {
            Tuple2<Integer, Long> d = Utf8.DecodeRune(data.slice(start, data.len()));
            width = d.v1();
            if (!isSpace(d.v0())) {
                break;
            }
        }
        for (long width = 0, i = start; i < data.len(); i += width) {
            Tuple2<Integer, Long> d = Utf8.DecodeRune(data.slice(i, data.len()));
            width = d.v1();
            if (isSpace(d.v0())) {
                return token(i + width, data.slice(start, i));
            }
        }
        if (atEOF && data.len() > start) {
            return token(data.len(), data.slice(start, data.len()));
        }
        return new Tuple3<>(start, ByteSlice.NIL, null);
    }
}
