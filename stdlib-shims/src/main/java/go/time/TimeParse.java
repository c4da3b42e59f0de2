// time.Parse and ParseInLocation: reads a time by a layout in Go's reference-time notation.
package go.time;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/**
 * Go's {@code time.Parse}. The layout is walked element by element; each element consumes
 * its part of the value. Errors are {@link ParseError}s with Go's texts: the element that
 * failed and the rest of the value, or a message (": month out of range", ": extra text: ...").
 * Ranges of month, hour, minute and second are checked per element; the day against the month
 * once everything is read, as in Go.
 */
final class TimeParse {
    private TimeParse() {}

    /** A failed element (no message: "cannot parse ... as ..."). */
    private static final class Bad extends Exception {
        Bad() {
            super(null, null, false, false);
        }
    }

    /** Parse state: the fields read so far. */
    private static final class Fields {
        long year;
        int month = -1;
        int day = -1;
        int yday = -1;
        int hour;
        int min;
        int sec;
        int nsec;
        boolean pmSet;
        boolean amSet;
        /** Zone given as "Z" or "UTC". */
        Location z;
        /** Zone offset read from a numeric element, or -1 (Go's sentinel). */
        int zoneOffset = -1;
        /** Zone abbreviation read, or "". */
        String zoneName = "";
        /** Set by an element whose value is out of range: "month", "hour", ... */
        String rangeErr = "";
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** One or two digits (exactly two when fixed); returns the number, sets {@code rest[0]}. */
    private static int getnum(String s, boolean fixed, String[] rest) throws Bad {
        if (!isDigit(s, 0)) {
            throw new Bad();
        }
        if (!isDigit(s, 1)) {
            if (fixed) {
                throw new Bad();
            }
            rest[0] = s.substring(1);
            return s.charAt(0) - '0';
        }
        rest[0] = s.substring(2);
        return (s.charAt(0) - '0') * 10 + (s.charAt(1) - '0');
    }

    /** One to three digits (exactly three when fixed). */
    private static int getnum3(String s, boolean fixed, String[] rest) throws Bad {
        int n = 0;
        int i = 0;
        while (i < 3 && isDigit(s, i)) {
            n = n * 10 + (s.charAt(i) - '0');
            i++;
        }
        if (i == 0 || fixed && i != 3) {
            throw new Bad();
        }
        rest[0] = s.substring(i);
        return n;
    }

    /** A name from {@code names} (or their 3-letter forms) at the start of s, ASCII case-insensitively. */
    private static int lookup(String[] names, boolean abbreviated, String s, String[] rest) throws Bad {
        for (int i = 0; i < names.length; i++) {
            String name = abbreviated ? names[i].substring(0, 3) : names[i];
            if (s.length() >= name.length() && s.regionMatches(true, 0, name, 0, name.length())) {
                rest[0] = s.substring(name.length());
                return i;
            }
        }
        throw new Bad();
    }

    private static String cutSpace(String s) {
        int i = 0;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return s.substring(i);
    }

    /**
     * Consumes the literal {@code prefix} from value (a space matches any run of spaces). On a
     * mismatch, {@code rest[0]} is the value from the mismatch on (what Go's error shows).
     */
    private static String skip(String value, String prefix, String[] rest) throws Bad {
        while (!prefix.isEmpty()) {
            rest[0] = value;
            if (prefix.charAt(0) == ' ') {
                if (!value.isEmpty() && value.charAt(0) != ' ') {
                    throw new Bad();
                }
                prefix = cutSpace(prefix);
                value = cutSpace(value);
                continue;
            }
            if (value.isEmpty() || value.charAt(0) != prefix.charAt(0)) {
                throw new Bad();
            }
            prefix = prefix.substring(1);
            value = value.substring(1);
        }
        return value;
    }

    private static int atoi(String s) throws Bad {
        boolean neg = false;
        if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
            neg = s.charAt(0) == '-';
            s = s.substring(1);
        }
        if (s.isEmpty()) {
            throw new Bad();
        }
        long x = 0;
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s, i) || x > Integer.MAX_VALUE) {
                throw new Bad();
            }
            x = x * 10 + (s.charAt(i) - '0');
        }
        if (x > Integer.MAX_VALUE) {
            throw new Bad();
        }
        return (int) (neg ? -x : x);
    }

    /** The fraction ".ddd" of {@code n} bytes at the start of value, in nanoseconds. */
    private static int parseNanoseconds(String value, int n, Fields f) throws Bad {
        char c = value.charAt(0);
        if (c != '.' && c != ',') {
            throw new Bad();
        }
        if (n > 10) {
            value = value.substring(0, 10);
            n = 10;
        }
        int ns = atoi(value.substring(1, n));
        if (ns < 0) {
            f.rangeErr = "fractional second";
            return 0;
        }
        for (int i = 0; i < 10 - n; i++) {
            ns *= 10;
        }
        return ns;
    }

    /** Length of a zone abbreviation at the start of value, or -1. */
    private static int timeZoneLength(String value) {
        if (value.length() < 3) {
            return -1;
        }
        if (value.startsWith("ChST") || value.startsWith("MeST")) {
            return 4;
        }
        if (value.startsWith("GMT")) {
            return gmtLength(value);
        }
        if (value.charAt(0) == '+' || value.charAt(0) == '-') {
            int n = signedOffsetLength(value);
            return n > 0 ? n : -1;
        }
        int upper = 0;
        while (upper < 6 && upper < value.length() && value.charAt(upper) >= 'A' && value.charAt(upper) <= 'Z') {
            upper++;
        }
        return switch (upper) {
            case 3 -> 3;
            case 4 -> value.charAt(3) == 'T' || value.startsWith("WITA") ? 4 : -1;
            case 5 -> value.charAt(4) == 'T' ? 5 : -1;
            default -> -1;
        };
    }

    /** "GMT" optionally followed by a signed hour offset. */
    private static int gmtLength(String value) {
        String rest = value.substring(3);
        if (rest.isEmpty()) {
            return 3;
        }
        int n = signedOffsetLength(rest);
        return n > 0 ? 3 + n : 3;
    }

    /** A sign and an hour offset in -23..23, or 0. */
    private static int signedOffsetLength(String value) {
        if (value.isEmpty() || value.charAt(0) != '+' && value.charAt(0) != '-') {
            return 0;
        }
        int i = 1;
        long x = 0;
        while (isDigit(value, i) && x < 100) {
            x = x * 10 + (value.charAt(i) - '0');
            i++;
        }
        if (i == 1 || x > 23) {
            return 0;
        }
        return i;
    }

    static Tuple2<Time, GoError> parse(String layout, String value, Location defaultLoc, Location local) {
        String alayout = layout;
        String avalue = value;
        Fields f = new Fields();
        String[] rest = new String[1];
        while (true) {
            Layout.Chunk ch = Layout.next(layout);
            String stdstr = ch.std() == null ? "" : ch.element(layout);
            try {
                value = skip(value, ch.prefix(), rest);
            } catch (Bad e) {
                return fail(alayout, avalue, ch.prefix(), rest[0], "");
            }
            if (ch.std() == null) {
                if (!value.isEmpty()) {
                    return fail(alayout, avalue, "", value, ": extra text: " + Quote.quote(value));
                }
                break;
            }
            layout = ch.suffix();
            String hold = value;
            try {
                value = element(ch, value, layout, f, rest);
            } catch (Bad e) {
                if (!f.rangeErr.isEmpty()) {
                    return fail(alayout, avalue, stdstr, value, ": " + f.rangeErr + " out of range");
                }
                return fail(alayout, avalue, stdstr, hold, "");
            }
            if (!f.rangeErr.isEmpty()) {
                return fail(alayout, avalue, stdstr, value, ": " + f.rangeErr + " out of range");
            }
        }
        if (f.pmSet && f.hour < 12) {
            f.hour += 12;
        } else if (f.amSet && f.hour == 12) {
            f.hour = 0;
        }
        if (f.yday >= 0) {
            int d = 0;
            int m = 0;
            int yday = f.yday;
            if (Calendar.isLeap(f.year)) {
                if (yday == 31 + 29) {
                    m = 2;
                    d = 29;
                } else if (yday > 31 + 29) {
                    yday--;
                }
            }
            if (yday < 1 || yday > 365) {
                return fail(alayout, avalue, "", value, ": day-of-year out of range");
            }
            if (m == 0) {
                int[] before = {0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365};
                m = (yday - 1) / 31 + 1;
                if (before[m] < yday) {
                    m++;
                }
                d = yday - before[m - 1];
            }
            if (f.month >= 0 && f.month != m) {
                return fail(alayout, avalue, "", value, ": day-of-year does not match month");
            }
            f.month = m;
            if (f.day >= 0 && f.day != d) {
                return fail(alayout, avalue, "", value, ": day-of-year does not match day");
            }
            f.day = d;
        } else {
            if (f.month < 0) {
                f.month = 1;
            }
            if (f.day < 0) {
                f.day = 1;
            }
        }
        if (f.day < 1 || f.day > Calendar.daysIn(f.month, f.year)) {
            return fail(alayout, avalue, "", value, ": day out of range");
        }
        if (f.z != null) {
            return ok(Time_.Date(f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, f.z));
        }
        if (f.zoneOffset != -1) {
            Time t = Time_.Date(f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, Location.UTC);
            t.unixSec -= f.zoneOffset;
            Location.Zone lz = local.lookup(t.unixSec);
            if (lz.offset() == f.zoneOffset && (f.zoneName.isEmpty() || f.zoneName.equals(lz.abbrev()))) {
                t.loc = local;
                return ok(t);
            }
            t.loc = Location.fixed(f.zoneName, f.zoneOffset);
            return ok(t);
        }
        if (!f.zoneName.isEmpty()) {
            Time t = Time_.Date(f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, Location.UTC);
            Integer offset = local.offsetOfAbbrev(f.zoneName, t.unixSec);
            if (offset != null) {
                t.unixSec -= offset;
                t.loc = local;
                return ok(t);
            }
            int fake = 0;
            if (f.zoneName.length() > 3 && f.zoneName.startsWith("GMT")) {
                try {
                    fake = atoi(f.zoneName.substring(3)) * 3600;
                } catch (Bad e) {
                    fake = 0;
                }
            }
            t.loc = Location.fixed(f.zoneName, fake);
            return ok(t);
        }
        return ok(Time_.Date(f.year, f.month, f.day, f.hour, f.min, f.sec, f.nsec, defaultLoc));
    }

    /** Reads one element; returns the rest of the value. */
    private static String element(Layout.Chunk ch, String value, String layoutAfter, Fields f, String[] rest) throws Bad {
        Layout.Std std = ch.std();
        switch (std) {
            case YEAR -> {
                if (value.length() < 2) {
                    throw new Bad();
                }
                int y = atoi(value.substring(0, 2));
                f.year = y >= 69 ? y + 1900 : y + 2000;
                return value.substring(2);
            }
            case LONG_YEAR -> {
                if (value.length() < 4 || !isDigit(value, 0)) {
                    throw new Bad();
                }
                f.year = atoi(value.substring(0, 4));
                return value.substring(4);
            }
            case MONTH, LONG_MONTH -> {
                f.month = lookup(TimeFormat.LONG_MONTHS, std == Layout.Std.MONTH, value, rest) + 1;
                return rest[0];
            }
            case NUM_MONTH, ZERO_MONTH -> {
                f.month = getnum(value, std == Layout.Std.ZERO_MONTH, rest);
                if (f.month <= 0 || f.month > 12) {
                    f.rangeErr = "month";
                }
                return rest[0];
            }
            case WEEKDAY, LONG_WEEKDAY -> {
                lookup(TimeFormat.LONG_DAYS, std == Layout.Std.WEEKDAY, value, rest); // checked, then ignored
                return rest[0];
            }
            case DAY, UNDER_DAY, ZERO_DAY -> {
                if (std == Layout.Std.UNDER_DAY && !value.isEmpty() && value.charAt(0) == ' ') {
                    value = value.substring(1);
                }
                f.day = getnum(value, std == Layout.Std.ZERO_DAY, rest);
                return rest[0];
            }
            case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
                for (int i = 0; i < 2; i++) {
                    if (std == Layout.Std.UNDER_YEAR_DAY && !value.isEmpty() && value.charAt(0) == ' ') {
                        value = value.substring(1);
                    }
                }
                f.yday = getnum3(value, std == Layout.Std.ZERO_YEAR_DAY, rest);
                return rest[0];
            }
            case HOUR -> {
                f.hour = getnum(value, false, rest);
                if (f.hour >= 24) {
                    f.rangeErr = "hour";
                }
                return rest[0];
            }
            case HOUR12, ZERO_HOUR12 -> {
                f.hour = getnum(value, std == Layout.Std.ZERO_HOUR12, rest);
                if (f.hour > 12) {
                    f.rangeErr = "hour";
                }
                return rest[0];
            }
            case MINUTE, ZERO_MINUTE -> {
                f.min = getnum(value, std == Layout.Std.ZERO_MINUTE, rest);
                if (f.min >= 60) {
                    f.rangeErr = "minute";
                }
                return rest[0];
            }
            case SECOND, ZERO_SECOND -> {
                f.sec = getnum(value, std == Layout.Std.ZERO_SECOND, rest);
                value = rest[0];
                if (f.sec >= 60) {
                    f.rangeErr = "second";
                    return value;
                }
                // A fraction in the value that the layout does not ask for is read here.
                if (value.length() >= 2 && (value.charAt(0) == '.' || value.charAt(0) == ',') && isDigit(value, 1)) {
                    Layout.Std nextStd = Layout.next(layoutAfter).std();
                    if (nextStd == Layout.Std.FRAC_SECOND0 || nextStd == Layout.Std.FRAC_SECOND9) {
                        return value;
                    }
                    int n = 2;
                    while (n < value.length() && isDigit(value, n)) {
                        n++;
                    }
                    f.nsec = parseNanoseconds(value, n, f);
                    return value.substring(n);
                }
                return value;
            }
            case PM, LOWER_PM -> {
                if (value.length() < 2) {
                    throw new Bad();
                }
                String p = value.substring(0, 2);
                boolean upper = std == Layout.Std.PM;
                if (p.equals(upper ? "PM" : "pm")) {
                    f.pmSet = true;
                } else if (p.equals(upper ? "AM" : "am")) {
                    f.amSet = true;
                } else {
                    throw new Bad();
                }
                return value.substring(2);
            }
            case TZ -> {
                if (value.startsWith("UTC")) {
                    f.z = Location.UTC;
                    return value.substring(3);
                }
                int n = timeZoneLength(value);
                if (n < 0) {
                    throw new Bad();
                }
                f.zoneName = value.substring(0, n);
                return value.substring(n);
            }
            case FRAC_SECOND0 -> {
                int ndigit = 1 + ch.digits();
                if (value.length() < ndigit) {
                    throw new Bad();
                }
                f.nsec = parseNanoseconds(value, ndigit, f);
                return value.substring(ndigit);
            }
            case FRAC_SECOND9 -> {
                if (value.length() < 2 || value.charAt(0) != '.' && value.charAt(0) != ',' || !isDigit(value, 1)) {
                    return value; // fraction omitted
                }
                int i = 0;
                while (i + 1 < value.length() && isDigit(value, i + 1)) {
                    i++;
                }
                f.nsec = parseNanoseconds(value, 1 + i, f);
                return value.substring(1 + i);
            }
            default -> {
                return offset(std, value, f);
            }
        }
    }

    /** The numeric zone elements (and Z for UTC in the ISO 8601 forms). */
    private static String offset(Layout.Std std, String value, Fields f) throws Bad {
        if (std.isIso8601() && !value.isEmpty() && value.charAt(0) == 'Z') {
            f.z = Location.UTC;
            return value.substring(1);
        }
        String sign;
        String hour;
        String min;
        String seconds;
        String rest;
        switch (std) {
            case ISO8601_COLON_TZ, NUM_COLON_TZ -> {
                if (value.length() < 6 || value.charAt(3) != ':') {
                    throw new Bad();
                }
                sign = value.substring(0, 1);
                hour = value.substring(1, 3);
                min = value.substring(4, 6);
                seconds = "00";
                rest = value.substring(6);
            }
            case NUM_SHORT_TZ, ISO8601_SHORT_TZ -> {
                if (value.length() < 3) {
                    throw new Bad();
                }
                sign = value.substring(0, 1);
                hour = value.substring(1, 3);
                min = "00";
                seconds = "00";
                rest = value.substring(3);
            }
            case ISO8601_COLON_SECONDS_TZ, NUM_COLON_SECONDS_TZ -> {
                if (value.length() < 9 || value.charAt(3) != ':' || value.charAt(6) != ':') {
                    throw new Bad();
                }
                sign = value.substring(0, 1);
                hour = value.substring(1, 3);
                min = value.substring(4, 6);
                seconds = value.substring(7, 9);
                rest = value.substring(9);
            }
            case ISO8601_SECONDS_TZ, NUM_SECONDS_TZ -> {
                if (value.length() < 7) {
                    throw new Bad();
                }
                sign = value.substring(0, 1);
                hour = value.substring(1, 3);
                min = value.substring(3, 5);
                seconds = value.substring(5, 7);
                rest = value.substring(7);
            }
            default -> {
                if (value.length() < 5) {
                    throw new Bad();
                }
                sign = value.substring(0, 1);
                hour = value.substring(1, 3);
                min = value.substring(3, 5);
                seconds = "00";
                rest = value.substring(5);
            }
        }
        String[] ignored = new String[1];
        int hr = getnum(hour, true, ignored);
        int mm = getnum(min, true, ignored);
        int ss = getnum(seconds, true, ignored);
        if (hr > 24) {
            f.rangeErr = "time zone offset hour";
        }
        if (mm > 60) {
            f.rangeErr = "time zone offset minute";
        }
        if (ss > 60) {
            f.rangeErr = "time zone offset second";
        }
        int offset = (hr * 60 + mm) * 60 + ss;
        switch (sign.charAt(0)) {
            case '+' -> f.zoneOffset = offset;
            case '-' -> f.zoneOffset = -offset;
            default -> throw new Bad();
        }
        return rest;
    }

    private static Tuple2<Time, GoError> ok(Time t) {
        return new Tuple2<>(t, null);
    }

    private static Tuple2<Time, GoError> fail(String layout, String value, String layoutElem, String valueElem, String message) {
        return new Tuple2<>(new Time(), new ParseError(layout, value, layoutElem, valueElem, message));
    }
}
