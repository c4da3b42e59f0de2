// Runs the log section of src/test/go/morecases on the shim and compares with what real Go printed.
package go.log;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.GoPanic;
import go.bytes.Buffer;
import go.os.Os;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** morecases/main.go's logCases, statement for statement. */
class LogScenariosTest {
    @Test
    void log() {
        GoOut o = new GoOut();
        o.section("log");
        Buffer buf = new Buffer();
        Logger l = Log.New(buf, "pre: ", 0);
        l.Print("a", "b", 1L, 2L);
        l.Println("a", "b", 1L, 2L);
        l.Printf("%d-%s", 7L, "x");
        l.Print("ends with newline\n");
        l.Print();
        l.SetFlags(Log.Lmsgprefix);
        l.SetPrefix("[p] ");
        l.Println("msgprefix");
        o.print(buf.String());
        o.println(l.Flags(), l.Prefix(), l.Writer() == buf, Log.Flags(), Log.Prefix().isEmpty(), Log.LstdFlags);
        try {
            l.Panicf("bad %d", 3L);
        } catch (GoPanic p) {
            o.printf("recovered %q\n", p.value());
        }
        try {
            l.Panicln("bad", 4L);
        } catch (GoPanic p) {
            o.printf("recovered %q\n", p.value());
        }
        o.print(buf.String().substring(buf.String().lastIndexOf("[p] bad 3")));
        Buffer stamped = new Buffer();
        Log.SetOutput(stamped);
        Log.SetFlags(Log.LstdFlags | Log.Lmicroseconds | Log.LUTC);
        Log.Print("stamped");
        String s = stamped.String();
        o.println(s.length(), s.charAt(4) == '/' && s.charAt(7) == '/' && s.charAt(10) == ' ' && s.charAt(13) == ':'
                && s.charAt(19) == '.' && s.charAt(26) == ' ', s.substring(27));
        Log.SetOutput(Os.Stderr);
        Log.SetFlags(Log.LstdFlags);
        assertEquals(GoldenText.section("morecases.txt", "log"), o.text());
    }
}
