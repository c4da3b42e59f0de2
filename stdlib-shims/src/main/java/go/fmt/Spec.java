// The formatting state of one verb (flags, width, precision) and the output buffer it pads into.
package go.fmt;

import dev.goloom.runtime.GoStrings;

/**
 * Go's fmt struct: the flags parsed for the current verb and padding to the width. Output is a
 * Go byte string built in {@link #buf} (one char per byte); widths count runes, as Go's do.
 */
final class Spec {
    /** The output being built (chars 0–255: bytes). */
    final StringBuilder buf = new StringBuilder();

    /** Width and precision as given (meaningful only when present). */
    int wid;
    int prec;
    boolean widPresent;
    boolean precPresent;
    /** '-': pad on the right. */
    boolean minus;
    /** '+': always a sign; with %q, ASCII only; with %+v, field names. */
    boolean plus;
    /** '#': alternate format. */
    boolean sharp;
    /** ' ': a space for the sign of positive numbers; spaces between hex bytes. */
    boolean space;
    /** '0': pad with leading zeros. */
    boolean zero;
    /** %+v: plus moved here so that the value's own verbs do not see it. */
    boolean plusV;
    /** %#v: sharp moved here. */
    boolean sharpV;

    void clearFlags() {
        wid = prec = 0;
        widPresent = precPresent = minus = plus = sharp = space = zero = plusV = sharpV = false;
    }

    /** A copy of the flags (for restoring after a nested print). */
    Spec.Saved save() {
        return new Saved(wid, prec, widPresent, precPresent, minus, plus, sharp, space, zero, plusV, sharpV);
    }

    void restore(Saved s) {
        wid = s.wid();
        prec = s.prec();
        widPresent = s.widPresent();
        precPresent = s.precPresent();
        minus = s.minus();
        plus = s.plus();
        sharp = s.sharp();
        space = s.space();
        zero = s.zero();
        plusV = s.plusV();
        sharpV = s.sharpV();
    }

    /** Saved flags. */
    record Saved(int wid, int prec, boolean widPresent, boolean precPresent, boolean minus, boolean plus,
                 boolean sharp, boolean space, boolean zero, boolean plusV, boolean sharpV) {}

    /** Appends {@code n} padding bytes: zeros when '0' is set and '-' is not, else spaces. */
    void writePadding(int n) {
        if (n <= 0) {
            return;
        }
        char pad = zero && !minus ? '0' : ' ';
        for (int i = 0; i < n; i++) {
            buf.append(pad);
        }
    }

    /** Appends {@code s} padded to the width (counted in runes). */
    void pad(String s) {
        if (!widPresent || wid == 0) {
            buf.append(s);
            return;
        }
        int width = wid - (int) GoStrings.runeCount(s);
        if (!minus) {
            writePadding(width);
            buf.append(s);
        } else {
            buf.append(s);
            writePadding(width);
        }
    }
}
