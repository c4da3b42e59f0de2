// append's capacities for every element size, against what Go 1.26 printed (resources/go/growth.go → growth.out).
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SliceGrowthTest {
    /** A slice class under test, seen through three operations: make, append one, append many. */
    private interface Kind {
        Object make(long len);

        Object appendOne(Object s);

        Object appendAll(Object s, Object t);

        long len(Object s);

        long cap(Object s);
    }

    private static Kind generic(ElemType<Object> type) {
        return new Kind() {
            @SuppressWarnings("unchecked")
            private Slice<Object> s(Object o) {
                return (Slice<Object>) o;
            }

            public Object make(long len) {
                return Slice.make(len, len, type);
            }

            public Object appendOne(Object s) {
                return Slice.append(s(s), type.zero());
            }

            public Object appendAll(Object s, Object t) {
                return Slice.appendSlice(s(s), s(t));
            }

            public long len(Object s) {
                return s(s).len();
            }

            public long cap(Object s) {
                return s(s).cap();
            }
        };
    }

    private static final Kind LONG = new Kind() {
        public Object make(long len) { return LongSlice.make(len); }
        public Object appendOne(Object s) { return LongSlice.append((LongSlice) s, 0L); }
        public Object appendAll(Object s, Object t) { return LongSlice.appendSlice((LongSlice) s, (LongSlice) t); }
        public long len(Object s) { return ((LongSlice) s).len(); }
        public long cap(Object s) { return ((LongSlice) s).cap(); }
    };
    private static final Kind DOUBLE = new Kind() {
        public Object make(long len) { return DoubleSlice.make(len); }
        public Object appendOne(Object s) { return DoubleSlice.append((DoubleSlice) s, 0.0); }
        public Object appendAll(Object s, Object t) { return DoubleSlice.appendSlice((DoubleSlice) s, (DoubleSlice) t); }
        public long len(Object s) { return ((DoubleSlice) s).len(); }
        public long cap(Object s) { return ((DoubleSlice) s).cap(); }
    };
    private static final Kind INT = new Kind() {
        public Object make(long len) { return IntSlice.make(len); }
        public Object appendOne(Object s) { return IntSlice.append((IntSlice) s, 0); }
        public Object appendAll(Object s, Object t) { return IntSlice.appendSlice((IntSlice) s, (IntSlice) t); }
        public long len(Object s) { return ((IntSlice) s).len(); }
        public long cap(Object s) { return ((IntSlice) s).cap(); }
    };
    private static final Kind FLOAT = new Kind() {
        public Object make(long len) { return FloatSlice.make(len); }
        public Object appendOne(Object s) { return FloatSlice.append((FloatSlice) s, 0f); }
        public Object appendAll(Object s, Object t) { return FloatSlice.appendSlice((FloatSlice) s, (FloatSlice) t); }
        public long len(Object s) { return ((FloatSlice) s).len(); }
        public long cap(Object s) { return ((FloatSlice) s).cap(); }
    };
    private static final Kind SHORT = new Kind() {
        public Object make(long len) { return ShortSlice.make(len); }
        public Object appendOne(Object s) { return ShortSlice.append((ShortSlice) s, (short) 0); }
        public Object appendAll(Object s, Object t) { return ShortSlice.appendSlice((ShortSlice) s, (ShortSlice) t); }
        public long len(Object s) { return ((ShortSlice) s).len(); }
        public long cap(Object s) { return ((ShortSlice) s).cap(); }
    };
    private static final Kind BYTE = new Kind() {
        public Object make(long len) { return ByteSlice.make(len); }
        public Object appendOne(Object s) { return ByteSlice.append((ByteSlice) s, (byte) 0); }
        public Object appendAll(Object s, Object t) { return ByteSlice.appendSlice((ByteSlice) s, (ByteSlice) t); }
        public long len(Object s) { return ((ByteSlice) s).len(); }
        public long cap(Object s) { return ((ByteSlice) s).cap(); }
    };
    private static final Kind BOOL = new Kind() {
        public Object make(long len) { return BoolSlice.make(len); }
        public Object appendOne(Object s) { return BoolSlice.append((BoolSlice) s, false); }
        public Object appendAll(Object s, Object t) { return BoolSlice.appendSlice((BoolSlice) s, (BoolSlice) t); }
        public long len(Object s) { return ((BoolSlice) s).len(); }
        public long cap(Object s) { return ((BoolSlice) s).cap(); }
    };

    /** The Go element types of growth.go and the classes that stand for them. */
    private static final Map<String, Kind> KINDS = new LinkedHashMap<>();

    static {
        KINDS.put("int64", LONG);
        KINDS.put("int32", INT);
        KINDS.put("int16", SHORT);
        KINDS.put("byte", BYTE);
        KINDS.put("bool", BOOL);
        KINDS.put("string", generic(new ElemType<>(16, false, "")));
        KINDS.put("ptr", generic(ElemType.pointer()));
        KINDS.put("slice", generic(ElemType.slice(LongSlice.NIL)));
        KINDS.put("iface", generic(ElemType.INTERFACE));
        KINDS.put("s24", generic(new ElemType<>(24, true, null)));
        KINDS.put("s3", generic(new ElemType<>(3, true, null)));
        KINDS.put("s12", generic(new ElemType<>(12, true, null)));
        KINDS.put("sp40", generic(new ElemType<>(40, false, null)));
        KINDS.put("big600", generic(new ElemType<>(600, false, null)));
        KINDS.put("big600n", generic(new ElemType<>(600, true, null)));
        KINDS.put("empty", generic(new ElemType<>(0, true, null)));
    }

    /** Lines "kind appends len cap" printed by Go whenever cap changed while appending one element at a time. */
    private static Map<String, List<String>> oneAtATime() {
        Map<String, List<String>> byKind = new LinkedHashMap<>();
        for (String line : GoOutput.lines("growth")) {
            if (!line.startsWith("bulk ")) {
                byKind.computeIfAbsent(line.split(" ")[0], k -> new ArrayList<>()).add(line);
            }
        }
        return byKind;
    }

    private static List<String> replay(String name, Kind kind, long appends) {
        List<String> got = new ArrayList<>();
        Object s = kind.make(0);
        if (name.equals("int64") || name.equals("float64")) {
            s = name.equals("int64") ? LongSlice.NIL : DoubleSlice.NIL;
        }
        long last = -1;
        for (long i = 0; i < appends; i++) {
            s = kind.appendOne(s);
            if (kind.cap(s) != last) {
                got.add(name + " " + (i + 1) + " " + kind.len(s) + " " + kind.cap(s));
                last = kind.cap(s);
            }
        }
        return got;
    }

    @Test
    void appendingOneAtATimeGivesGosCapacities() {
        Map<String, List<String>> want = oneAtATime();
        assertEquals(KINDS.keySet(), want.keySet());
        for (Map.Entry<String, Kind> k : KINDS.entrySet()) {
            List<String> lines = want.get(k.getKey());
            long appends = k.getKey().startsWith("big600") ? 20000 : k.getKey().equals("empty") ? 10 : 200000;
            assertEquals(lines, replay(k.getKey(), k.getValue(), appends), k.getKey());
        }
    }

    @Test
    void floatSlicesGrowLikeIntegersOfTheirSize() {
        Map<String, List<String>> want = oneAtATime();
        assertEquals(want.get("int64"), replay("int64", LONG, 200000));
        assertEquals(want.get("int64").stream().map(l -> l.replace("int64", "float64")).toList(), replay("float64", DOUBLE, 200000));
        assertEquals(want.get("int32").stream().map(l -> l.replace("int32", "float32")).toList(), replay("float32", FLOAT, 200000));
    }

    @Test
    void appendingManyAtOnceGivesGosCapacities() {
        int checked = 0;
        for (String line : GoOutput.lines("growth")) {
            if (!line.startsWith("bulk ")) {
                continue;
            }
            String[] f = line.split(" ");
            Kind kind = KINDS.get(f[1]);
            long start = Long.parseLong(f[2]), n = Long.parseLong(f[3]);
            Object s = kind.appendAll(kind.make(start), kind.make(n));
            assertEquals(line, "bulk " + f[1] + " " + start + " " + n + " " + kind.len(s) + " " + kind.cap(s));
            checked++;
        }
        assertTrue(checked > 1000, "bulk lines checked: " + checked);
    }
}
