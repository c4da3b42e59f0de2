// fmt's scanning: Scan, Scanln, Scanf and their S- and F- forms, with Go's rules for spaces, newlines and verbs.
package go.fmt;

import dev.goloom.runtime.BoolPtr;
import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.BytePtr;
import dev.goloom.runtime.Complex128;
import dev.goloom.runtime.Complex64;
import dev.goloom.runtime.DoublePtr;
import dev.goloom.runtime.FloatPtr;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStrings;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.IntPtr;
import dev.goloom.runtime.LongPtr;
import dev.goloom.runtime.Ptr;
import dev.goloom.runtime.ShortPtr;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.errors.Errors;
import go.io.Io;
import go.strconv.NumError;
import go.strconv.Strconv;

/**
 * One scan state per call, as Go's {@code ss}: runes come from a {@link go.io.RuneScanner} when
 * the reader is one, else one byte at a time (so at most one rune past the input is consumed,
 * as in Go). A scan error unwinds as {@link ScanError} to the entry point, which returns the
 * count of operands stored so far and the error. Invariants: {@code count} is the number of
 * runes consumed; reads stop at {@code argLimit} (a verb's width) and, for Scanln, after the
 * first newline ({@code atEOF}).
 * <p>
 * Operands are pointers to booleans, numbers, strings and []byte (named types by their kind);
 * operands implementing Go's fmt.Scanner are reported as unsupported.
 */
final class Scanning {
    private static final int EOF = -1;
    private static final int HUGE_WID = 1 << 30;
    private static final GoError ERR_BOOL = Errors.New("syntax error scanning boolean");
    private static final GoError ERR_COMPLEX = Errors.New("syntax error scanning complex number");
    private static final String DECIMAL = "0123456789", HEX = "0123456789aAbBcCdDeEfF";
    private static final String FLOAT_VERBS = "beEfFgGv";

    /** Go's scanError: the error a scan stops with. */
    private static final class ScanError extends RuntimeException {
        final GoError err;

        ScanError(GoError err) {
            super(null, null, false, false);
            this.err = err;
        }
    }

    /** Where runes come from: a RuneScanner, bytes of a Reader, or a string. */
    private interface RuneSource {
        /** The next rune and its size (GoStrings' packing), or null at EOF; throws ScanError on a read error. */
        Long read();

        void unread();
    }

    /** The runes of a Go string (Sscan*: Go reads the string through a plain Reader, which decodes the same way). */
    private static final class StringSource implements RuneSource {
        private final String s;
        private int pos;
        private int lastWidth;

        StringSource(String s) {
            this.s = s;
        }

        @Override public Long read() {
            if (pos >= s.length()) {
                lastWidth = 0;
                return null;
            }
            long d = GoStrings.decodeRune(s, pos);
            lastWidth = GoStrings.width(d);
            pos += lastWidth;
            return d;
        }

        @Override public void unread() {
            pos -= lastWidth;
            lastWidth = 0;
        }
    }

    /** A RuneScanner's ReadRune and UnreadRune. */
    private record ScannerSource(go.io.RuneScanner rs) implements RuneSource {
        @Override public Long read() {
            Tuple3<Integer, Long, GoError> t = rs.ReadRune();
            if (t.v2() != null) {
                if (t.v2() == Io.EOF) {
                    return null;
                }
                throw new ScanError(t.v2());
            }
            return (t.v1() << 32) | (t.v0() & 0xFFFFFFFFL);
        }

        @Override public void unread() {
            rs.UnreadRune();
        }
    }

    /** Go's readRune: a Reader read one byte at a time, with one rune of pushback. */
    private static final class ByteSource implements RuneSource {
        private final go.io.Reader reader;
        /** Bytes read past an invalid sequence, returned first. */
        private final StringBuilder pending = new StringBuilder();
        /** The last rune read (packed), for unread; null when there is none. */
        private Long last;
        /** Whether the next read returns {@code last} again. */
        private boolean pushedBack;

        ByteSource(go.io.Reader reader) {
            this.reader = reader;
        }

        /** The next byte (0–255), or -1 at EOF. */
        private int readByte() {
            if (!pending.isEmpty()) {
                char c = pending.charAt(0);
                pending.deleteCharAt(0);
                return c;
            }
            ByteSlice one = ByteSlice.make(1);
            Tuple2<Long, GoError> t = Io.ReadFull(reader, one);
            if (t.v0() != 1) {
                if (t.v1() == Io.EOF) {
                    return -1;
                }
                throw new ScanError(t.v1());
            }
            return one.get(0) & 0xFF;
        }

        @Override public Long read() {
            if (pushedBack) {
                pushedBack = false;
                return last;
            }
            int b = readByte();
            if (b < 0) {
                return null;
            }
            StringBuilder bytes = new StringBuilder().append((char) b);
            if (b >= 0x80) {
                while (!fullRune(bytes)) {
                    int next = readByte();
                    if (next < 0) {
                        break;
                    }
                    bytes.append((char) next);
                }
            }
            String s = bytes.toString();
            long d = GoStrings.decodeRune(s, 0);
            int size = GoStrings.width(d);
            if (size < s.length()) {
                pending.insert(0, s.substring(size));
            }
            last = d;
            return d;
        }

        /** utf8.FullRune: whether the bytes begin with a full (or certainly invalid) encoding. */
        private static boolean fullRune(StringBuilder b) {
            int c = b.charAt(0);
            int need = c < 0xC2 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 1;
            if (b.length() >= need) {
                return true;
            }
            // A byte that cannot continue the sequence makes it invalid, hence "full".
            for (int i = 1; i < b.length(); i++) {
                int x = b.charAt(i);
                int lo = 0x80, hi = 0xBF;
                if (i == 1) {
                    if (c == 0xE0) lo = 0xA0;
                    else if (c == 0xED) hi = 0x9F;
                    else if (c == 0xF0) lo = 0x90;
                    else if (c == 0xF4) hi = 0x8F;
                }
                if (x < lo || x > hi) {
                    return true;
                }
            }
            return false;
        }

        @Override public void unread() {
            if (last != null) {
                pushedBack = true;
            }
        }
    }

    private final RuneSource rs;
    /** Newlines count as spaces (Scan, Sscan, Fscan). */
    private final boolean nlIsSpace;
    /** A newline ends the input (Scanln and co.). */
    private final boolean nlIsEnd;
    /** The token being scanned, as Go bytes. */
    private final StringBuilder buf = new StringBuilder();
    /** Runes consumed so far. */
    private int count;
    /** Already read EOF (or, for Scanln, the newline). */
    private boolean atEOF;
    /** The highest {@code count} reading may reach for the current operand (its width). */
    private int argLimit = HUGE_WID;
    /** The width of the current operand, HUGE_WID when none. */
    private int maxWid = HUGE_WID;

    private Scanning(RuneSource rs, boolean nlIsSpace, boolean nlIsEnd) {
        this.rs = rs;
        this.nlIsSpace = nlIsSpace;
        this.nlIsEnd = nlIsEnd;
    }

    private static RuneSource source(go.io.Reader r) {
        return r instanceof go.io.RuneScanner s ? new ScannerSource(s) : new ByteSource(r);
    }

    // ---- entry points ----

    static Tuple2<Long, GoError> scan(go.io.Reader r, Object[] a) {
        return new Scanning(source(r), true, false).doScan(a);
    }

    static Tuple2<Long, GoError> scanln(go.io.Reader r, Object[] a) {
        return new Scanning(source(r), false, true).doScan(a);
    }

    static Tuple2<Long, GoError> scanf(go.io.Reader r, String format, Object[] a) {
        return new Scanning(source(r), false, false).doScanf(format, a);
    }

    static Tuple2<Long, GoError> sscan(String s, Object[] a) {
        return new Scanning(new StringSource(s), true, false).doScan(a);
    }

    static Tuple2<Long, GoError> sscanln(String s, Object[] a) {
        return new Scanning(new StringSource(s), false, true).doScan(a);
    }

    static Tuple2<Long, GoError> sscanf(String s, String format, Object[] a) {
        return new Scanning(new StringSource(s), false, false).doScanf(format, a);
    }

    // ---- reading runes ----

    /** The next rune, or EOF. */
    private int getRune() {
        if (atEOF || count >= argLimit) {
            return EOF;
        }
        Long d = rs.read();
        if (d == null) {
            atEOF = true;
            return EOF;
        }
        count++;
        int r = GoStrings.rune(d);
        if (nlIsEnd && r == '\n') {
            atEOF = true;
        }
        return r;
    }

    private int mustReadRune() {
        int r = getRune();
        if (r == EOF) {
            throw new ScanError(Io.ErrUnexpectedEOF);
        }
        return r;
    }

    private void unreadRune() {
        rs.unread();
        atEOF = false;
        count--;
    }

    private static ScanError error(String text) {
        return new ScanError(Errors.New(text));
    }

    /** fmt's isSpace: Unicode white space below U+10000 (Go's own table). */
    static boolean isSpace(int r) {
        return r >= 0x09 && r <= 0x0D || r == 0x20 || r == 0x85 || r == 0xA0 || r == 0x1680
                || r >= 0x2000 && r <= 0x200A || r == 0x2028 || r == 0x2029 || r == 0x202F || r == 0x205F || r == 0x3000;
    }

    private void skipSpace() {
        while (true) {
            int r = getRune();
            if (r == EOF) {
                return;
            }
            if (r == '\r' && peek("\n")) {
                continue;
            }
            if (r == '\n') {
                if (nlIsSpace) {
                    continue;
                }
                throw error("unexpected newline");
            }
            if (!isSpace(r)) {
                unreadRune();
                return;
            }
        }
    }

    private void writeRune(int r) {
        if (r < 0x80) {
            buf.append((char) r);
        } else {
            buf.append(GoStrings.fromRune(r));
        }
    }

    private String token(boolean skip) {
        if (skip) {
            skipSpace();
        }
        while (true) {
            int r = getRune();
            if (r == EOF) {
                break;
            }
            if (isSpace(r)) {
                unreadRune();
                break;
            }
            writeRune(r);
        }
        return buf.toString();
    }

    private boolean consume(String ok, boolean accept) {
        int r = getRune();
        if (r == EOF) {
            return false;
        }
        if (ok.indexOf(r) >= 0) {
            if (accept) {
                writeRune(r);
            }
            return true;
        }
        if (accept) {
            unreadRune();
        }
        return false;
    }

    private boolean peek(String ok) {
        int r = getRune();
        if (r != EOF) {
            unreadRune();
        }
        return r != EOF && ok.indexOf(r) >= 0;
    }

    private void notEOF() {
        if (getRune() == EOF) {
            throw new ScanError(Io.EOF);
        }
        unreadRune();
    }

    private boolean accept(String ok) {
        return consume(ok, true);
    }

    private void okVerb(int verb, String okVerbs, String typ) {
        if (okVerbs.indexOf(verb) < 0) {
            throw error("bad verb '%" + GoStrings.fromRune(verb) + "' for " + typ);
        }
    }

    // ---- operands ----

    private boolean scanBool(int verb) {
        skipSpace();
        notEOF();
        okVerb(verb, "tv", "boolean");
        switch (getRune()) {
            case '0' -> {
                return false;
            }
            case '1' -> {
                return true;
            }
            case 't', 'T' -> {
                if (accept("rR") && (!accept("uU") || !accept("eE"))) {
                    throw new ScanError(ERR_BOOL);
                }
                return true;
            }
            case 'f', 'F' -> {
                if (accept("aA") && (!accept("lL") || !accept("sS") || !accept("eE"))) {
                    throw new ScanError(ERR_BOOL);
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** The base of an integer verb and its digits (%v: 10, or the literal's prefix). */
    private record Base(int base, String digits, boolean zeroFound) {}

    private Base getBase(int verb) {
        okVerb(verb, "bdoUxXv", "integer");
        return switch (verb) {
            case 'b' -> new Base(2, "01", false);
            case 'o' -> new Base(8, "01234567", false);
            case 'x', 'X', 'U' -> new Base(16, HEX, false);
            default -> new Base(10, DECIMAL, false);
        };
    }

    private String scanNumber(String digits, boolean haveDigits) {
        if (!haveDigits) {
            notEOF();
            if (!accept(digits)) {
                throw error("expected integer");
            }
        }
        while (accept(digits)) {
            // keep accepting
        }
        return buf.toString();
    }

    private long scanRune(int bitSize) {
        notEOF();
        long r = getRune();
        int n = bitSize;
        long x = (r << (64 - n)) >> (64 - n);
        if (x != r) {
            throw error("overflow on character value " + GoStrings.fromRune(r));
        }
        return r;
    }

    private Base scanBasePrefix() {
        if (!peek("0")) {
            return new Base(0, DECIMAL + "_", false);
        }
        accept("0");
        if (peek("bB")) {
            consume("bB", true);
            return new Base(0, "01_", true);
        }
        if (peek("oO")) {
            consume("oO", true);
            return new Base(0, "01234567_", true);
        }
        if (peek("xX")) {
            consume("xX", true);
            return new Base(0, HEX + "_", true);
        }
        return new Base(0, "01234567_", true);
    }

    private long scanInt(int verb, int bitSize) {
        if (verb == 'c') {
            return scanRune(bitSize);
        }
        skipSpace();
        notEOF();
        Base b = getBase(verb);
        if (verb == 'U') {
            if (!consume("U", false) || !consume("+", false)) {
                throw error("bad unicode format ");
            }
        } else {
            accept("+-");
            if (verb == 'v') {
                b = scanBasePrefix();
            }
        }
        String tok = scanNumber(b.digits(), b.zeroFound());
        Tuple2<Long, GoError> p = Strconv.ParseInt(tok, b.base(), 64);
        if (p.v1() != null) {
            throw new ScanError(p.v1());
        }
        long i = p.v0();
        long x = (i << (64 - bitSize)) >> (64 - bitSize);
        if (x != i) {
            throw error("integer overflow on token " + tok);
        }
        return i;
    }

    private long scanUint(int verb, int bitSize) {
        if (verb == 'c') {
            return scanRune(bitSize);
        }
        skipSpace();
        notEOF();
        Base b = getBase(verb);
        if (verb == 'U') {
            if (!consume("U", false) || !consume("+", false)) {
                throw error("bad unicode format ");
            }
        } else if (verb == 'v') {
            b = scanBasePrefix();
        }
        String tok = scanNumber(b.digits(), b.zeroFound());
        Tuple2<Long, GoError> p = Strconv.ParseUint(tok, b.base(), 64);
        if (p.v1() != null) {
            throw new ScanError(p.v1());
        }
        long i = p.v0();
        long x = (i << (64 - bitSize)) >>> (64 - bitSize);
        if (x != i) {
            throw error("unsigned integer overflow on token " + tok);
        }
        return i;
    }

    private String floatToken() {
        buf.setLength(0);
        if (accept("nN") && accept("aA") && accept("nN")) {
            return buf.toString();
        }
        accept("+-");
        if (accept("iI") && accept("nN") && accept("fF")) {
            return buf.toString();
        }
        String digits = DECIMAL + "_";
        String exp = "eEpP";
        if (accept("0") && accept("xX")) {
            digits = HEX + "_";
            exp = "pP";
        }
        while (accept(digits)) {
            // mantissa
        }
        if (accept(".")) {
            while (accept(digits)) {
                // fraction
            }
        }
        if (accept(exp)) {
            accept("+-");
            while (accept(DECIMAL + "_")) {
                // exponent
            }
        }
        return buf.toString();
    }

    private double convertFloat(String str, int n) {
        int p = str.indexOf('p');
        if (p >= 0 && str.indexOf('x') < 0 && str.indexOf('X') < 0) {
            Tuple2<Double, GoError> f = Strconv.ParseFloat(str.substring(0, p), n);
            if (f.v1() != null) {
                throw new ScanError(f.v1() instanceof NumError e ? new NumError(e.Func, str, e.Err) : f.v1());
            }
            Tuple2<Long, GoError> m = Strconv.Atoi(str.substring(p + 1));
            if (m.v1() != null) {
                throw new ScanError(m.v1() instanceof NumError e ? new NumError(e.Func, str, e.Err) : m.v1());
            }
            return go.math.Math.Ldexp(f.v0(), m.v0());
        }
        Tuple2<Double, GoError> f = Strconv.ParseFloat(str, n);
        if (f.v1() != null) {
            throw new ScanError(f.v1());
        }
        return f.v0();
    }

    private double[] scanComplex(int verb, int n) {
        okVerb(verb, FLOAT_VERBS, "complex");
        skipSpace();
        notEOF();
        boolean parens = accept("(");
        String real = floatToken();
        buf.setLength(0);
        if (!accept("+-")) {
            throw new ScanError(ERR_COMPLEX);
        }
        String imagSign = buf.toString();
        String imag = floatToken();
        if (!accept("i")) {
            throw new ScanError(ERR_COMPLEX);
        }
        if (parens && !accept(")")) {
            throw new ScanError(ERR_COMPLEX);
        }
        return new double[] {convertFloat(real, n / 2), convertFloat(imagSign + imag, n / 2)};
    }

    private String convertString(int verb) {
        okVerb(verb, "svqxX", "string");
        skipSpace();
        notEOF();
        return switch (verb) {
            case 'q' -> quotedString();
            case 'x', 'X' -> hexString();
            default -> token(true);
        };
    }

    private String quotedString() {
        notEOF();
        int quote = getRune();
        switch (quote) {
            case '`' -> {
                while (true) {
                    int r = mustReadRune();
                    if (r == quote) {
                        break;
                    }
                    writeRune(r);
                }
                return buf.toString();
            }
            case '"' -> {
                buf.append('"');
                while (true) {
                    int r = mustReadRune();
                    writeRune(r);
                    if (r == '\\') {
                        writeRune(mustReadRune());
                    } else if (r == '"') {
                        break;
                    }
                }
                Tuple2<String, GoError> u = Strconv.Unquote(buf.toString());
                if (u.v1() != null) {
                    throw new ScanError(u.v1());
                }
                return u.v0();
            }
            default -> throw error("expected quoted string");
        }
    }

    private static int hexDigit(int d) {
        if (d >= '0' && d <= '9') {
            return d - '0';
        }
        if (d >= 'a' && d <= 'f') {
            return 10 + d - 'a';
        }
        if (d >= 'A' && d <= 'F') {
            return 10 + d - 'A';
        }
        return -1;
    }

    private String hexString() {
        notEOF();
        while (true) {
            int r1 = getRune();
            if (r1 == EOF) {
                break;
            }
            int v1 = hexDigit(r1);
            if (v1 < 0) {
                unreadRune();
                break;
            }
            int v2 = hexDigit(mustReadRune());
            if (v2 < 0) {
                throw error("illegal hex digit");
            }
            buf.append((char) (v1 << 4 | v2));
        }
        if (buf.isEmpty()) {
            throw error("no hex data for %x string");
        }
        return buf.toString();
    }

    private void scanPercent() {
        skipSpace();
        notEOF();
        if (!accept("%")) {
            throw error("missing literal %");
        }
    }

    /** Scans one operand with {@code verb} and stores it through the pointer {@code arg}. */
    private void scanOne(int verb, Object arg) {
        buf.setLength(0);
        if (arg != null && hasScanMethod(arg)) {
            throw new dev.goloom.runtime.GoPanic(Errors.New(
                    "goloom: unsupported: fmt.Scanner operands (" + Printer.typeString(arg) + " has a Scan method)"));
        }
        if (!(arg instanceof Boxed b && b.type() instanceof GoType.Pointer(GoType elem))) {
            String t = Printer.typeString(arg);
            throw error((t.startsWith("*") ? "can't scan type: " : "type not a pointer: ") + t);
        }
        Object ptr = b.value();
        switch (elem.kind()) {
            case BOOL -> ((BoolPtr) ptr).set(scanBool(verb));
            case INT, INT64 -> ((LongPtr) ptr).set(scanInt(verb, 64));
            case INT32 -> ((IntPtr) ptr).set((int) scanInt(verb, 32));
            case INT16 -> ((ShortPtr) ptr).set((short) scanInt(verb, 16));
            case INT8 -> ((BytePtr) ptr).set((byte) scanInt(verb, 8));
            case UINT, UINT64, UINTPTR -> ((LongPtr) ptr).set(scanUint(verb, 64));
            case UINT32 -> ((IntPtr) ptr).set((int) scanUint(verb, 32));
            case UINT16 -> ((ShortPtr) ptr).set((short) scanUint(verb, 16));
            case UINT8 -> ((BytePtr) ptr).set((byte) scanUint(verb, 8));
            case FLOAT64, FLOAT32 -> {
                boolean f32 = elem.kind() == GoType.Kind.FLOAT32;
                if (elem instanceof GoType.Basic) {
                    okVerb(verb, FLOAT_VERBS, f32 ? "float32" : "float64");
                }
                skipSpace();
                notEOF();
                double d = convertFloat(floatToken(), f32 ? 32 : 64);
                if (f32) {
                    ((FloatPtr) ptr).set((float) d);
                } else {
                    ((DoublePtr) ptr).set(d);
                }
            }
            case COMPLEX128 -> {
                double[] c = scanComplex(verb, 128);
                storeRef(ptr, new Complex128(c[0], c[1]));
            }
            case COMPLEX64 -> {
                double[] c = scanComplex(verb, 64);
                storeRef(ptr, new Complex64((float) c[0], (float) c[1]));
            }
            case STRING -> storeRef(ptr, convertString(verb));
            case SLICE -> {
                if (((GoType.Slice) elem.underlying()).elem().kind() != GoType.Kind.UINT8) {
                    throw error("can't scan type: " + b.type());
                }
                storeRef(ptr, ByteSlice.fromString(convertString(verb)));
            }
            default -> throw error("can't scan type: " + b.type());
        }
    }

    @SuppressWarnings("unchecked")
    private static void storeRef(Object ptr, Object v) {
        ((Ptr<Object>) ptr).set(v);
    }

    private static boolean hasScanMethod(Object arg) {
        Object target = arg instanceof Boxed b ? b.value() : arg;
        for (Object o : new Object[] {arg, target}) {
            if (o == null) {
                continue;
            }
            for (var m : o.getClass().getMethods()) {
                if (m.getName().equals("Scan") && m.getParameterCount() == 2) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- the two drivers ----

    private Tuple2<Long, GoError> doScan(Object[] a) {
        long n = 0;
        try {
            for (Object arg : a) {
                scanOne('v', arg);
                n++;
            }
            if (nlIsEnd) {
                while (true) {
                    int r = getRune();
                    if (r == '\n' || r == EOF) {
                        break;
                    }
                    if (!isSpace(r)) {
                        throw error("expected newline");
                    }
                }
            }
        } catch (ScanError e) {
            return new Tuple2<>(n, e.err);
        }
        return new Tuple2<>(n, null);
    }

    /**
     * Matches the literal text of the format at its start against the input: the bytes of
     * format consumed, 0 when a verb comes next, -1 when the input does not match.
     */
    private int advance(String format) {
        int i = 0;
        while (i < format.length()) {
            long d = GoStrings.decodeRune(format, i);
            int fmtc = GoStrings.rune(d), w = GoStrings.width(d);
            if (isSpace(fmtc)) {
                int newlines = 0;
                boolean trailingSpace = false;
                while (isSpace(fmtc) && i < format.length()) {
                    if (fmtc == '\n') {
                        newlines++;
                        trailingSpace = false;
                    } else {
                        trailingSpace = true;
                    }
                    i += w;
                    if (i < format.length()) {
                        d = GoStrings.decodeRune(format, i);
                        fmtc = GoStrings.rune(d);
                        w = GoStrings.width(d);
                    } else {
                        fmtc = GoStrings.RUNE_ERROR;
                        w = 0;
                    }
                }
                for (int j = 0; j < newlines; j++) {
                    int inputc = getRune();
                    while (isSpace(inputc) && inputc != '\n') {
                        inputc = getRune();
                    }
                    if (inputc != '\n' && inputc != EOF) {
                        throw error("newline in format does not match input");
                    }
                }
                if (trailingSpace) {
                    int inputc = getRune();
                    if (newlines == 0) {
                        if (!isSpace(inputc) && inputc != EOF) {
                            throw error("expected space in input to match format");
                        }
                        if (inputc == '\n') {
                            throw error("newline in input does not match format");
                        }
                    }
                    while (isSpace(inputc) && inputc != '\n') {
                        inputc = getRune();
                    }
                    if (inputc != EOF) {
                        unreadRune();
                    }
                }
                continue;
            }
            if (fmtc == '%') {
                if (i + w == format.length()) {
                    throw error("missing verb: % at end of format string");
                }
                int nextc = GoStrings.rune(GoStrings.decodeRune(format, i + w));
                if (nextc != '%') {
                    return i;
                }
                i += w;
            }
            int inputc = mustReadRune();
            if (fmtc != inputc) {
                unreadRune();
                return -1;
            }
            i += w;
        }
        return i;
    }

    private Tuple2<Long, GoError> doScanf(String format, Object[] a) {
        long n = 0;
        try {
            int end = format.length() - 1;
            for (int i = 0; i <= end; ) {
                int w = advance(format.substring(i));
                if (w > 0) {
                    i += w;
                    continue;
                }
                if (format.charAt(i) != '%') {
                    if (w < 0) {
                        throw error("input does not match format");
                    }
                    break;
                }
                i++;
                // parsenum: a width of at most seven digits.
                int wid = 0;
                boolean widPresent = false;
                int j = i;
                while (j < end && format.charAt(j) >= '0' && format.charAt(j) <= '9') {
                    if (wid > 1_000_000) {
                        wid = 0;
                        widPresent = false;
                        j = end;
                        break;
                    }
                    wid = wid * 10 + (format.charAt(j) - '0');
                    widPresent = true;
                    j++;
                }
                i = j;
                maxWid = widPresent ? wid : HUGE_WID;
                long d = GoStrings.decodeRune(format, i);
                int c = GoStrings.rune(d);
                int cw = GoStrings.width(d);
                i += cw;
                if (c != 'c') {
                    skipSpace();
                }
                if (c == '%') {
                    scanPercent();
                    continue;
                }
                argLimit = HUGE_WID;
                if (count + maxWid < argLimit) {
                    argLimit = count + maxWid;
                }
                if (n >= a.length) {
                    throw error("too few operands for format '%" + format.substring(i - cw) + "'");
                }
                scanOne(c, a[(int) n]);
                n++;
                argLimit = HUGE_WID;
            }
            if (n < a.length) {
                throw error("too many operands");
            }
        } catch (ScanError e) {
            return new Tuple2<>(n, e.err);
        }
        return new Tuple2<>(n, null);
    }
}
