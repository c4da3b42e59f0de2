// time.Duration's text: String ("1h2m3.5s", "1.5µs") and ParseDuration.
package go.time;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;
import go.errors.Errors;

/**
 * Go's {@code Duration.String} and {@code ParseDuration}. Strings are Go strings (one char per
 * byte), so the micro sign µ is its two UTF-8 bytes C2 B5.
 */
final class DurationText {
    private DurationText() {}

    /** "µ" as a Go string. */
    private static final String MICRO = "\u00c2\u00b5";
    /** "μ" (Greek mu, U+03BC) as a Go string: ParseDuration accepts it too. */
    private static final String GREEK_MU = "\u00ce\u00bc";

    /** Appends the digits of {@code v / 10^prec} and, when nonzero, "." and its fraction without trailing zeros (v unsigned). */
    private static void appendScaled(StringBuilder b, long v, int prec) {
        long pow = 1;
        for (int i = 0; i < prec; i++) {
            pow *= 10;
        }
        long whole = Long.divideUnsigned(v, pow);
        long frac = Long.remainderUnsigned(v, pow);
        b.append(Long.toUnsignedString(whole));
        if (frac != 0) {
            String digits = Long.toString(frac);
            StringBuilder f = new StringBuilder();
            for (int i = digits.length(); i < prec; i++) {
                f.append('0');
            }
            f.append(digits);
            int end = f.length();
            while (f.charAt(end - 1) == '0') {
                end--;
            }
            b.append('.').append(f, 0, end);
        }
    }

    static String format(long d) {
        if (d == 0) {
            return "0s";
        }
        long u = d < 0 ? -d : d; // unsigned magnitude (MinInt64 stays 1<<63)
        StringBuilder b = new StringBuilder();
        if (d < 0) {
            b.append('-');
        }
        if (Long.compareUnsigned(u, 1_000_000_000L) < 0) {
            if (u < 1000) {
                b.append(u).append("ns");
            } else if (u < 1_000_000) {
                appendScaled(b, u, 3);
                b.append(MICRO).append('s');
            } else {
                appendScaled(b, u, 6);
                b.append("ms");
            }
            return b.toString();
        }
        long secondsTotal = Long.divideUnsigned(u, 1_000_000_000L);
        long nanos = Long.remainderUnsigned(u, 1_000_000_000L);
        long hours = secondsTotal / 3600;
        long minutes = secondsTotal / 60 % 60;
        long seconds = secondsTotal % 60;
        if (hours > 0) {
            b.append(hours).append('h');
        }
        if (hours > 0 || minutes > 0) {
            b.append(minutes).append('m');
        }
        appendScaled(b, seconds * 1_000_000_000L + nanos, 9);
        return b.append('s').toString();
    }

    private static long unit(String u) {
        return switch (u) {
            case "ns" -> 1L;
            case "us", MICRO + "s", GREEK_MU + "s" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            case "h" -> 3_600_000_000_000L;
            default -> -1;
        };
    }

    private static final long LIMIT = Long.MIN_VALUE; // 1<<63 as an unsigned value

    /** Whether unsigned a > unsigned b. */
    private static boolean above(long a, long b) {
        return Long.compareUnsigned(a, b) > 0;
    }

    static Tuple2<Long, GoError> parse(String orig) {
        String s = orig;
        long d = 0;
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.equals("0")) {
            return new Tuple2<>(0L, null);
        }
        if (s.isEmpty()) {
            return invalid(orig);
        }
        while (!s.isEmpty()) {
            char c = s.charAt(0);
            if (!(c == '.' || c >= '0' && c <= '9')) {
                return invalid(orig);
            }
            // digits before the point
            int i = 0;
            long v = 0;
            while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
                if (above(v, Long.divideUnsigned(LIMIT, 10))) {
                    return invalid(orig);
                }
                v = v * 10 + (s.charAt(i) - '0');
                if (above(v, LIMIT)) {
                    return invalid(orig);
                }
                i++;
            }
            boolean pre = i > 0;
            s = s.substring(i);
            long f = 0;
            double scale = 1;
            boolean post = false;
            if (!s.isEmpty() && s.charAt(0) == '.') {
                s = s.substring(1);
                int j = 0;
                boolean overflow = false;
                while (j < s.length() && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
                    if (!overflow) {
                        if (above(f, Long.MAX_VALUE / 10)) {
                            overflow = true;
                        } else {
                            long y = f * 10 + (s.charAt(j) - '0');
                            if (above(y, LIMIT)) {
                                overflow = true;
                            } else {
                                f = y;
                                scale *= 10;
                            }
                        }
                    }
                    j++;
                }
                post = j > 0;
                s = s.substring(j);
            }
            if (!pre && !post) {
                return invalid(orig);
            }
            int k = 0;
            while (k < s.length() && s.charAt(k) != '.' && !(s.charAt(k) >= '0' && s.charAt(k) <= '9')) {
                k++;
            }
            if (k == 0) {
                return new Tuple2<>(0L, Errors.New("time: missing unit in duration " + Quote.quote(orig)));
            }
            String u = s.substring(0, k);
            s = s.substring(k);
            long unit = unit(u);
            if (unit < 0) {
                return new Tuple2<>(0L, Errors.New("time: unknown unit " + Quote.quote(u) + " in duration " + Quote.quote(orig)));
            }
            if (above(v, Long.divideUnsigned(LIMIT, unit))) {
                return invalid(orig);
            }
            v *= unit;
            if (f > 0) {
                v += (long) ((double) f * ((double) unit / scale));
                if (above(v, LIMIT)) {
                    return invalid(orig);
                }
            }
            d += v;
            if (above(d, LIMIT)) {
                return invalid(orig);
            }
        }
        if (neg) {
            return new Tuple2<>(-d, null);
        }
        if (above(d, Long.MAX_VALUE)) {
            return invalid(orig);
        }
        return new Tuple2<>(d, null);
    }

    private static Tuple2<Long, GoError> invalid(String orig) {
        return new Tuple2<>(0L, Errors.New("time: invalid duration " + Quote.quote(orig)));
    }
}
