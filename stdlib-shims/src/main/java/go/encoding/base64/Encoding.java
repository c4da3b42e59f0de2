// base64.Encoding: a radix-64 alphabet with its padding rule, and its Encode/Decode methods.
package go.encoding.base64;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Tuple2;

/**
 * Go's {@code *base64.Encoding}. Decoding follows Go's quantum rules step for step: CR and LF
 * are skipped, padding must be complete and final, and a CorruptInputError names the offset of
 * the first byte Go would reject.
 */
public final class Encoding implements dev.goloom.runtime.GoStruct<Encoding> {
    /** {@code base64.Encoding}: its fields are unexported, so fmt sees an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("encoding/base64", "base64", "Encoding")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    /** The 64 output characters. */
    private String alphabet;
    /** Each input byte's 6-bit value, or -1. */
    private int[] decodeMap;
    /** The padding character, or NoPadding (-1). */
    private int padChar;
    /** Whether trailing padding bits must be zero. */
    private boolean strict;

    public Encoding() {}

    Encoding(String alphabet, int padChar, boolean strict) {
        this.alphabet = alphabet;
        this.padChar = padChar;
        this.strict = strict;
        this.decodeMap = new int[256];
        java.util.Arrays.fill(decodeMap, -1);
        for (int i = 0; i < alphabet.length(); i++) {
            decodeMap[alphabet.charAt(i)] = i;
        }
    }

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override public Encoding copy() {
        Encoding e = new Encoding();
        e.set(this);
        return e;
    }

    @Override public void set(Encoding v) {
        alphabet = v.alphabet;
        decodeMap = v.decodeMap;
        padChar = v.padChar;
        strict = v.strict;
    }

    /** A copy with padChar as padding (NoPadding for none); panics as Go does for an unusable character. */
    public Encoding WithPadding(int padding) {
        if (padding == '\r' || padding == '\n' || padding > 0xff) {
            throw new GoPanic("invalid padding");
        }
        if (padding >= 0 && decodeMap[padding] != -1) {
            throw new GoPanic("padding contained in alphabet");
        }
        return new Encoding(alphabet, padding, strict);
    }

    /** A copy that rejects non-zero trailing padding bits. */
    public Encoding Strict() {
        return new Encoding(alphabet, padChar, true);
    }

    public long EncodedLen(long n) {
        return padChar == Base64.NoPadding ? n / 3 * 4 + (n % 3 * 8 + 5) / 6 : (n + 2) / 3 * 4;
    }

    public long DecodedLen(long n) {
        return padChar == Base64.NoPadding ? n / 4 * 3 + n % 4 * 6 / 8 : n / 4 * 3;
    }

    /** The encoding of src (Latin-1 chars as bytes). */
    String encode(String src) {
        StringBuilder sb = new StringBuilder((int) EncodedLen(src.length()));
        int i = 0;
        for (; i + 3 <= src.length(); i += 3) {
            int v = src.charAt(i) << 16 | src.charAt(i + 1) << 8 | src.charAt(i + 2);
            sb.append(alphabet.charAt(v >> 18 & 0x3F)).append(alphabet.charAt(v >> 12 & 0x3F))
                    .append(alphabet.charAt(v >> 6 & 0x3F)).append(alphabet.charAt(v & 0x3F));
        }
        int rem = src.length() - i;
        if (rem > 0) {
            int v = src.charAt(i) << 16 | (rem == 2 ? src.charAt(i + 1) << 8 : 0);
            sb.append(alphabet.charAt(v >> 18 & 0x3F)).append(alphabet.charAt(v >> 12 & 0x3F));
            if (rem == 2) {
                sb.append(alphabet.charAt(v >> 6 & 0x3F));
            } else if (padChar != Base64.NoPadding) {
                sb.append((char) padChar);
            }
            if (padChar != Base64.NoPadding) {
                sb.append((char) padChar);
            }
        }
        return sb.toString();
    }

    public String EncodeToString(ByteSlice src) {
        return encode(src.toGoString());
    }

    /** Writes EncodedLen(len(src)) bytes into dst. */
    public void Encode(ByteSlice dst, ByteSlice src) {
        String out = encode(src.toGoString());
        for (int i = 0; i < out.length(); i++) {
            dst.set(i, (byte) out.charAt(i));
        }
    }

    /** What decoding produced: the bytes and the error that stopped it (null when none). */
    record Decoded(String bytes, GoError err) {}

    /** Go's Decode over the whole input: quantum after quantum until the input ends or one fails. */
    Decoded decode(String src) {
        StringBuilder out = new StringBuilder();
        int si = 0;
        while (si < src.length()) {
            int[] dbuf = new int[4];
            int dlen = 4;
            GoError err = null;
            boolean ended = false;
            for (int j = 0; j < 4; j++) {
                if (src.length() == si) {
                    if (j == 0) {
                        return new Decoded(out.toString(), null);
                    }
                    if (j == 1 || padChar != Base64.NoPadding) {
                        return new Decoded(out.toString(), Base64.corrupt(si - j));
                    }
                    dlen = j;
                    ended = true;
                    break;
                }
                char in = src.charAt(si);
                si++;
                int v = decodeMap[in];
                if (v >= 0) {
                    dbuf[j] = v;
                    continue;
                }
                if (in == '\n' || in == '\r') {
                    j--;
                    continue;
                }
                if (in != padChar) {
                    return new Decoded(out.toString(), Base64.corrupt(si - 1));
                }
                // Padding: the end of the data.
                if (j == 0 || j == 1) {
                    return new Decoded(out.toString(), Base64.corrupt(si - 1));
                }
                if (j == 2) {
                    while (si < src.length() && (src.charAt(si) == '\n' || src.charAt(si) == '\r')) {
                        si++;
                    }
                    if (si == src.length()) {
                        return new Decoded(out.toString(), Base64.corrupt(src.length()));
                    }
                    if (src.charAt(si) != padChar) {
                        return new Decoded(out.toString(), Base64.corrupt(si - 1));
                    }
                    si++;
                }
                while (si < src.length() && (src.charAt(si) == '\n' || src.charAt(si) == '\r')) {
                    si++;
                }
                if (si < src.length()) {
                    err = Base64.corrupt(si);
                }
                dlen = j;
                ended = true;
                break;
            }
            int val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
            int b0 = val >> 16 & 0xFF, b1 = val >> 8 & 0xFF, b2 = val & 0xFF;
            if (strict && (dlen == 3 && b2 != 0)) {
                return new Decoded(out.toString(), Base64.corrupt(si - 1));
            }
            if (strict && dlen == 2 && (b1 != 0 || b2 != 0)) {
                return new Decoded(out.toString(), Base64.corrupt(si - 2));
            }
            out.append((char) b0);
            if (dlen >= 3) {
                out.append((char) b1);
            }
            if (dlen == 4) {
                out.append((char) b2);
            }
            if (err != null || ended) {
                return new Decoded(out.toString(), err);
            }
        }
        return new Decoded(out.toString(), null);
    }

    /** The bytes src represents; what was decoded before an error comes with it. */
    public Tuple2<ByteSlice, GoError> DecodeString(String s) {
        Decoded d = decode(s);
        ByteSlice buf = ByteSlice.make(DecodedLen(s.length()));
        for (int i = 0; i < d.bytes().length(); i++) {
            buf.set(i, (byte) d.bytes().charAt(i));
        }
        return new Tuple2<>(buf.slice(0, d.bytes().length()), d.err());
    }

    /** Decodes src into dst; the number of bytes written and the error. */
    public Tuple2<Long, GoError> Decode(ByteSlice dst, ByteSlice src) {
        Decoded d = decode(src.toGoString());
        for (int i = 0; i < d.bytes().length(); i++) {
            dst.set(i, (byte) d.bytes().charAt(i));
        }
        return new Tuple2<>((long) d.bytes().length(), d.err());
    }
}
