// The time package's own quoting of values in error messages.
package go.time;

/**
 * Package time quotes values in its errors more simply than strconv.Quote: in double quotes,
 * {@code "} and {@code \} escaped with a backslash, and every byte of a control character or a
 * non-ASCII character written as {@code \xNN}.
 */
final class Quote {
    private Quote() {}

    private static final String HEX = "0123456789abcdef";

    /** {@code s} is a Go string (one char per byte). */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x80 || c < ' ') {
                b.append("\\x").append(HEX.charAt(c >> 4 & 0xf)).append(HEX.charAt(c & 0xf));
            } else {
                if (c == '"' || c == '\\') {
                    b.append('\\');
                }
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
