// Go values of the fmt test programs in goloom's Java representation (struct classes, boxed interface values).
package go.fmt;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.DoubleSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.Slice;
import go.errors.Errors;
import java.util.List;

/**
 * What translated code would pass to fmt for the operands of {@code src/test/go/fmtcases}: the
 * structs of that program as GoStruct classes, and helpers that box values as an interface
 * value holds them.
 */
final class FmtFixtures {
    private FmtFixtures() {}

    static final GoType ANY = new GoType.Interface(List.of());
    static final GoType ERROR = new GoType.Named("", "", "error").define(new GoType.Interface(List.of("Error() string")));

    static final GoType.Named POINT = new GoType.Named("main", "main", "Point");
    static final GoType.Named NODE = new GoType.Named("main", "main", "Node");
    static final GoType.Named INNER = new GoType.Named("main", "main", "Inner");
    static final GoType.Named OUTER = new GoType.Named("main", "main", "Outer");
    static final GoType.Named COLOR = new GoType.Named("main", "main", "Color").define(GoType.INT);
    static final GoType.Named TEMP = new GoType.Named("main", "main", "Temp");
    static final GoType.Named MYERR = new GoType.Named("main", "main", "MyErr");
    static final GoType.Named BAD = new GoType.Named("main", "main", "Bad");
    static final GoType MAP_STRING_INT = new GoType.Map(GoType.STRING, GoType.INT);

    static {
        POINT.define(new GoType.Struct(List.of(field("X", GoType.INT), field("Y", GoType.INT))));
        NODE.define(new GoType.Struct(List.of(field("Name", GoType.STRING), field("Next", new GoType.Pointer(NODE)),
                field("Val", ANY), field("Tags", new GoType.Slice(GoType.STRING)))));
        INNER.define(new GoType.Struct(List.of(field("A", GoType.INT8), field("B", GoType.UINT16), field("F", GoType.FLOAT32))));
        OUTER.define(new GoType.Struct(List.of(field("In", INNER), field("P", new GoType.Pointer(POINT)), field("E", ERROR),
                field("M", MAP_STRING_INT), field("Arr", new GoType.Array(2, GoType.BOOL)))));
        TEMP.define(new GoType.Struct(List.of(field("C", GoType.FLOAT64))));
        MYERR.define(new GoType.Struct(List.of(field("Code", GoType.INT))));
        BAD.define(new GoType.Struct(List.of(field("N", GoType.INT))));
    }

    private static GoType.Field field(String name, GoType t) {
        return new GoType.Field(name, t, false, "");
    }

    // ---- structs ----

    /** type Point struct{ X, Y int } */
    static final class Point implements GoStruct<Point> {
        long x;
        long y;

        Point(long x, long y) {
            this.x = x;
            this.y = y;
        }

        @Override public GoType goType() { return POINT; }
        @Override public Object field(int i) { return i == 0 ? x : y; }
        @Override public Point copy() { return new Point(x, y); }
    }

    /** type Node struct { Name string; Next *Node; Val any; Tags []string } */
    static final class Node implements GoStruct<Node> {
        String name;
        Node next;
        Object val;
        Slice<String> tags;

        @Override public GoType goType() { return NODE; }
        @Override public Object field(int i) {
            return switch (i) {
                case 0 -> name;
                case 1 -> next;
                case 2 -> val;
                default -> new Boxed(new GoType.Slice(GoType.STRING), tags);
            };
        }
        @Override public Node copy() { return this; }
    }

    /** type Inner struct { A int8; B uint16; F float32 } */
    static final class Inner implements GoStruct<Inner> {
        byte a = -1;
        short b = 2;
        float f = 0.5f;

        @Override public GoType goType() { return INNER; }
        @Override public Object field(int i) {
            return switch (i) {
                case 0 -> a;
                case 1 -> new Boxed(GoType.UINT16, b);
                default -> f;
            };
        }
        @Override public Inner copy() { return this; }
    }

    /** type Outer struct { In Inner; P *Point; E error; M map[string]int; Arr [2]bool } */
    static final class Outer implements GoStruct<Outer> {
        Inner in = new Inner();
        Point p;
        GoError e;
        GoMap<String, Long> m = GoMap.nil();
        boolean[] arr = {true, false};

        @Override public GoType goType() { return OUTER; }
        @Override public Object field(int i) {
            return switch (i) {
                case 0 -> new Boxed(INNER, in);
                case 1 -> p;
                case 2 -> e;
                case 3 -> new Boxed(MAP_STRING_INT, m);
                default -> new Boxed(new GoType.Array(2, GoType.BOOL), arr);
            };
        }
        @Override public Outer copy() { return this; }
    }

    /** type Temp struct{ C float64 }; func (t Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) } */
    static final class Temp implements GoStruct<Temp>, GoStringer {
        double c;

        Temp(double c) {
            this.c = c;
        }

        @Override public String String() { return Fmt.Sprintf("%.1f\302\260C", c); }
        @Override public GoType goType() { return TEMP; }
        @Override public Object field(int i) { return c; }
        @Override public Temp copy() { return new Temp(c); }
    }

    /** type MyErr struct{ Code int }; func (e *MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) } */
    static final class MyErr implements GoStruct<MyErr>, GoError {
        long code;

        MyErr(long code) {
            this.code = code;
        }

        @Override public String Error() { return Fmt.Sprintf("code %d", code); }
        @Override public GoType goType() { return MYERR; }
        @Override public Object field(int i) { return code; }
        @Override public MyErr copy() { return new MyErr(code); }
    }

    /** type Bad struct{ N int }; func (b *Bad) String() string { panic("boom") } */
    static final class Bad implements GoStruct<Bad>, GoStringer {
        long n;

        Bad(long n) {
            this.n = n;
        }

        @Override public String String() { throw new GoPanic("boom"); }
        @Override public GoType goType() { return BAD; }
        @Override public Object field(int i) { return n; }
        @Override public Bad copy() { return new Bad(n); }
    }

    static Boxed point(long x, long y) { return new Boxed(POINT, new Point(x, y)); }
    static Point pointPtr(long x, long y) { return new Point(x, y); }
    static Boxed pointPtrs() { return new Boxed(new GoType.Slice(new GoType.Pointer(POINT)), Slice.nil(ElemType.pointer()).slice(0, 0)); }

    @SuppressWarnings("unchecked")
    static Node nodePtr(String name, Node next, Object val, Boxed tags) {
        Node n = new Node();
        n.name = name;
        n.next = next;
        n.val = val;
        n.tags = (Slice<String>) tags.value();
        return n;
    }

    static Boxed node(String name, Node next, Object val, Boxed tags) { return new Boxed(NODE, nodePtr(name, next, val, tags)); }
    static Boxed outer() { return new Boxed(OUTER, new Outer()); }
    static Boxed temp(double c) { return new Boxed(TEMP, new Temp(c)); }
    static MyErr myErr(long code) { return new MyErr(code); }
    static Bad bad(long n) { return new Bad(n); }
    static Boxed color(long c) { return new Boxed(COLOR, c); }
    static GoError errorsNew(String s) { return Errors.New(s); }

    static Boxed structs(Boxed... values) {
        Object[] elems = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            elems[i] = values[i].value();
        }
        return new Boxed(new GoType.Slice(POINT), Slice.of(new ElemType<>(16, true, null), elems));
    }

    static Boxed temps(Boxed... values) {
        Object[] elems = new Object[values.length];
        for (int i = 0; i < values.length; i++) {
            elems[i] = values[i].value();
        }
        return new Boxed(new GoType.Slice(TEMP), Slice.of(new ElemType<>(8, true, null), elems));
    }

    // ---- numbers ----

    static Boxed u64(long v) { return new Boxed(GoType.UINT64, v); }
    static Boxed uint_(long v) { return new Boxed(GoType.UINT, v); }
    static Boxed uintptr_(long v) { return new Boxed(GoType.UINTPTR, v); }
    static Boxed i64(long v) { return new Boxed(GoType.INT64, v); }
    static Boxed u32(int v) { return new Boxed(GoType.UINT32, v); }
    static Boxed u16(short v) { return new Boxed(GoType.UINT16, v); }
    static Boxed u8(int v) { return new Boxed(GoType.UINT8, (byte) v); }
    static Boxed nilIntPtr() { return new Boxed(new GoType.Pointer(GoType.INT), null); }

    // ---- slices, arrays, maps ----

    static Boxed bytes(String s) { return new Boxed(new GoType.Slice(GoType.UINT8), ByteSlice.fromString(s)); }
    static Boxed nilBytes() { return new Boxed(new GoType.Slice(GoType.UINT8), ByteSlice.NIL); }
    static Boxed u8arr(byte... b) { return new Boxed(new GoType.Array(b.length, GoType.UINT8), b); }
    static Boxed ints(long... v) { return new Boxed(new GoType.Slice(GoType.INT), LongSlice.of(v)); }
    static Boxed nilInts() { return new Boxed(new GoType.Slice(GoType.INT), LongSlice.NIL); }
    static Boxed strs(String... v) { return new Boxed(new GoType.Slice(GoType.STRING), Slice.of(ElemType.STRING, v)); }
    static Boxed nilStrs() { return new Boxed(new GoType.Slice(GoType.STRING), Slice.nil(ElemType.STRING)); }
    static Boxed floats(double... v) { return new Boxed(new GoType.Slice(GoType.FLOAT64), DoubleSlice.of(v)); }
    static Boxed arr3(long... v) { return new Boxed(new GoType.Array(3, GoType.INT), v); }
    static Boxed anys(Object... v) { return new Boxed(new GoType.Slice(ANY), Slice.of(ElemType.INTERFACE, v)); }

    static Boxed map(GoType k, GoType v, Object... kv) {
        GoMap<Object, Object> m = GoMap.make();
        for (int i = 0; i < kv.length; i += 2) {
            m.put(kv[i], kv[i + 1]);
        }
        return new Boxed(new GoType.Map(k, v), m);
    }

    static Boxed msi(Object... kv) { return map(GoType.STRING, GoType.INT, kv); }
    static Boxed nilMsi() { return new Boxed(MAP_STRING_INT, GoMap.nil()); }
    static Boxed mis(Object... kv) { return map(GoType.INT, GoType.STRING, kv); }
    static Boxed mfi(Object... kv) { return map(GoType.FLOAT64, GoType.INT, kv); }
    static Boxed mbi(Object... kv) { return map(GoType.BOOL, GoType.INT, kv); }
    static Boxed mai(Object... kv) { return map(ANY, GoType.INT, kv); }
}
