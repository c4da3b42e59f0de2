// Go string operations that need more than java.lang.String: checked indexing and slicing, UTF-8, conversions.
package dev.goloom.runtime;

/**
 * A Go string is a java.lang.String whose chars are bytes (0–255), one char per byte. Then
 * {@code len}, {@code +}, {@code ==} and the ordering operators are String's own:
 * {@code compareTo} compares chars as unsigned 16-bit values, which for chars 0–255 is Go's
 * bytewise comparison. What is here: index and slice with Go's panics, UTF-8 decoding with Go's
 * rules (every invalid or truncated sequence, surrogate, overlong form or code point above
 * U+10FFFF decodes as U+FFFD of width 1), and the string/rune/byte conversions.
 */
public final class GoStrings {
    private GoStrings() {}

    /** U+FFFD, the replacement for anything that is not valid UTF-8 or not a valid code point. */
    public static final int RUNE_ERROR = 0xFFFD;
    private static final int MAX_RUNE = 0x10FFFF;

    /** {@code s[i]}: the byte, as Java's (signed) byte; callers mask with 0xff for Go's uint8. */
    public static byte at(String s, long i) {
        if (i < 0 || i >= s.length()) {
            throw Bounds.index(i, s.length());
        }
        return (byte) s.charAt((int) i);
    }

    /** {@code s[lo:hi]}, with Go's panics (for strings they say "with length"). */
    public static String slice(String s, long lo, long hi) {
        int n = s.length();
        if (hi < 0 || hi > n) {
            throw Bounds.sliceHigh(hi, n, false);
        }
        if (lo < 0 || lo > hi) {
            throw Bounds.sliceLow(lo, hi);
        }
        return s.substring((int) lo, (int) hi);
    }

    /**
     * Decodes the rune starting at byte {@code i} as {@code for range} does:
     * {@code ((long) width << 32) | (rune & 0xffffffffL)}; take it apart with {@link #rune(long)}
     * and {@link #width(long)}. {@code i} must be below {@code s.length()}. A sequence cut short
     * by the end of the string, or by a byte out of range, yields U+FFFD of width 1.
     */
    public static long decodeRune(String s, int i) {
        int n = s.length();
        int b0 = s.charAt(i);
        if (b0 < 0x80) {
            return pack(b0, 1);
        }
        // The lead byte fixes the length and the range allowed for the second byte, which
        // excludes overlong forms (E0, F0), surrogates (ED) and code points above U+10FFFF (F4).
        int need;
        int lo = 0x80, hi = 0xBF;
        int r;
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            need = 1;
            r = b0 & 0x1F;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            need = 2;
            r = b0 & 0x0F;
            if (b0 == 0xE0) {
                lo = 0xA0;
            } else if (b0 == 0xED) {
                hi = 0x9F;
            }
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            need = 3;
            r = b0 & 0x07;
            if (b0 == 0xF0) {
                lo = 0x90;
            } else if (b0 == 0xF4) {
                hi = 0x8F;
            }
        } else {
            return pack(RUNE_ERROR, 1);
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= n) {
                return pack(RUNE_ERROR, 1);
            }
            int b = s.charAt(i + k);
            if (b < lo || b > hi) {
                return pack(RUNE_ERROR, 1);
            }
            lo = 0x80;
            hi = 0xBF;
            r = (r << 6) | (b & 0x3F);
        }
        return pack(r, need + 1);
    }

    private static long pack(int rune, int width) {
        return ((long) width << 32) | (rune & 0xffffffffL);
    }

    /** The rune of a {@link #decodeRune} result. */
    public static int rune(long decoded) {
        return (int) decoded;
    }

    /** The number of bytes of a {@link #decodeRune} result. */
    public static int width(long decoded) {
        return (int) (decoded >>> 32);
    }

    /**
     * {@code string(x)} for an integer x (rune, or any integer type passed as its Go value):
     * its UTF-8 encoding, or that of U+FFFD when x is a surrogate or outside 0..U+10FFFF.
     */
    public static String fromRune(long r) {
        if (r >= 0 && r < 0x80) {
            return String.valueOf((char) r);
        }
        StringBuilder sb = new StringBuilder(4);
        appendRune(sb, r);
        return sb.toString();
    }

    /** Appends the UTF-8 bytes of {@code r} (U+FFFD when invalid) as chars. */
    static void appendRune(StringBuilder sb, long r) {
        if (r < 0 || r > MAX_RUNE || (r >= 0xD800 && r <= 0xDFFF)) {
            r = RUNE_ERROR;
        }
        int c = (int) r;
        if (c < 0x80) {
            sb.append((char) c);
        } else if (c < 0x800) {
            sb.append((char) (0xC0 | c >> 6)).append((char) (0x80 | c & 0x3F));
        } else if (c < 0x10000) {
            sb.append((char) (0xE0 | c >> 12)).append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        } else {
            sb.append((char) (0xF0 | c >> 18)).append((char) (0x80 | c >> 12 & 0x3F))
                    .append((char) (0x80 | c >> 6 & 0x3F)).append((char) (0x80 | c & 0x3F));
        }
    }

    /** {@code utf8.RuneCountInString(s)}: the number of runes {@code for range} produces. */
    public static long runeCount(String s) {
        long count = 0;
        int n = s.length();
        for (int i = 0; i < n; count++) {
            i += s.charAt(i) < 0x80 ? 1 : width(decodeRune(s, i));
        }
        return count;
    }

    /** {@code []rune(s)}: never nil; capacity rounded as gc's rawruneslice does. */
    public static IntSlice toRunes(String s) {
        int count = (int) runeCount(s);
        int cap = (int) (SliceGrowth.roundUpSize(count * 4L, true) / 4);
        int[] runes = new int[cap];
        int n = s.length();
        for (int i = 0, k = 0; i < n; k++) {
            long d = decodeRune(s, i);
            runes[k] = rune(d);
            i += width(d);
        }
        return new IntSlice(runes, 0, count, cap);
    }

    /** {@code string(runes)}: each rune's UTF-8 bytes, U+FFFD for invalid ones. */
    public static String fromRunes(IntSlice runes) {
        StringBuilder sb = new StringBuilder(runes.length);
        for (int k = 0; k < runes.length; k++) {
            appendRune(sb, runes.array[runes.offset + k]);
        }
        return sb.toString();
    }

    /** {@code []byte(s)}: never nil; capacity rounded as gc's rawbyteslice does. */
    public static ByteSlice toBytes(String s) {
        return ByteSlice.fromString(s);
    }

    /** {@code string(b)}. */
    public static String fromBytes(ByteSlice b) {
        return b.toGoString();
    }
}
