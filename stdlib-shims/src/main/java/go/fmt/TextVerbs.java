// fmt's verbs for strings and byte slices (%s %q %x %X, precision as a rune count) and for booleans (%t).
package go.fmt;

import dev.goloom.runtime.GoStrings;
import go.strconv.Quoting;

/** Strings are Go byte strings; a []byte is passed as the byte string of its contents. */
final class TextVerbs {
    private TextVerbs() {}

    static void bool(Spec f, boolean v) {
        f.pad(v ? "true" : "false");
    }

    /** The first {@code prec} runes of {@code s} when a precision is present. */
    static String truncate(Spec f, String s) {
        if (f.precPresent) {
            int n = f.prec;
            for (int i = 0; i < s.length(); ) {
                n--;
                if (n < 0) {
                    return s.substring(0, i);
                }
                i += s.charAt(i) < 0x80 ? 1 : GoStrings.width(GoStrings.decodeRune(s, i));
            }
        }
        return s;
    }

    /** %s */
    static void string(Spec f, String s) {
        f.pad(truncate(f, s));
    }

    /** %x, %X of a string or byte slice: two hex digits per byte; ' ' separates bytes, '#' adds 0x. */
    static void hex(Spec f, String s, String digits) {
        int length = s.length();
        if (f.precPresent && f.prec < length) {
            length = f.prec;
        }
        int width = 2 * length;
        if (width > 0) {
            if (f.space) {
                if (f.sharp) {
                    width *= 2;
                }
                width += length - 1;
            } else if (f.sharp) {
                width += 2;
            }
        } else {
            if (f.widPresent) {
                f.writePadding(f.wid);
            }
            return;
        }
        if (f.widPresent && f.wid > width && !f.minus) {
            f.writePadding(f.wid - width);
        }
        StringBuilder buf = f.buf;
        if (f.sharp) {
            buf.append('0').append(digits.charAt(16));
        }
        for (int i = 0; i < length; i++) {
            if (f.space && i > 0) {
                buf.append(' ');
                if (f.sharp) {
                    buf.append('0').append(digits.charAt(16));
                }
            }
            int c = s.charAt(i);
            buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
        }
        if (f.widPresent && f.wid > width && f.minus) {
            f.writePadding(f.wid - width);
        }
    }

    /** %q: a double-quoted Go string ('+': ASCII only), or with '#' a raw string when possible. */
    static void quoted(Spec f, String s) {
        s = truncate(f, s);
        if (f.sharp && Quoting.canBackquote(s)) {
            f.pad("`" + s + "`");
            return;
        }
        f.pad(Quoting.quote(s, '"', f.plus, false));
    }
}
