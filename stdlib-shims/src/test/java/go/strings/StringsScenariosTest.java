// Runs the strings.Reader, Replacer and Title scenarios of src/test/go/iocases and compares with real Go's output.
package go.strings;

import static go.testsupport.TestIo.g;
import static go.testsupport.TestIo.s;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.bytes.Buffer;
import go.io.Io;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** Each test is one section of iocases/main.go, statement for statement. */
class StringsScenariosTest {
    private static void check(String section, GoOut out) {
        assertEquals(GoldenText.section("iocases.txt", section), out.text());
    }

    @Test
    void reader() {
        GoOut o = new GoOut();
        o.section("strings.Reader");
        Reader sr = Strings.NewReader(g("héllo"));
        o.println(sr.Len(), sr.Size());
        for (int i = 0; i < 3; i++) {
            Tuple3<Integer, Long, GoError> t = sr.ReadRune();
            o.println(t.v0(), t.v1(), t.v2());
        }
        GoError u1 = sr.UnreadRune();
        GoError u2 = sr.UnreadRune();
        o.println(u1, u2, sr.Len());
        Tuple2<Byte, GoError> c = sr.ReadByte();
        o.println(c.v0(), c.v1(), sr.UnreadByte());
        Tuple2<Long, GoError> pos = sr.Seek(-2, Io.SeekEnd);
        o.println(pos.v0(), pos.v1());
        Tuple2<ByteSlice, GoError> rest = Io.ReadAll(sr);
        o.printf("%q %v\n", s(rest.v0()), rest.v1());
        pos = sr.Seek(-1, Io.SeekStart);
        o.println(pos.v0(), pos.v1());
        pos = sr.Seek(0, 7);
        o.println(pos.v0(), pos.v1());
        ByteSlice at = ByteSlice.make(4);
        Tuple2<Long, GoError> n = sr.ReadAt(at, 3);
        o.printf("%d %v %q\n", n.v0(), n.v1(), s(at.slice(0, n.v0())));
        n = sr.ReadAt(at, -1);
        o.println(n.v0(), n.v1());
        sr.Reset("new");
        o.println(sr.UnreadByte());
        Buffer srDst = new Buffer();
        Tuple2<Long, GoError> w = sr.WriteTo(srDst);
        o.println(w.v0(), w.v1(), srDst.String(), sr.Len());
        check("strings.Reader", o);
    }

    @Test
    void replacer() {
        GoOut o = new GoOut();
        o.section("strings.Replacer");
        String[][] cases = {
            {"a", "1", "b", "2"},
            {"hello", "HI", "he", "X"},
            {"he", "X", "hello", "HI"},
            {"", "-"},
            {"", "-", "l", "L"},
            {"l", "L", "", "-"},
            {"<", "&lt;", ">", "&gt;", "&", "&amp;"},
            {"aaa", "3", "aa", "2", "a", "1"},
            {"a", "b", "a", "c"},
        };
        for (String[] args : cases) {
            Replacer rep = Strings.NewReplacer(args);
            Boxed shown = new Boxed(new GoType.Slice(GoType.STRING), Slice.of(ElemType.STRING, args));
            for (String s : new String[] {"", "hello", "abba", "<a&b>", "aaaaaaa", g("héllo")}) {
                o.printf("%q %q -> %q\n", shown, s, rep.Replace(s));
            }
        }
        Buffer repOut = new Buffer();
        Tuple2<Long, GoError> t = Strings.NewReplacer("x", "yy").WriteString(repOut, "axbx");
        o.println(t.v0(), t.v1(), repOut.String());
        check("strings.Replacer", o);
    }

    @Test
    void title() {
        GoOut o = new GoOut();
        o.section("strings.Title");
        for (String s : new String[] {"hello world", "her royal highness", g("ǆungla 3rd_place x-ray"), "", g("çà va")}) {
            o.printf("%q\n", Strings.Title(s));
        }
        check("strings.Title", o);
    }
}
