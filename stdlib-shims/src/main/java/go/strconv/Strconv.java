// Package strconv: conversions between strings and numbers or booleans, and Go-syntax quoting.
package go.strconv;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Tuple2;
import go.errors.Errors;

/**
 * Go's package strconv. Strings are Go byte strings. Functions with two results return a
 * {@link Tuple2} of the boxed value and the error ({@code null} = nil); on failure the error is a
 * {@link NumError} whose text is Go's ({@code strconv.Atoi: parsing "x": invalid syntax}).
 */
public final class Strconv {
    private Strconv() {}

    /** "IntSize is the size in bits of an int or uint value." */
    public static final long IntSize = 64;

    /** "ErrRange indicates that a value is out of range for the target type." */
    public static final GoError ErrRange = Errors.New("value out of range");

    /** "ErrSyntax indicates that a value does not have the right syntax for the target type." */
    public static final GoError ErrSyntax = Errors.New("invalid syntax");

    // ---- integers ----

    public static String Itoa(long i) {
        return Long.toString(i);
    }

    public static Tuple2<Long, GoError> Atoi(String s) {
        IntParse.Result r = IntParse.parseInt(s, 10, 0);
        return new Tuple2<>(r.value(), IntParse.error("Atoi", s, r, 10, 0));
    }

    public static Tuple2<Long, GoError> ParseInt(String s, long base, long bitSize) {
        IntParse.Result r = IntParse.parseInt(s, clampInt(base), clampInt(bitSize));
        return new Tuple2<>(r.value(), IntParse.error("ParseInt", s, r, (int) base, (int) bitSize));
    }

    /** The uint64 result is returned in a Long (its bits; Go's value as unsigned). */
    public static Tuple2<Long, GoError> ParseUint(String s, long base, long bitSize) {
        IntParse.Result r = IntParse.parseUint(s, clampInt(base), clampInt(bitSize));
        return new Tuple2<>(r.value(), IntParse.error("ParseUint", s, r, (int) base, (int) bitSize));
    }

    /** Base and bit size beyond int range are invalid either way; keep them invalid after narrowing. */
    private static int clampInt(long v) {
        return v < Integer.MIN_VALUE || v > Integer.MAX_VALUE ? -1 : (int) v;
    }

    public static String FormatInt(long i, long base) {
        checkBase(base);
        return Long.toString(i, (int) base);
    }

    /** {@code i} holds a uint64's bits. */
    public static String FormatUint(long i, long base) {
        checkBase(base);
        return Long.toUnsignedString(i, (int) base);
    }

    private static void checkBase(long base) {
        if (base < 2 || base > 36) {
            throw new GoPanic("strconv: illegal AppendInt/FormatInt base");
        }
    }

    public static ByteSlice AppendInt(ByteSlice dst, long i, long base) {
        return ByteSlice.appendString(dst, FormatInt(i, base));
    }

    public static ByteSlice AppendUint(ByteSlice dst, long i, long base) {
        return ByteSlice.appendString(dst, FormatUint(i, base));
    }

    // ---- booleans ----

    public static Tuple2<Boolean, GoError> ParseBool(String str) {
        return switch (str) {
            case "1", "t", "T", "TRUE", "true", "True" -> new Tuple2<>(true, null);
            case "0", "f", "F", "FALSE", "false", "False" -> new Tuple2<>(false, null);
            default -> new Tuple2<>(false, new NumError("ParseBool", str, ErrSyntax));
        };
    }

    public static String FormatBool(boolean b) {
        return b ? "true" : "false";
    }

    public static ByteSlice AppendBool(ByteSlice dst, boolean b) {
        return ByteSlice.appendString(dst, FormatBool(b));
    }

    // ---- floats ----

    /** bitSize 32 rounds to the nearest float32 (the result converts to float32 exactly); anything else means 64. */
    public static Tuple2<Double, GoError> ParseFloat(String s, long bitSize) {
        FloatParse.Result r = FloatParse.parse(s, bitSize == 32 ? 32 : 64);
        if (r.value() == null) {
            return new Tuple2<>(0.0, new NumError("ParseFloat", s, ErrSyntax));
        }
        return new Tuple2<>(r.value(), r.range() ? new NumError("ParseFloat", s, ErrRange) : null);
    }

    /**
     * {@code fmt} is a Go byte: 'b', 'e', 'E', 'f', 'g', 'G', 'x', 'X' (another gives "%" and
     * the byte); {@code prec} -1 is the shortest form that reads back exactly.
     */
    public static String FormatFloat(double f, byte fmt, long prec, long bitSize) {
        return FloatFormat.format(f, (char) (fmt & 0xff), (int) Math.max(Math.min(prec, Integer.MAX_VALUE), Integer.MIN_VALUE), (int) bitSize);
    }

    public static ByteSlice AppendFloat(ByteSlice dst, double f, byte fmt, long prec, long bitSize) {
        return ByteSlice.appendString(dst, FormatFloat(f, fmt, prec, bitSize));
    }

    // ---- quoting ----

    public static String Quote(String s) {
        return Quoting.quote(s, '"', false, false);
    }

    public static String QuoteToASCII(String s) {
        return Quoting.quote(s, '"', true, false);
    }

    public static String QuoteToGraphic(String s) {
        return Quoting.quote(s, '"', false, true);
    }

    public static String QuoteRune(int r) {
        return Quoting.quoteRune(r, false, false);
    }

    public static String QuoteRuneToASCII(int r) {
        return Quoting.quoteRune(r, true, false);
    }

    public static String QuoteRuneToGraphic(int r) {
        return Quoting.quoteRune(r, false, true);
    }

    public static ByteSlice AppendQuote(ByteSlice dst, String s) {
        return ByteSlice.appendString(dst, Quote(s));
    }

    public static ByteSlice AppendQuoteRune(ByteSlice dst, int r) {
        return ByteSlice.appendString(dst, QuoteRune(r));
    }

    public static ByteSlice AppendQuoteToASCII(ByteSlice dst, String s) {
        return ByteSlice.appendString(dst, QuoteToASCII(s));
    }

    public static ByteSlice AppendQuoteRuneToASCII(ByteSlice dst, int r) {
        return ByteSlice.appendString(dst, QuoteRuneToASCII(r));
    }

    public static ByteSlice AppendQuoteToGraphic(ByteSlice dst, String s) {
        return ByteSlice.appendString(dst, QuoteToGraphic(s));
    }

    public static ByteSlice AppendQuoteRuneToGraphic(ByteSlice dst, int r) {
        return ByteSlice.appendString(dst, QuoteRuneToGraphic(r));
    }

    /** The quoted string (as in Go syntax) at the start of s, quotes included; ErrSyntax when there is none. */
    public static Tuple2<String, GoError> QuotedPrefix(String s) {
        try {
            return new Tuple2<>(s.substring(0, Quoting.quotedPrefixLength(s)), null);
        } catch (Quoting.Syntax e) {
            return new Tuple2<>("", ErrSyntax);
        }
    }

    public static boolean CanBackquote(String s) {
        return Quoting.canBackquote(s);
    }

    /** Go's IsPrint: letters, marks, numbers, punctuation, symbols (Unicode 15.0) and the ASCII space. */
    public static boolean IsPrint(int r) {
        return go.unicode.Categories.isPrint(r);
    }

    /** Go's IsGraphic: IsPrint plus the other Zs spaces. */
    public static boolean IsGraphic(int r) {
        return go.unicode.Categories.isGraphic(r);
    }

    /** The value of a Go string or rune literal; ErrSyntax (the bare error, as Go returns it) when malformed. */
    public static Tuple2<String, GoError> Unquote(String s) {
        try {
            return new Tuple2<>(Quoting.unquote(s), null);
        } catch (Quoting.Syntax e) {
            return new Tuple2<>("", ErrSyntax);
        }
    }

    /**
     * The first character of {@code s} in a literal quoted by {@code quote}: its value, whether
     * it needs UTF-8, the rest, and ErrSyntax when malformed.
     */
    public static dev.goloom.runtime.Tuple4<Integer, Boolean, String, GoError> UnquoteChar(String s, byte quote) {
        try {
            Quoting.Char c = Quoting.unquoteChar(s, (char) (quote & 0xff));
            return new dev.goloom.runtime.Tuple4<>(c.value(), c.multibyte(), c.tail(), null);
        } catch (Quoting.Syntax e) {
            return new dev.goloom.runtime.Tuple4<>(0, false, "", ErrSyntax);
        }
    }
}
