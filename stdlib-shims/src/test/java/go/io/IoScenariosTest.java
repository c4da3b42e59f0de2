// Runs the io scenarios of src/test/go/iocases on the shims and compares with what real Go printed.
package go.io;

import static go.testsupport.TestIo.b;
import static go.testsupport.TestIo.chunky;
import static go.testsupport.TestIo.plain;
import static go.testsupport.TestIo.s;
import static go.testsupport.TestIo.shortWriter;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;
import go.bytes.Buffer;
import go.errors.Errors;
import go.strings.Strings;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** Each test is one section of iocases/main.go, statement for statement. */
class IoScenariosTest {
    private static void check(String section, GoOut out) {
        assertEquals(GoldenText.section("iocases.txt", section), out.text());
    }

    @Test
    void readFull() {
        GoOut o = new GoOut();
        o.section("io.ReadFull");
        Reader r = Strings.NewReader("hello world");
        ByteSlice buf = ByteSlice.make(5);
        for (int i = 0; i < 4; i++) {
            Tuple2<Long, GoError> t = Io.ReadFull(r, buf);
            o.printf("%d %v %q\n", t.v0(), t.v1(), s(buf.slice(0, t.v0())));
        }
        Tuple2<Long, GoError> t = Io.ReadAtLeast(Strings.NewReader("abc"), ByteSlice.make(2), 3);
        o.printf("%d %v\n", t.v0(), t.v1());
        t = Io.ReadAtLeast(Strings.NewReader("abcdef"), ByteSlice.make(10), 3);
        o.printf("%d %v\n", t.v0(), t.v1());
        check("io.ReadFull", o);
    }

    @Test
    void readAll() {
        GoOut o = new GoOut();
        o.section("io.ReadAll");
        for (long size : new long[] {0, 10, 511, 512, 513, 1000, 5000, 20000}) {
            Tuple2<ByteSlice, GoError> t = Io.ReadAll(chunky(Strings.NewReader(Strings.Repeat("x", size)), 700));
            o.println(t.v0().len(), t.v0().cap(), t.v1());
        }
        check("io.ReadAll", o);
    }

    @Test
    void copy() {
        GoOut o = new GoOut();
        o.section("io.Copy");
        Buffer dst = new Buffer();
        Tuple2<Long, GoError> t = Io.Copy(dst, Strings.NewReader("copy me"));
        o.println(t.v0(), t.v1(), dst.String());
        t = Io.Copy(plain(dst), chunky(Strings.NewReader("0123456789"), 3));
        o.println(t.v0(), t.v1(), dst.String());
        t = Io.CopyN(dst, Strings.NewReader("abcdef"), 4);
        o.println(t.v0(), t.v1(), dst.String());
        t = Io.CopyN(dst, Strings.NewReader("xy"), 4);
        o.println(t.v0(), t.v1(), dst.String());
        t = Io.Copy(shortWriter(2), chunky(Strings.NewReader("abcdef"), 3));
        o.println(t.v0(), t.v1());
        t = Io.CopyBuffer(plain(dst), chunky(Strings.NewReader("buffered"), 100), ByteSlice.make(3));
        o.println(t.v0(), t.v1(), dst.String());
        t = Io.Copy(Io.Discard, chunky(Strings.NewReader(Strings.Repeat("d", 100000)), 1000));
        o.println(t.v0(), t.v1());
        check("io.Copy", o);
    }

    @Test
    void limitReader() {
        GoOut o = new GoOut();
        o.section("io.LimitReader");
        Tuple2<ByteSlice, GoError> data = Io.ReadAll(Io.LimitReader(Strings.NewReader("limited reader"), 7));
        o.printf("%q %v\n", s(data.v0()), data.v1());
        LimitedReader lr = new LimitedReader(Strings.NewReader("abc"), 2);
        Tuple2<Long, GoError> t = lr.Read(ByteSlice.make(10));
        o.println(t.v0(), t.v1(), lr.N);
        t = lr.Read(ByteSlice.make(10));
        o.println(t.v0(), t.v1(), lr.N);
        check("io.LimitReader", o);
    }

    @Test
    void multiReader() {
        GoOut o = new GoOut();
        o.section("io.MultiReader");
        Reader mr = Io.MultiReader(Strings.NewReader("ab"), Strings.NewReader(""), Strings.NewReader("cdefg"));
        ByteSlice p = ByteSlice.make(3);
        while (true) {
            Tuple2<Long, GoError> t = mr.Read(p);
            o.printf("%d %v %q\n", t.v0(), t.v1(), s(p.slice(0, t.v0())));
            if (t.v1() != null) {
                break;
            }
        }
        Buffer mdst = new Buffer();
        Tuple2<Long, GoError> t = Io.Copy(mdst, Io.MultiReader(Strings.NewReader("one "), Strings.NewReader("two")));
        o.println(t.v0(), t.v1(), mdst.String());
        check("io.MultiReader", o);
    }

    @Test
    void multiWriter() {
        GoOut o = new GoOut();
        o.section("io.MultiWriter");
        Buffer b1 = new Buffer();
        Buffer b2 = new Buffer();
        Writer mw = Io.MultiWriter(b1, plain(b2));
        Tuple2<Long, GoError> t = Io.WriteString(mw, "to both");
        o.println(t.v0(), t.v1(), b1.String(), b2.String());
        t = mw.Write(b("!"));
        o.println(t.v0(), t.v1(), b1.String(), b2.String());
        t = Io.MultiWriter(b1, shortWriter(1)).Write(b("xyz"));
        o.println(t.v0(), t.v1());
        check("io.MultiWriter", o);
    }

    @Test
    void teeAndWriteString() {
        GoOut o = new GoOut();
        o.section("io.TeeReader");
        Buffer tee = new Buffer();
        Tuple2<ByteSlice, GoError> data = Io.ReadAll(Io.TeeReader(Strings.NewReader("tee data"), tee));
        o.printf("%q %v %q\n", s(data.v0()), data.v1(), tee.String());
        o.section("io.WriteString");
        Buffer ws = new Buffer();
        Tuple2<Long, GoError> t = Io.WriteString(plain(ws), "plain");
        o.println(t.v0(), t.v1(), ws.String());
        assertEquals(GoldenText.section("iocases.txt", "io.TeeReader") + GoldenText.section("iocases.txt", "io.WriteString"),
                o.text());
    }

    @Test
    void pipe() throws InterruptedException {
        GoOut o = new GoOut();
        o.section("io.Pipe");
        Tuple2<PipeReader, PipeWriter> p1 = Io.Pipe();
        PipeReader pr = p1.v0();
        PipeWriter pw = p1.v1();
        Thread writer = Thread.ofVirtual().start(() -> {
            pw.Write(b("abc"));
            pw.Write(b("defgh"));
            pw.Close();
        });
        ByteSlice p = ByteSlice.make(2);
        while (true) {
            Tuple2<Long, GoError> t = pr.Read(p);
            o.printf("%d %v %q\n", t.v0(), t.v1(), s(p.slice(0, t.v0())));
            if (t.v1() != null) {
                break;
            }
        }
        writer.join();
        Tuple2<PipeReader, PipeWriter> p2 = Io.Pipe();
        Thread writer2 = Thread.ofVirtual().start(() -> {
            p2.v1().Write(b("xy"));
            p2.v1().CloseWithError(Errors.New("custom failure"));
        });
        Tuple2<ByteSlice, GoError> data = Io.ReadAll(p2.v0());
        o.printf("%q %v\n", s(data.v0()), data.v1());
        writer2.join();
        Tuple2<PipeReader, PipeWriter> p3 = Io.Pipe();
        p3.v0().Close();
        Tuple2<Long, GoError> t = p3.v1().Write(b("late"));
        o.println(t.v0(), t.v1(), t.v1() == Io.ErrClosedPipe);
        t = p3.v0().Read(ByteSlice.make(1));
        o.println(t.v0(), t.v1());
        check("io.Pipe", o);
    }
}
