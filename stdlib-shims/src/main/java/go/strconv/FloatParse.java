// Float parsing as Go's strconv.ParseFloat does it: Go's literal syntax (decimal, hex, underscores, inf, nan), correctly rounded.
package go.strconv;

/**
 * Go's syntax is checked here; the value comes from the JDK's correctly rounded parsers
 * (given a string rebuilt in their syntax), which round to nearest even as Go does. A float32
 * is parsed directly as a float (never through a double, which could round twice).
 */
final class FloatParse {
    private FloatParse() {}

    /** A parsed value and whether it overflowed (Go's ErrRange, value ±Inf); null value = syntax error. */
    record Result(Double value, boolean range) {}

    static Result parse(String s, int bitSize) {
        Double special = special(s);
        if (special != null) {
            // A float32 result goes through float32, which drops Go's NaN payload as Go's conversion does.
            return new Result(bitSize == 32 ? (double) (float) (double) special : special, false);
        }
        String java = toJavaSyntax(s);
        if (java == null) {
            return new Result(null, false);
        }
        double v = bitSize == 32 ? Float.parseFloat(java) : Double.parseDouble(java);
        return new Result(v, Double.isInfinite(v));
    }

    /** "inf", "infinity" (any case, optional sign) and "nan" (any case, no sign) — only when they are the whole string. */
    private static Double special(String s) {
        String body = s;
        double sign = 1;
        if (!s.isEmpty() && (s.charAt(0) == '+' || s.charAt(0) == '-')) {
            sign = s.charAt(0) == '-' ? -1 : 1;
            body = s.substring(1);
        } else if (s.equalsIgnoreCase("nan")) {
            return go.math.Math.NaN();
        }
        if (body.equalsIgnoreCase("inf") || body.equalsIgnoreCase("infinity")) {
            return sign * Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /** Checks Go's float syntax and rewrites {@code s} without underscores for Double.parseDouble, or null. */
    private static String toJavaSyntax(String s) {
        int i = 0;
        int n = s.length();
        StringBuilder out = new StringBuilder(n + 4);
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            out.append(s.charAt(i));
            i++;
        }
        boolean hex = false;
        if (i + 2 < n && s.charAt(i) == '0' && Character.toLowerCase(s.charAt(i + 1)) == 'x') {
            hex = true;
            out.append("0x");
            i += 2;
        }
        boolean underscores = false;
        boolean sawDot = false;
        boolean sawDigits = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '_') {
                underscores = true;
            } else if (c == '.') {
                if (sawDot) {
                    break;
                }
                sawDot = true;
                out.append('.');
            } else if (c >= '0' && c <= '9' || hex && Character.toLowerCase(c) >= 'a' && Character.toLowerCase(c) <= 'f') {
                sawDigits = true;
                out.append(c);
            } else {
                break;
            }
        }
        if (!sawDigits) {
            return null;
        }
        char expChar = hex ? 'p' : 'e';
        if (i < n && Character.toLowerCase(s.charAt(i)) == expChar) {
            i++;
            if (i >= n) {
                return null;
            }
            out.append(expChar);
            if (s.charAt(i) == '+' || s.charAt(i) == '-') {
                out.append(s.charAt(i));
                i++;
            }
            if (i >= n || s.charAt(i) < '0' || s.charAt(i) > '9') {
                return null;
            }
            long e = 0;
            for (; i < n && (s.charAt(i) >= '0' && s.charAt(i) <= '9' || s.charAt(i) == '_'); i++) {
                if (s.charAt(i) == '_') {
                    underscores = true;
                } else if (e < 100000) {
                    e = e * 10 + s.charAt(i) - '0';
                }
            }
            out.append(e);
        } else if (hex) {
            return null; // a hexadecimal float needs its p exponent
        }
        if (i != n) {
            return null;
        }
        if (underscores && !IntParse.underscoreOK(s)) {
            return null;
        }
        return out.toString();
    }
}
