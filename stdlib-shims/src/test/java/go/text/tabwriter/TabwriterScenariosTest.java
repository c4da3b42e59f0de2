// Runs the text/tabwriter section of src/test/go/morecases on the shim and compares with what real Go printed.
package go.text.tabwriter;

import static go.testsupport.TestIo.b;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import go.bytes.Buffer;
import go.os.Os;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** morecases/main.go's tabwriterCases, statement for statement. */
class TabwriterScenariosTest {
    private static void tabwriterCase(GoOut o, long minwidth, long tabwidth, long padding, char padchar, long flags, String... pieces) {
        Buffer buf = new Buffer();
        Writer w = Tabwriter.NewWriter(buf, minwidth, tabwidth, padding, (byte) padchar, flags);
        for (String p : pieces) {
            w.Write(b(p));
        }
        GoError err = w.Flush();
        o.printf("%q %v\n", buf.String(), err);
    }

    @Test
    void tabwriter() {
        GoOut o = new GoOut();
        o.section("tabwriter");
        tabwriterCase(o, 0, 8, 1, '.', 0, "a\tb\tc\n", "aa\tbbb\tc\n", "aaaa\tb\n");
        tabwriterCase(o, 5, 0, 2, ' ', Tabwriter.AlignRight | Tabwriter.Debug, "item\tqty\tprice\t\n", "apple\t3\t0.50\t\nwatermelon\t1\t3.25\t\n");
        tabwriterCase(o, 0, 8, 1, '\t', Tabwriter.AlignRight, "x\ty\nlonger text\tz\n");
        tabwriterCase(o, 0, 4, 0, '\t', Tabwriter.TabIndent, "\t\tindented\tcol\n\tless\tc\n");
        tabwriterCase(o, 0, 8, 1, '-', Tabwriter.DiscardEmptyColumns, "a\u000b\u000bb\tc\n", "d\u000b\u000be\tf\n");
        tabwriterCase(o, 0, 8, 1, '.', Tabwriter.Debug, "a\tb\fc\td\n", "single line\n", "trailing\tno newline");
        tabwriterCase(o, 0, 8, 1, '.', Tabwriter.FilterHTML, "<b>bold</b>\t&amp;\tx\n", "plain\tyy\tz\n");
        tabwriterCase(o, 0, 8, 1, '.', Tabwriter.StripEscape, "\u00ffa\tb\u00ff\tc\n", "dd\te\n");
        tabwriterCase(o, 0, 8, 1, '.', 0, "\u00ffa\tb\u00ff\tc\n", "h\u00c3\u00a9llo\tx\n", "dd\te\n");
        tabwriterCase(o, 2, 8, 0, '*', 0, "\t\n", "\tx\n", "a\t\tb\n");
        try {
            Tabwriter.NewWriter(Os.Stdout, -1, 0, 0, (byte) ' ', 0);
        } catch (GoPanic p) {
            o.println(p.value());
        }
        assertEquals(GoldenText.section("morecases.txt", "tabwriter"), o.text());
    }
}
