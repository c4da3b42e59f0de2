// Runs the bytes.Buffer, bytes.Reader and bytes function scenarios of src/test/go/iocases and compares with real Go's output.
package go.bytes;

import static go.testsupport.TestIo.b;
import static go.testsupport.TestIo.chunky;
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
import go.io.Io;
import go.strings.Strings;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** Each test is one section of iocases/main.go, statement for statement. */
class BytesScenariosTest {
    private static void check(String section, GoOut out) {
        assertEquals(GoldenText.section("iocases.txt", section), out.text());
    }

    /** %q of a [][]byte. */
    private static Boxed q(Slice<ByteSlice> s) {
        String[] a = new String[(int) s.len()];
        for (int i = 0; i < a.length; i++) {
            a[i] = s(s.get(i));
        }
        return new Boxed(new GoType.Slice(GoType.STRING), Slice.of(ElemType.STRING, a));
    }

    @Test
    void buffer() {
        GoOut o = new GoOut();
        o.section("bytes.Buffer");
        Buffer bb = new Buffer();
        o.println(bb.Len(), bb.Cap(), bb.String());
        bb.WriteString("hello");
        o.println(bb.Len(), bb.Cap(), bb.String());
        bb.WriteByte((byte) ' ');
        bb.WriteRune('w');
        bb.WriteRune('ö');
        bb.Write(b("rld"));
        o.println(bb.Len(), bb.Cap(), bb.String());
        bb.WriteString(Strings.Repeat("z", 100));
        o.println(bb.Len(), bb.Cap());
        bb.Truncate(8);
        o.printf("%q %d\n", bb.String(), bb.Cap());
        ByteSlice nx = bb.Next(3);
        o.printf("%q %q\n", s(nx), bb.String());
        GoError ub = bb.UnreadByte();
        o.println(ub, bb.String());
        o.println(bb.UnreadByte());
        Tuple3<Integer, Long, GoError> r = bb.ReadRune();
        o.println(r.v0(), r.v1(), r.v2());
        r = bb.ReadRune();
        o.println(r.v0(), r.v1(), r.v2());
        r = bb.ReadRune();
        GoError ur1 = bb.UnreadRune();
        GoError ur2 = bb.UnreadRune();
        o.println(r.v0(), r.v1(), r.v2(), ur1, ur2);
        Tuple2<String, GoError> line = bb.ReadString((byte) 'r');
        o.printf("%q %v\n", line.v0(), line.v1());
        line = bb.ReadString((byte) '!');
        o.printf("%q %v\n", line.v0(), line.v1());
        Tuple2<ByteSlice, GoError> lb = bb.ReadBytes((byte) 'x');
        o.printf("%q %v %v\n", s(lb.v0()), lb.v1(), lb.v0().isNil());
        Tuple2<Long, GoError> n = bb.Read(ByteSlice.make(4));
        o.println(n.v0(), n.v1());
        n = bb.Read(ByteSlice.NIL);
        o.println(n.v0(), n.v1());
        Buffer bb2 = Bytes.NewBufferString("grow");
        o.println(bb2.Len(), bb2.Cap());
        bb2.Grow(100);
        o.println(bb2.Len(), bb2.Cap());
        for (int i = 0; i < 10; i++) {
            bb2.WriteString(Strings.Repeat("g", 37));
            o.print(bb2.Cap(), " ");
        }
        o.println();
        Buffer bb3 = Bytes.NewBuffer(ByteSlice.make(0, 10));
        Tuple2<Long, GoError> rf = bb3.ReadFrom(chunky(Strings.NewReader(Strings.Repeat("r", 1500)), 400));
        o.println(rf.v0(), rf.v1(), bb3.Len(), bb3.Cap());
        Buffer wt = new Buffer();
        Tuple2<Long, GoError> wn = bb3.WriteTo(wt);
        o.println(wn.v0(), wn.v1(), bb3.Len(), wt.Len());
        Tuple2<Byte, GoError> rb = bb3.ReadByte();
        o.println(rb.v0(), rb.v1());
        Buffer sm = Bytes.NewBufferString("small");
        while (sm.Len() > 0) {
            byte c = sm.ReadByte().v0();
            o.print(String.valueOf((char) (c & 0xff)));
        }
        o.println();
        sm.WriteString("again");
        o.println(sm.Len(), sm.Cap(), sm.Available(), sm.AvailableBuffer().len(), sm.AvailableBuffer().cap());
        o.println(bb);
        o.println(bb.String());
        check("bytes.Buffer", o);
    }

    @Test
    void reader() {
        GoOut o = new GoOut();
        o.section("bytes.Reader");
        Reader br = Bytes.NewReader(b(g("bÿtes")));
        o.println(br.Len(), br.Size());
        Tuple3<Integer, Long, GoError> r = br.ReadRune();
        o.println(r.v0(), r.v1(), r.v2());
        r = br.ReadRune();
        GoError u1 = br.UnreadRune();
        GoError u2 = br.UnreadRune();
        o.println(r.v0(), r.v1(), r.v2(), u1, u2);
        Tuple2<Long, GoError> pos = br.Seek(1, Io.SeekCurrent);
        o.println(pos.v0(), pos.v1());
        Tuple2<ByteSlice, GoError> rest = Io.ReadAll(br);
        o.printf("%q %v\n", s(rest.v0()), rest.v1());
        o.println(Bytes.NewReader(ByteSlice.NIL).UnreadByte());
        check("bytes.Reader", o);
    }

    @Test
    void functions() {
        GoOut o = new GoOut();
        o.section("bytes functions");
        ByteSlice bs = b("  a,b,,c  ");
        o.printf("%q\n", q(Bytes.Split(bs, b(","))));
        Slice<ByteSlice> parts = Bytes.Split(bs, b(","));
        for (long i = 0; i < parts.len(); i++) {
            o.print(parts.get(i).len(), parts.get(i).cap(), " ");
        }
        o.println();
        parts = Bytes.Fields(bs);
        for (long i = 0; i < parts.len(); i++) {
            o.print(parts.get(i).len(), parts.get(i).cap(), " ");
        }
        o.println();
        parts = Bytes.SplitAfterN(bs, b(","), 2);
        for (long i = 0; i < parts.len(); i++) {
            ByteSlice x = parts.get(i);
            o.printf("%q %d %d ", s(x), x.len(), x.cap());
        }
        o.println();
        parts = Bytes.Split(b(g("héllo")), ByteSlice.NIL);
        for (long i = 0; i < parts.len(); i++) {
            ByteSlice x = parts.get(i);
            o.printf("%q %d %d ", s(x), x.len(), x.cap());
        }
        o.println();
        Slice<ByteSlice> es = Bytes.SplitN(b(g("héllo")), ByteSlice.NIL, 3);
        o.printf("%q %d %d\n", q(es), es.len(), es.cap());
        ByteSlice ts = Bytes.TrimSpace(bs);
        o.printf("%q %d %d\n", s(ts), ts.len(), ts.cap());
        o.println(Bytes.TrimSpace(b("   ")).isNil(), Bytes.TrimSpace(ByteSlice.NIL).isNil(), Bytes.Trim(b("xx"), "x").isNil(),
                Bytes.TrimRight(b("xx"), "x").isNil());
        o.printf("%q %q %q\n", s(Bytes.Trim(bs, " ,a")), s(Bytes.TrimLeft(bs, " ")), s(Bytes.TrimRight(bs, " c")));
        o.printf("%q %q\n", s(Bytes.TrimPrefix(bs, b("  a"))), s(Bytes.TrimSuffix(bs, b("c  "))));
        o.println(Bytes.Equal(ByteSlice.NIL, ByteSlice.make(0)), Bytes.Compare(b("a"), b("b")), Bytes.Contains(bs, b("b,")),
                Bytes.Index(bs, b(",,")), Bytes.LastIndexByte(bs, (byte) ','), Bytes.Count(bs, b(",")));
        o.println(Bytes.EqualFold(b(g("Straße")), b("STRASSE")), Bytes.EqualFold(b(g("Gö")), b(g("GÖ"))), Bytes.HasPrefix(bs, b("  ")),
                Bytes.IndexRune(b(g("héllo")), 'l'), Bytes.IndexAny(bs, "cb"));
        ByteSlice j = Bytes.Join(Slice.of(ElemType.slice(ByteSlice.NIL), b("a"), b("b"), b("c")), b(", "));
        o.printf("%q %d %d\n", s(j), j.len(), j.cap());
        j = Bytes.Join(Slice.nil(ElemType.slice(ByteSlice.NIL)), b(", "));
        o.printf("%q %d %d %v\n", s(j), j.len(), j.cap(), j.isNil());
        ByteSlice up = Bytes.ToUpper(b(g("héllo wörld")));
        o.printf("%q %d %d\n", s(up), up.len(), up.cap());
        up = Bytes.ToUpper(b("hello"));
        o.printf("%q %d %d\n", s(up), up.len(), up.cap());
        ByteSlice rp = Bytes.ReplaceAll(b("oink oink"), b("k"), b("ky"));
        o.printf("%q %d %d\n", s(rp), rp.len(), rp.cap());
        rp = Bytes.Replace(b("abc"), b("z"), b("y"), -1);
        o.printf("%q %d %d\n", s(rp), rp.len(), rp.cap());
        Tuple3<ByteSlice, ByteSlice, Boolean> cut = Bytes.Cut(b("key=value"), b("="));
        o.printf("%q %q %v\n", s(cut.v0()), s(cut.v1()), cut.v2());
        o.printf("%q\n", s(Bytes.Title(b("big deal"))));
        o.println(new Boxed(new GoType.Slice(GoType.INT32), Bytes.Runes(b(g("hé")))), Bytes.Repeat(b("ab"), 3).len(),
                Bytes.Repeat(b("ab"), 3).cap());
        ByteSlice mp = Bytes.Map(r -> r == 'a' ? 'ä' : r, b("banana"));
        o.printf("%q %d %d\n", s(mp), mp.len(), mp.cap());
        o.println(Bytes.Clone(ByteSlice.NIL).isNil(), Bytes.ContainsRune(b("abc"), 'c'), Bytes.ContainsAny(b("abc"), "xyz"));
        check("bytes functions", o);
    }
}
