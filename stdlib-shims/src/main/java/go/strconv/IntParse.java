// Integer parsing as Go's strconv does it: ParseUint, ParseInt, Atoi, with base prefixes, underscores and range clamping.
package go.strconv;

import dev.goloom.runtime.GoError;

/**
 * The parsers return a {@link Result}: the value (clamped on range errors, as Go returns it)
 * and a reason code; {@link Strconv} turns the reason into a {@link NumError}.
 */
final class IntParse {
    private IntParse() {}

    /** Why a parse failed; NONE when it did not. */
    enum Reason { NONE, SYNTAX, RANGE, BASE, BIT_SIZE }

    /** A parsed value and why it failed (NONE: it did not). */
    record Result(long value, Reason reason) {
        static final Result SYNTAX = new Result(0, Reason.SYNTAX);
    }

    static Result parseUint(String s, int base, int bitSize) {
        if (s.isEmpty()) {
            return Result.SYNTAX;
        }
        boolean base0 = base == 0;
        String s0 = s;
        if (base == 0) {
            base = 10;
            if (s.charAt(0) == '0') {
                char c1 = s.length() >= 3 ? Character.toLowerCase(s.charAt(1)) : 0;
                switch (c1) {
                    case 'b' -> { base = 2; s = s.substring(2); }
                    case 'o' -> { base = 8; s = s.substring(2); }
                    case 'x' -> { base = 16; s = s.substring(2); }
                    default -> { base = 8; s = s.substring(1); }
                }
            }
        } else if (base < 2 || base > 36) {
            return new Result(0, Reason.BASE);
        }
        if (bitSize == 0) {
            bitSize = 64;
        } else if (bitSize < 0 || bitSize > 64) {
            return new Result(0, Reason.BIT_SIZE);
        }
        // cutoff: the smallest number such that cutoff*base overflows uint64.
        long cutoff = Long.divideUnsigned(-1L, base) + 1;
        long maxVal = bitSize == 64 ? -1L : (1L << bitSize) - 1;
        boolean underscores = false;
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            int d;
            if (c == '_' && base0) {
                underscores = true;
                continue;
            } else if (c >= '0' && c <= '9') {
                d = c - '0';
            } else if (Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'z' && c < 0x80) {
                d = Character.toLowerCase(c) - 'a' + 10;
            } else {
                return Result.SYNTAX;
            }
            if (d >= base) {
                return Result.SYNTAX;
            }
            if (Long.compareUnsigned(n, cutoff) >= 0) {
                return new Result(maxVal, Reason.RANGE);
            }
            n *= base;
            long n1 = n + d;
            if (Long.compareUnsigned(n1, n) < 0 || Long.compareUnsigned(n1, maxVal) > 0) {
                return new Result(maxVal, Reason.RANGE);
            }
            n = n1;
        }
        if (underscores && !underscoreOK(s0)) {
            return Result.SYNTAX;
        }
        return new Result(n, Reason.NONE);
    }

    static Result parseInt(String s, int base, int bitSize) {
        if (s.isEmpty()) {
            return Result.SYNTAX;
        }
        boolean neg = false;
        String digits = s;
        if (s.charAt(0) == '+') {
            digits = s.substring(1);
        } else if (s.charAt(0) == '-') {
            neg = true;
            digits = s.substring(1);
        }
        Result u = parseUint(digits, base, bitSize);
        if (u.reason() != Reason.NONE && u.reason() != Reason.RANGE) {
            return new Result(0, u.reason());
        }
        if (bitSize == 0) {
            bitSize = 64;
        }
        long cutoff = 1L << (bitSize - 1); // as unsigned: 2^(bitSize-1)
        long un = u.value();
        if (!neg && Long.compareUnsigned(un, cutoff) >= 0) {
            return new Result(cutoff - 1, Reason.RANGE);
        }
        if (neg && Long.compareUnsigned(un, cutoff) > 0) {
            return new Result(-cutoff, Reason.RANGE);
        }
        return new Result(neg ? -un : un, Reason.NONE);
    }

    /** Go's underscoreOK: underscores only between digits, or between a base prefix and a digit. */
    static boolean underscoreOK(String s) {
        char saw = '^';
        int i = 0;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            s = s.substring(1);
        }
        boolean hex = false;
        if (s.length() >= 2 && s.charAt(0) == '0') {
            char c1 = Character.toLowerCase(s.charAt(1));
            if (c1 == 'b' || c1 == 'o' || c1 == 'x') {
                i = 2;
                saw = '0';
                hex = c1 == 'x';
            }
        }
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            char lc = Character.toLowerCase(c);
            if (c >= '0' && c <= '9' || hex && lc >= 'a' && lc <= 'f') {
                saw = '0';
                continue;
            }
            if (c == '_') {
                if (saw != '0') {
                    return false;
                }
                saw = '_';
                continue;
            }
            if (saw == '_') {
                return false;
            }
            saw = '!';
        }
        return saw != '_';
    }

    /** The NumError for a failed parse of {@code s} by {@code func}. */
    static GoError error(String func, String s, Result r, int base, int bitSize) {
        GoError err = switch (r.reason()) {
            case SYNTAX -> Strconv.ErrSyntax;
            case RANGE -> Strconv.ErrRange;
            case BASE -> go.errors.Errors.New("invalid base " + base);
            case BIT_SIZE -> go.errors.Errors.New("invalid bit size " + bitSize);
            case NONE -> null;
        };
        return err == null ? null : new NumError(func, s, err);
    }
}
