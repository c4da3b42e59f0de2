// The elements of Go's reference layout ("Mon Jan 2 15:04:05 MST 2006") and how a layout string splits into them.
package go.time;

/**
 * Splits a layout into literal text and layout elements, scanning left to right for the first
 * element as Go does ("Jan" only when not followed by a lower-case letter, "_2006" is a
 * literal "_" and the year, ".000"/",999" fractional seconds only when no digit follows).
 */
final class Layout {
    private Layout() {}

    /** The layout elements. */
    enum Std {
        LONG_MONTH("January"), MONTH("Jan"), NUM_MONTH("1"), ZERO_MONTH("01"),
        LONG_WEEKDAY("Monday"), WEEKDAY("Mon"),
        DAY("2"), UNDER_DAY("_2"), ZERO_DAY("02"), UNDER_YEAR_DAY("__2"), ZERO_YEAR_DAY("002"),
        HOUR("15"), HOUR12("3"), ZERO_HOUR12("03"), MINUTE("4"), ZERO_MINUTE("04"), SECOND("5"), ZERO_SECOND("05"),
        LONG_YEAR("2006"), YEAR("06"), PM("PM"), LOWER_PM("pm"), TZ("MST"),
        ISO8601_TZ("Z0700"), ISO8601_SECONDS_TZ("Z070000"), ISO8601_SHORT_TZ("Z07"), ISO8601_COLON_TZ("Z07:00"),
        ISO8601_COLON_SECONDS_TZ("Z07:00:00"),
        NUM_TZ("-0700"), NUM_SECONDS_TZ("-070000"), NUM_SHORT_TZ("-07"), NUM_COLON_TZ("-07:00"), NUM_COLON_SECONDS_TZ("-07:00:00"),
        FRAC_SECOND0(".0"), FRAC_SECOND9(".9");

        /** How the element is written in the reference layout. */
        final String text;

        Std(String text) {
            this.text = text;
        }

        boolean isIso8601() {
            return this == ISO8601_TZ || this == ISO8601_SECONDS_TZ || this == ISO8601_SHORT_TZ || this == ISO8601_COLON_TZ
                    || this == ISO8601_COLON_SECONDS_TZ;
        }
    }

    /**
     * The literal text before the first element, the element (null when there is none), the
     * layout after it, and for fractional seconds the digit count and separator ('.' or ',').
     */
    record Chunk(String prefix, Std std, String suffix, int digits, char separator) {
        /** The element as written in the layout. */
        String element(String layout) {
            return layout.substring(prefix.length(), layout.length() - suffix.length());
        }
    }

    private static Chunk chunk(String layout, int i, Std std, int length) {
        return new Chunk(layout.substring(0, i), std, layout.substring(i + length), 0, '.');
    }

    private static boolean startsWithLower(String s, int i) {
        return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
    }

    private static boolean isDigit(String s, int i) {
        return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
    }

    /** The first element of {@code layout}. */
    static Chunk next(String layout) {
        for (int i = 0; i < layout.length(); i++) {
            char c = layout.charAt(i);
            switch (c) {
                case 'J' -> {
                    if (layout.startsWith("January", i)) {
                        return chunk(layout, i, Std.LONG_MONTH, 7);
                    }
                    if (layout.startsWith("Jan", i) && !startsWithLower(layout, i + 3)) {
                        return chunk(layout, i, Std.MONTH, 3);
                    }
                }
                case 'M' -> {
                    if (layout.startsWith("Monday", i)) {
                        return chunk(layout, i, Std.LONG_WEEKDAY, 6);
                    }
                    if (layout.startsWith("Mon", i) && !startsWithLower(layout, i + 3)) {
                        return chunk(layout, i, Std.WEEKDAY, 3);
                    }
                    if (layout.startsWith("MST", i)) {
                        return chunk(layout, i, Std.TZ, 3);
                    }
                }
                case '0' -> {
                    if (i + 1 < layout.length() && layout.charAt(i + 1) >= '1' && layout.charAt(i + 1) <= '6') {
                        Std std = switch (layout.charAt(i + 1)) {
                            case '1' -> Std.ZERO_MONTH;
                            case '2' -> Std.ZERO_DAY;
                            case '3' -> Std.ZERO_HOUR12;
                            case '4' -> Std.ZERO_MINUTE;
                            case '5' -> Std.ZERO_SECOND;
                            default -> Std.YEAR;
                        };
                        return chunk(layout, i, std, 2);
                    }
                    if (layout.startsWith("002", i)) {
                        return chunk(layout, i, Std.ZERO_YEAR_DAY, 3);
                    }
                }
                case '1' -> {
                    if (layout.startsWith("15", i)) {
                        return chunk(layout, i, Std.HOUR, 2);
                    }
                    return chunk(layout, i, Std.NUM_MONTH, 1);
                }
                case '2' -> {
                    if (layout.startsWith("2006", i)) {
                        return chunk(layout, i, Std.LONG_YEAR, 4);
                    }
                    return chunk(layout, i, Std.DAY, 1);
                }
                case '_' -> {
                    if (layout.startsWith("_2", i)) {
                        if (layout.startsWith("_2006", i)) {
                            return chunk(layout, i + 1, Std.LONG_YEAR, 4); // a literal _, then the year
                        }
                        return chunk(layout, i, Std.UNDER_DAY, 2);
                    }
                    if (layout.startsWith("__2", i)) {
                        return chunk(layout, i, Std.UNDER_YEAR_DAY, 3);
                    }
                }
                case '3' -> {
                    return chunk(layout, i, Std.HOUR12, 1);
                }
                case '4' -> {
                    return chunk(layout, i, Std.MINUTE, 1);
                }
                case '5' -> {
                    return chunk(layout, i, Std.SECOND, 1);
                }
                case 'P' -> {
                    if (layout.startsWith("PM", i)) {
                        return chunk(layout, i, Std.PM, 2);
                    }
                }
                case 'p' -> {
                    if (layout.startsWith("pm", i)) {
                        return chunk(layout, i, Std.LOWER_PM, 2);
                    }
                }
                case '-' -> {
                    for (Std std : new Std[] {Std.NUM_SECONDS_TZ, Std.NUM_COLON_SECONDS_TZ, Std.NUM_TZ, Std.NUM_COLON_TZ, Std.NUM_SHORT_TZ}) {
                        if (layout.startsWith(std.text, i)) {
                            return chunk(layout, i, std, std.text.length());
                        }
                    }
                }
                case 'Z' -> {
                    for (Std std : new Std[] {Std.ISO8601_SECONDS_TZ, Std.ISO8601_COLON_SECONDS_TZ, Std.ISO8601_TZ,
                            Std.ISO8601_COLON_TZ, Std.ISO8601_SHORT_TZ}) {
                        if (layout.startsWith(std.text, i)) {
                            return chunk(layout, i, std, std.text.length());
                        }
                    }
                }
                case '.', ',' -> {
                    if (i + 1 < layout.length() && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')) {
                        char digit = layout.charAt(i + 1);
                        int j = i + 1;
                        while (j < layout.length() && layout.charAt(j) == digit) {
                            j++;
                        }
                        if (!isDigit(layout, j)) {
                            return new Chunk(layout.substring(0, i), digit == '0' ? Std.FRAC_SECOND0 : Std.FRAC_SECOND9,
                                    layout.substring(j), j - (i + 1), c);
                        }
                    }
                }
                default -> { }
            }
        }
        return new Chunk(layout, null, "", 0, '.');
    }
}
