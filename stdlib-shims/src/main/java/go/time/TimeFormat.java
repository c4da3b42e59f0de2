// Time.Format: writes a time by a layout in Go's reference-time notation.
package go.time;

/** Go's {@code Time.Format}: each layout element replaced by the time's value, the rest copied. */
final class TimeFormat {
    private TimeFormat() {}

    static final String[] LONG_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August",
        "September", "October", "November", "December"};
    static final String[] LONG_DAYS = {"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"};

    /** Appends {@code x} in decimal, zero-padded to {@code width} digits (a minus sign first). */
    static void appendInt(StringBuilder b, long x, int width) {
        if (x < 0) {
            b.append('-');
            x = -x;
        }
        String digits = Long.toUnsignedString(x);
        for (int i = digits.length(); i < width; i++) {
            b.append('0');
        }
        b.append(digits);
    }

    static String format(Time t, String layout) {
        Location.Zone zone = t.zone();
        long local = t.unixSec + zone.offset();
        long days = Math.floorDiv(local, 86_400L);
        int sod = (int) Math.floorMod(local, 86_400L);
        Calendar.Civil c = Calendar.civilFromDays(days);
        int hour = sod / 3600;
        int min = sod / 60 % 60;
        int sec = sod % 60;
        StringBuilder b = new StringBuilder();
        while (!layout.isEmpty()) {
            Layout.Chunk ch = Layout.next(layout);
            b.append(ch.prefix());
            if (ch.std() == null) {
                break;
            }
            layout = ch.suffix();
            switch (ch.std()) {
                case YEAR -> appendInt(b, Math.abs(c.year()) % 100, 2);
                case LONG_YEAR -> appendInt(b, c.year(), 4);
                case MONTH -> b.append(LONG_MONTHS[c.month() - 1], 0, 3);
                case LONG_MONTH -> b.append(LONG_MONTHS[c.month() - 1]);
                case NUM_MONTH -> appendInt(b, c.month(), 0);
                case ZERO_MONTH -> appendInt(b, c.month(), 2);
                case WEEKDAY -> b.append(LONG_DAYS[Calendar.weekday(days)], 0, 3);
                case LONG_WEEKDAY -> b.append(LONG_DAYS[Calendar.weekday(days)]);
                case DAY -> appendInt(b, c.day(), 0);
                case UNDER_DAY -> {
                    if (c.day() < 10) {
                        b.append(' ');
                    }
                    appendInt(b, c.day(), 0);
                }
                case ZERO_DAY -> appendInt(b, c.day(), 2);
                case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
                    long yday = days - Calendar.daysFromCivil(c.year(), 1, 1) + 1;
                    if (ch.std() == Layout.Std.UNDER_YEAR_DAY) {
                        if (yday < 100) {
                            b.append(yday < 10 ? "  " : " ");
                        }
                        appendInt(b, yday, 0);
                    } else {
                        appendInt(b, yday, 3);
                    }
                }
                case HOUR -> appendInt(b, hour, 2);
                case HOUR12 -> appendInt(b, hour % 12 == 0 ? 12 : hour % 12, 0);
                case ZERO_HOUR12 -> appendInt(b, hour % 12 == 0 ? 12 : hour % 12, 2);
                case MINUTE -> appendInt(b, min, 0);
                case ZERO_MINUTE -> appendInt(b, min, 2);
                case SECOND -> appendInt(b, sec, 0);
                case ZERO_SECOND -> appendInt(b, sec, 2);
                case PM -> b.append(hour >= 12 ? "PM" : "AM");
                case LOWER_PM -> b.append(hour >= 12 ? "pm" : "am");
                case TZ -> {
                    if (zone.abbrev() != null && !zone.abbrev().isEmpty()) {
                        b.append(zone.abbrev());
                    } else {
                        int minutes = zone.offset() / 60;
                        b.append(minutes < 0 ? '-' : '+');
                        minutes = Math.abs(minutes);
                        appendInt(b, minutes / 60, 2);
                        appendInt(b, minutes % 60, 2);
                    }
                }
                case FRAC_SECOND0, FRAC_SECOND9 -> appendNano(b, t.nsec, ch.std() == Layout.Std.FRAC_SECOND9, ch.digits(), ch.separator());
                default -> appendOffset(b, ch.std(), zone.offset());
            }
        }
        return b.toString();
    }

    /** The numeric zone elements: Z for UTC in the ISO 8601 forms, else ±hh[:][mm][[:]ss]. */
    private static void appendOffset(StringBuilder b, Layout.Std std, int offset) {
        if (offset == 0 && std.isIso8601()) {
            b.append('Z');
            return;
        }
        int minutes = offset / 60;
        int abs = offset;
        if (minutes < 0) {
            b.append('-');
            minutes = -minutes;
            abs = -abs;
        } else {
            b.append('+');
        }
        appendInt(b, minutes / 60, 2);
        boolean colon = std == Layout.Std.ISO8601_COLON_TZ || std == Layout.Std.NUM_COLON_TZ
                || std == Layout.Std.ISO8601_COLON_SECONDS_TZ || std == Layout.Std.NUM_COLON_SECONDS_TZ;
        if (colon) {
            b.append(':');
        }
        if (std != Layout.Std.NUM_SHORT_TZ && std != Layout.Std.ISO8601_SHORT_TZ) {
            appendInt(b, minutes % 60, 2);
        }
        if (std == Layout.Std.ISO8601_SECONDS_TZ || std == Layout.Std.NUM_SECONDS_TZ
                || std == Layout.Std.NUM_COLON_SECONDS_TZ || std == Layout.Std.ISO8601_COLON_SECONDS_TZ) {
            if (colon) {
                b.append(':');
            }
            appendInt(b, abs % 60, 2);
        }
    }

    /** Fractional seconds: {@code digits} digits; with trim (".999") trailing zeros and a bare separator dropped. */
    private static void appendNano(StringBuilder b, int nsec, boolean trim, int digits, char separator) {
        if (trim && (digits == 0 || nsec == 0)) {
            return;
        }
        int start = b.length();
        b.append(separator);
        appendInt(b, nsec, 9);
        if (digits < 9) {
            b.setLength(b.length() - 9 + digits);
        }
        if (trim) {
            while (b.length() > start && b.charAt(b.length() - 1) == '0') {
                b.setLength(b.length() - 1);
            }
            if (b.length() > start && b.charAt(b.length() - 1) == separator) {
                b.setLength(b.length() - 1);
            }
        }
    }
}
