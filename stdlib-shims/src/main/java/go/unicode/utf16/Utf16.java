// Package unicode/utf16: UTF-16 encoding and decoding of runes, with surrogate pairs.
package go.unicode.utf16;

import dev.goloom.runtime.IntSlice;
import dev.goloom.runtime.ShortSlice;
import dev.goloom.runtime.Tuple2;

/** Go's package unicode/utf16: []uint16 is ShortSlice, []rune IntSlice. */
public final class Utf16 {
    private Utf16() {}

    private static final int REPLACEMENT_CHAR = 0xFFFD;
    private static final int MAX_RUNE = 0x10FFFF;
    private static final int SURR1 = 0xd800;
    private static final int SURR2 = 0xdc00;
    private static final int SURR3 = 0xe000;
    private static final int SURR_SELF = 0x10000;

    /** Whether r can appear in a surrogate pair. */
    public static boolean IsSurrogate(int r) {
        return SURR1 <= r && r < SURR3;
    }

    /** The rune of the surrogate pair; U+FFFD if it is not a valid pair. */
    public static int DecodeRune(int r1, int r2) {
        if (SURR1 <= r1 && r1 < SURR2 && SURR2 <= r2 && r2 < SURR3) {
            return (((r1 - SURR1) << 10) | (r2 - SURR2)) + SURR_SELF;
        }
        return REPLACEMENT_CHAR;
    }

    /** The surrogate pair of r; (U+FFFD, U+FFFD) if r needs none or is invalid. */
    public static Tuple2<Integer, Integer> EncodeRune(int r) {
        if (r < SURR_SELF || r > MAX_RUNE) {
            return new Tuple2<>(REPLACEMENT_CHAR, REPLACEMENT_CHAR);
        }
        r -= SURR_SELF;
        return new Tuple2<>(SURR1 + ((r >> 10) & 0x3ff), SURR2 + (r & 0x3ff));
    }

    /** The number of 16-bit words of r's encoding; -1 if r is not a valid rune. */
    public static long RuneLen(int r) {
        if (0 <= r && r < SURR1 || SURR3 <= r && r < SURR_SELF) {
            return 1;
        }
        if (SURR_SELF <= r && r <= MAX_RUNE) {
            return 2;
        }
        return -1;
    }

    /** The UTF-16 encoding of the runes; invalid runes become U+FFFD. */
    public static ShortSlice Encode(IntSlice s) {
        long n = s.len();
        for (long i = 0; i < s.len(); i++) {
            if (s.get(i) >= SURR_SELF) {
                n++;
            }
        }
        ShortSlice a = ShortSlice.make(n);
        long k = 0;
        for (long i = 0; i < s.len(); i++) {
            int v = s.get(i);
            if (0 <= v && v < SURR1 || SURR3 <= v && v < SURR_SELF) {
                a.set(k++, (short) v);
            } else if (SURR_SELF <= v && v <= MAX_RUNE) {
                Tuple2<Integer, Integer> pair = EncodeRune(v);
                a.set(k++, (short) (int) pair.v0());
                a.set(k++, (short) (int) pair.v1());
            } else {
                a.set(k++, (short) REPLACEMENT_CHAR);
            }
        }
        return a.slice(0, k);
    }

    /** Appends the UTF-16 encoding of r. */
    public static ShortSlice AppendRune(ShortSlice a, int r) {
        if (0 <= r && r < SURR1 || SURR3 <= r && r < SURR_SELF) {
            return ShortSlice.append(a, (short) r);
        }
        if (SURR_SELF <= r && r <= MAX_RUNE) {
            Tuple2<Integer, Integer> pair = EncodeRune(r);
            return ShortSlice.append(a, (short) (int) pair.v0(), (short) (int) pair.v1());
        }
        return ShortSlice.append(a, (short) REPLACEMENT_CHAR);
    }

    /** The runes of the UTF-16 encoding; unpaired surrogates become U+FFFD. Appended to a 64-rune start, as Go does. */
    public static IntSlice Decode(ShortSlice s) {
        IntSlice buf = IntSlice.make(0, 64);
        for (long i = 0; i < s.len(); i++) {
            int r = s.get(i) & 0xffff;
            if (r < SURR1 || SURR3 <= r) {
                buf = IntSlice.append(buf, r); // normal rune
            } else if (SURR1 <= r && r < SURR2 && i + 1 < s.len() && SURR2 <= (s.get(i + 1) & 0xffff)
                    && (s.get(i + 1) & 0xffff) < SURR3) {
                buf = IntSlice.append(buf, DecodeRune(r, s.get(i + 1) & 0xffff)); // valid surrogate sequence
                i++;
            } else {
                buf = IntSlice.append(buf, REPLACEMENT_CHAR); // invalid surrogate sequence
            }
        }
        return buf;
    }
}
