// Package encoding/base64: the standard and URL encodings, padded and raw, and streaming encoders and decoders.
package go.encoding.base64;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Tuple2;

/** Go's package encoding/base64 (RFC 4648). */
public final class Base64 {
    private Base64() {}

    public static final int StdPadding = '=';
    public static final int NoPadding = -1;

    private static final String STD = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    private static final String URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    public static Encoding StdEncoding = new Encoding(STD, StdPadding, false);
    public static Encoding URLEncoding = new Encoding(URL, StdPadding, false);
    public static Encoding RawStdEncoding = new Encoding(STD, NoPadding, false);
    public static Encoding RawURLEncoding = new Encoding(URL, NoPadding, false);

    /** A new padded Encoding with the 64-character alphabet; Go's panics for a bad alphabet. */
    public static Encoding NewEncoding(String encoder) {
        if (encoder.length() != 64) {
            throw new dev.goloom.runtime.GoPanic("encoding alphabet is not 64-bytes long");
        }
        for (int i = 0; i < encoder.length(); i++) {
            char c = encoder.charAt(i);
            if (c == '\n' || c == '\r') {
                throw new dev.goloom.runtime.GoPanic("encoding alphabet contains newline character");
            }
            if (encoder.indexOf(c) != i) {
                throw new dev.goloom.runtime.GoPanic("encoding alphabet includes duplicate symbols");
            }
        }
        return new Encoding(encoder, StdPadding, false);
    }

    /** {@code base64.CorruptInputError}, an int64. */
    public static final GoType.Named TYPE_CorruptInputError = GoType.shared("encoding/base64", "base64", "CorruptInputError", GoType.INT64);

    public static String CorruptInputError_Error(long e) {
        return "illegal base64 data at input byte " + e;
    }

    static GoError corrupt(long offset) {
        return new CorruptInputError(offset);
    }

    /** A WriteCloser that encodes what is written to it; Close writes the last partial block. */
    public static go.io.WriteCloser NewEncoder(Encoding enc, go.io.Writer w) {
        return new StreamEncoder(enc, w);
    }

    /**
     * A Reader that decodes r. goloom reads r to its end on the first Read and decodes it in
     * one piece (Go decodes 4-byte blocks as they arrive): the bytes and errors are Go's, the
     * timing of the reads from r is not.
     */
    public static go.io.Reader NewDecoder(Encoding enc, go.io.Reader r) {
        return new StreamDecoder(enc, r);
    }

    private static final class StreamEncoder implements go.io.WriteCloser {
        private final Encoding enc;
        private final go.io.Writer w;
        /** Bytes of an incomplete 3-byte block. */
        private final StringBuilder pending = new StringBuilder();
        /** The first write error; every later Write and Close returns it. */
        private GoError err;

        StreamEncoder(Encoding enc, go.io.Writer w) {
            this.enc = enc;
            this.w = w;
        }

        @Override public Tuple2<Long, GoError> Write(ByteSlice p) {
            if (err != null) {
                return new Tuple2<>(0L, err);
            }
            pending.append(p.toGoString());
            int whole = pending.length() / 3 * 3;
            if (whole > 0) {
                String out = enc.encode(pending.substring(0, whole));
                pending.delete(0, whole);
                err = w.Write(ByteSlice.fromString(out)).v1();
                if (err != null) {
                    return new Tuple2<>(0L, err);
                }
            }
            return new Tuple2<>(p.len(), null);
        }

        @Override public GoError Close() {
            if (err == null && !pending.isEmpty()) {
                err = w.Write(ByteSlice.fromString(enc.encode(pending.toString()))).v1();
                pending.setLength(0);
            }
            return err;
        }
    }

    private static final class StreamDecoder implements go.io.Reader {
        private final Encoding enc;
        private final go.io.Reader r;
        /** The decoded bytes not yet returned; null before the first Read. */
        private String out;
        /** The error after the decoded bytes (EOF at the end). */
        private GoError err;

        StreamDecoder(Encoding enc, go.io.Reader r) {
            this.enc = enc;
            this.r = r;
        }

        @Override public Tuple2<Long, GoError> Read(ByteSlice p) {
            if (out == null) {
                Tuple2<ByteSlice, GoError> all = go.io.Io.ReadAll(r);
                Encoding.Decoded d = enc.decode(all.v0().toGoString());
                out = d.bytes();
                err = d.err() != null ? d.err() : all.v1() != null ? all.v1() : go.io.Io.EOF;
            }
            if (out.isEmpty()) {
                return new Tuple2<>(0L, err);
            }
            int n = (int) Math.min(p.len(), out.length());
            for (int i = 0; i < n; i++) {
                p.set(i, (byte) out.charAt(i));
            }
            out = out.substring(n);
            return new Tuple2<>((long) n, null);
        }
    }
}
