// Runs the bufio scenarios of src/test/go/iocases on the shims and compares with what real Go printed.
package go.bufio;

import static go.testsupport.TestIo.b;
import static go.testsupport.TestIo.chunky;
import static go.testsupport.TestIo.g;
import static go.testsupport.TestIo.plain;
import static go.testsupport.TestIo.s;
import static go.testsupport.TestIo.shortWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.bytes.Buffer;
import go.bytes.Bytes;
import go.errors.Errors;
import go.fmt.Fmt;
import go.strings.Strings;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** Each test is one section of iocases/main.go, statement for statement. */
class BufioScenariosTest {
    private static void check(String section, GoOut out) {
        assertEquals(GoldenText.section("iocases.txt", section), out.text());
    }

    @Test
    void scanner() {
        GoOut o = new GoOut();
        o.section("bufio.Scanner");
        Scanner sc = Bufio.NewScanner(Strings.NewReader("line one\nline two\r\n\nlast"));
        while (sc.Scan()) {
            o.printf("%q\n", sc.Text());
        }
        o.println(sc.Err());
        sc = Bufio.NewScanner(Strings.NewReader(g("  the quick\tbrown\u00a0fox\u2003jumps\n")));
        sc.Split(Bufio::ScanWords);
        while (sc.Scan()) {
            o.printf("%q ", sc.Text());
        }
        o.println(sc.Err());
        sc = Bufio.NewScanner(Strings.NewReader(g("hé") + "\u00ffx"));
        sc.Split(Bufio::ScanRunes);
        while (sc.Scan()) {
            o.printf("%q ", s(sc.Bytes()));
        }
        o.println(sc.Err());
        sc = Bufio.NewScanner(Strings.NewReader("ab"));
        sc.Split(Bufio::ScanBytes);
        while (sc.Scan()) {
            o.printf("%q ", sc.Text());
        }
        o.println();
        sc = Bufio.NewScanner(Strings.NewReader(Strings.Repeat("y", 100) + "\nshort\n"));
        sc.Buffer(ByteSlice.make(10), 50);
        while (sc.Scan()) {
            o.printf("%q\n", sc.Text());
        }
        o.println(sc.Err());
        sc = Bufio.NewScanner(chunky(Strings.NewReader(Strings.Repeat("long line ", 1000) + "\nend"), 999));
        while (sc.Scan()) {
            o.println((long) sc.Text().length());
        }
        o.println(sc.Err());
        sc = Bufio.NewScanner(Strings.NewReader("1,2,3,stop,4"));
        sc.Split((data, atEOF) -> {
            long i = Bytes.IndexByte(data, (byte) ',');
            if (i < 0) {
                if (atEOF && data.len() > 0) {
                    return new Tuple3<>(data.len(), data, null);
                }
                return new Tuple3<>(0L, ByteSlice.NIL, null);
            }
            if (s(data.slice(0, i)).equals("stop")) {
                return new Tuple3<>(i + 1, b("STOP"), Bufio.ErrFinalToken);
            }
            return new Tuple3<>(i + 1, data.slice(0, i), null);
        });
        while (sc.Scan()) {
            o.printf("%q ", sc.Text());
        }
        o.println(sc.Err());
        sc = Bufio.NewScanner(Strings.NewReader("x"));
        GoError failed = Errors.New("split failed");
        sc.Split((data, atEOF) -> new Tuple3<>(0L, ByteSlice.NIL, failed));
        boolean scanned = sc.Scan();
        o.println(scanned, sc.Err());
        check("bufio.Scanner", o);
    }

    @Test
    void reader() {
        GoOut o = new GoOut();
        o.section("bufio.Reader");
        Reader rd = Bufio.NewReaderSize(chunky(Strings.NewReader("first line\nsecond\r\nthird line is long\nlast"), 5), 16);
        o.println(rd.Size(), rd.Buffered());
        Tuple2<ByteSlice, GoError> pk = rd.Peek(3);
        o.printf("%q %v %d\n", s(pk.v0()), pk.v1(), rd.Buffered());
        pk = rd.Peek(20);
        o.printf("%q %v\n", s(pk.v0()), pk.v1());
        Tuple2<String, GoError> s1 = rd.ReadString((byte) '\n');
        o.printf("%q %v\n", s1.v0(), s1.v1());
        for (int i = 0; i < 3; i++) {
            Tuple3<ByteSlice, Boolean, GoError> ln = rd.ReadLine();
            o.printf("%q %v %v\n", s(ln.v0()), ln.v1(), ln.v2());
        }
        Tuple2<ByteSlice, GoError> sl = rd.ReadSlice((byte) '\n');
        o.printf("%q %v\n", s(sl.v0()), sl.v1());
        Tuple3<ByteSlice, Boolean, GoError> ln = rd.ReadLine();
        o.printf("%q %v %v\n", s(ln.v0()), ln.v1(), ln.v2());
        Tuple2<Byte, GoError> rb = rd.ReadByte();
        o.println(rb.v0(), rb.v1(), rd.UnreadByte());
        rd = Bufio.NewReader(Strings.NewReader(g("añb\ncd")));
        Tuple3<Integer, Long, GoError> r1 = rd.ReadRune();
        o.println(r1.v0(), r1.v1(), r1.v2());
        r1 = rd.ReadRune();
        GoError u1 = rd.UnreadRune();
        GoError u2 = rd.UnreadRune();
        o.println(r1.v0(), r1.v1(), r1.v2(), u1, u2);
        Tuple2<ByteSlice, GoError> bl = rd.ReadBytes((byte) '\n');
        o.printf("%q %v\n", s(bl.v0()), bl.v1());
        Tuple2<Long, GoError> dn = rd.Discard(1);
        o.println(dn.v0(), dn.v1());
        dn = rd.Discard(5);
        o.println(dn.v0(), dn.v1());
        s1 = rd.ReadString((byte) '\n');
        o.printf("%q %v\n", s1.v0(), s1.v1());
        rd = Bufio.NewReaderSize(Strings.NewReader(Strings.Repeat("0123456789", 5) + "\n"), 16);
        s1 = rd.ReadString((byte) '\n');
        o.printf("%q %v\n", s1.v0(), s1.v1());
        rd = Bufio.NewReaderSize(Strings.NewReader(Strings.Repeat("0123456789", 3) + "\nx"), 16);
        while (true) {
            Tuple3<ByteSlice, Boolean, GoError> l = rd.ReadLine();
            o.printf("%q %v %v\n", s(l.v0()), l.v1(), l.v2());
            if (l.v2() != null) {
                break;
            }
        }
        rd = Bufio.NewReader(Strings.NewReader("read all of it"));
        ByteSlice pb = ByteSlice.make(4);
        Tuple2<Long, GoError> n = rd.Read(pb);
        o.printf("%d %v %q\n", n.v0(), n.v1(), s(pb.slice(0, n.v0())));
        Buffer wtDst = new Buffer();
        Tuple2<Long, GoError> w = rd.WriteTo(wtDst);
        o.println(w.v0(), w.v1(), wtDst.String());
        check("bufio.Reader", o);
    }

    @Test
    void writer() {
        GoOut o = new GoOut();
        o.section("bufio.Writer");
        Buffer wdst = new Buffer();
        Writer bw = Bufio.NewWriterSize(plain(wdst), 16);
        o.println(bw.Size(), bw.Available(), bw.Buffered());
        bw.WriteString("hello ");
        bw.WriteByte((byte) 'w');
        bw.WriteRune('ö');
        o.println(bw.Buffered(), bw.Available(), wdst.Len());
        bw.Write(b("rld and more text"));
        o.println(bw.Buffered(), wdst.Len(), wdst.String());
        GoError flushed = bw.Flush();
        o.println(flushed, bw.Buffered(), wdst.String());
        bw.Write(b(Strings.Repeat("L", 40)));
        o.println(bw.Buffered(), wdst.Len());
        bw.WriteString(Strings.Repeat("S", 40));
        o.println(bw.Buffered(), wdst.Len());
        bw.Flush();
        o.println(wdst.Len());
        Writer sw = Bufio.NewWriterSize(shortWriter(3), 16);
        sw.WriteString("0123456789");
        GoError f = sw.Flush();
        o.println(f, sw.Buffered());
        Tuple2<Long, GoError> n = sw.WriteString("more");
        o.println(n.v0(), n.v1(), sw.Flush());
        bw = Bufio.NewWriter(o); // os.Stdout in the Go program
        Fmt.Fprintf(bw, "formatted %d\n", 42L);
        bw.WriteString("through bufio to stdout\n");
        bw.Flush();
        Buffer rfDst = new Buffer();
        bw = Bufio.NewWriterSize(plain(rfDst), 16);
        Tuple2<Long, GoError> rn = bw.ReadFrom(chunky(Strings.NewReader(Strings.Repeat("q", 50)), 7));
        o.println(rn.v0(), rn.v1(), bw.Buffered(), rfDst.Len());
        bw.Flush();
        o.println(rfDst.Len());
        o.println("end");
        check("bufio.Writer", o);
    }
}
