// Package unicode/utf8: UTF-8 encoding and decoding of runes in Go byte strings and byte slices.
package go.unicode.utf8;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoStrings;
import dev.goloom.runtime.Tuple2;

/**
 * Go's package unicode/utf8. Strings are Go byte strings; decoding follows Go's rules (see
 * {@link GoStrings#decodeRune}): anything invalid decodes as RuneError of width 1.
 */
public final class Utf8 {
    private Utf8() {}

    /** U+FFFD, "the error rune or Unicode replacement character". */
    public static final int RuneError = 0xFFFD;
    /** Characters below RuneSelf are represented as themselves in a single byte. */
    public static final int RuneSelf = 0x80;
    /** Maximum valid Unicode code point. */
    public static final int MaxRune = 0x10FFFF;
    /** Maximum number of bytes of a UTF-8 encoded Unicode character. */
    public static final long UTFMax = 4;

    /** The number of bytes needed to encode the rune, or -1 when it is not a valid code point. */
    public static long RuneLen(int r) {
        if (r < 0) {
            return -1;
        } else if (r < 0x80) {
            return 1;
        } else if (r < 0x800) {
            return 2;
        } else if (r >= 0xD800 && r <= 0xDFFF) {
            return -1;
        } else if (r < 0x10000) {
            return 3;
        } else if (r <= MaxRune) {
            return 4;
        }
        return -1;
    }

    public static long RuneCountInString(String s) {
        return GoStrings.runeCount(s);
    }

    public static long RuneCount(ByteSlice p) {
        return GoStrings.runeCount(p.toGoString());
    }

    /** The first rune of {@code s} and its width; (RuneError, 0) for an empty string. */
    public static Tuple2<Integer, Long> DecodeRuneInString(String s) {
        if (s.isEmpty()) {
            return new Tuple2<>(RuneError, 0L);
        }
        long d = GoStrings.decodeRune(s, 0);
        return new Tuple2<>(GoStrings.rune(d), (long) GoStrings.width(d));
    }

    /** Only the first (at most 4) bytes are looked at, so decoding rune by rune stays linear. */
    public static Tuple2<Integer, Long> DecodeRune(ByteSlice p) {
        return DecodeRuneInString(p.slice(0, Math.min(p.len(), 4)).toGoString());
    }

    /** The last rune of {@code s} and its width; (RuneError, 0) for an empty string. */
    public static Tuple2<Integer, Long> DecodeLastRuneInString(String s) {
        int end = s.length();
        if (end == 0) {
            return new Tuple2<>(RuneError, 0L);
        }
        int start = end - 1;
        if (s.charAt(start) < RuneSelf) {
            return new Tuple2<>((int) s.charAt(start), 1L);
        }
        // Back up over continuation bytes to a possible start byte, at most UTFMax bytes.
        int lim = Math.max(end - 4, 0);
        for (start--; start >= lim; start--) {
            if (RuneStart(s.charAt(start))) {
                break;
            }
        }
        if (start < 0) {
            start = 0;
        }
        long d = GoStrings.decodeRune(s, start);
        if (start + GoStrings.width(d) != end) {
            return new Tuple2<>(RuneError, 1L);
        }
        return new Tuple2<>(GoStrings.rune(d), (long) GoStrings.width(d));
    }

    /** Only the last (at most 4) bytes are looked at. */
    public static Tuple2<Integer, Long> DecodeLastRune(ByteSlice p) {
        return DecodeLastRuneInString(p.slice(Math.max(0, p.len() - 4), p.len()).toGoString());
    }

    /** Whether the byte could be the first byte of an encoded rune (it is not a continuation byte). */
    public static boolean RuneStart(int b) {
        return (b & 0xC0) != 0x80;
    }

    public static boolean ValidString(String s) {
        return go.strconv.Quoting.validString(s);
    }

    public static boolean Valid(ByteSlice p) {
        return ValidString(p.toGoString());
    }

    /** Whether {@code r} is a valid Unicode code point (not a surrogate, not above MaxRune). */
    public static boolean ValidRune(int r) {
        return r >= 0 && r <= MaxRune && !(r >= 0xD800 && r <= 0xDFFF);
    }

    /** Whether the string begins with a full UTF-8 encoding of a rune (an invalid one counts as full). */
    public static boolean FullRuneInString(String s) {
        if (s.isEmpty()) {
            return false;
        }
        long d = GoStrings.decodeRune(s, 0);
        if (GoStrings.width(d) > 1 || GoStrings.rune(d) != RuneError) {
            return true;
        }
        // RuneError of width 1: full unless s is a valid prefix cut short.
        int need = expectedLength(s.charAt(0));
        if (need <= 1 || s.length() >= need) {
            return true;
        }
        for (int i = 1; i < s.length(); i++) {
            int lo = 0x80, hi = 0xBF;
            if (i == 1) {
                int b0 = s.charAt(0);
                if (b0 == 0xE0) {
                    lo = 0xA0;
                } else if (b0 == 0xED) {
                    hi = 0x9F;
                } else if (b0 == 0xF0) {
                    lo = 0x90;
                } else if (b0 == 0xF4) {
                    hi = 0x8F;
                }
            }
            int b = s.charAt(i);
            if (b < lo || b > hi) {
                return true;
            }
        }
        return false;
    }

    /** Only the first (at most 4) bytes are looked at. */
    public static boolean FullRune(ByteSlice p) {
        return FullRuneInString(p.slice(0, Math.min(p.len(), 4)).toGoString());
    }

    private static int expectedLength(int b0) {
        if (b0 >= 0xC2 && b0 <= 0xDF) {
            return 2;
        } else if (b0 >= 0xE0 && b0 <= 0xEF) {
            return 3;
        } else if (b0 >= 0xF0 && b0 <= 0xF4) {
            return 4;
        }
        return 1;
    }

    /** Writes the UTF-8 encoding of {@code r} (RuneError's when invalid) into {@code p}; panics when p is too short. */
    public static long EncodeRune(ByteSlice p, int r) {
        String enc = GoStrings.fromRune(r);
        for (int i = 0; i < enc.length(); i++) {
            p.set(i, (byte) enc.charAt(i));
        }
        return enc.length();
    }

    /** Appends the UTF-8 encoding of {@code r} to {@code p}. */
    public static ByteSlice AppendRune(ByteSlice p, int r) {
        return ByteSlice.appendString(p, GoStrings.fromRune(r));
    }
}
