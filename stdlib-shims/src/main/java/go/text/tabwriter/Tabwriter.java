// Package text/tabwriter's flags and NewWriter.
package go.text.tabwriter;

import go.io.Writer;

/** Go's package text/tabwriter; the Writer itself is {@link go.text.tabwriter.Writer}. */
public final class Tabwriter {
    private Tabwriter() {}

    public static final long FilterHTML = 1;
    public static final long StripEscape = 2;
    public static final long AlignRight = 4;
    public static final long DiscardEmptyColumns = 8;
    public static final long TabIndent = 16;
    public static final long Debug = 32;
    /** The escape character, as an untyped rune constant. */
    public static final int Escape = 0xff;

    public static go.text.tabwriter.Writer NewWriter(Writer output, long minwidth, long tabwidth, long padding, byte padchar, long flags) {
        return new go.text.tabwriter.Writer().Init(output, minwidth, tabwidth, padding, padchar, flags);
    }
}
