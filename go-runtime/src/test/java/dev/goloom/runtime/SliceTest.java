// Slice semantics against Go: bounds panics (texts from resources/go/panics.go → panics.out), nil, aliasing, copy, clear, conversions.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class SliceTest {
    /** panics.out: "name: text" for each recovered panic. */
    private static final Map<String, String> GO = new HashMap<>();

    static {
        for (String line : GoOutput.lines("panics")) {
            int colon = line.indexOf(": ");
            if (colon > 0) {
                GO.put(line.substring(0, colon), line.substring(colon + 2));
            }
        }
    }

    private static void panics(String goCase, Executable e) {
        String want = GO.get(goCase);
        assertTrue(want != null && !want.equals("<nil>"), "no panic recorded for " + goCase);
        GoPanic p = assertThrows(GoPanic.class, e, goCase);
        assertEquals(want, p.getMessage(), goCase);
        assertTrue(p.value() instanceof RuntimeError, goCase + " is a runtime.Error");
    }

    @Test
    void boundsPanicsMatchGo() {
        LongSlice s = LongSlice.make(3, 5);
        long i = 5, j = 3, k = 2, m1 = -1, m2 = -2, big = 1L << 62, n7 = 7, n4 = 4, n6 = 6;
        panics("index", () -> s.get(i));
        panics("index3", () -> s.get(3));
        panics("indexneg", () -> s.get(m1));
        panics("sliceAcap", () -> s.slice(0, n6));
        panics("sliceB", () -> s.slice(j, k));
        panics("sliceBneg", () -> s.slice(m1, s.len()));
        panics("sliceAneg", () -> s.slice(0, m1));
        panics("slice3Acap", () -> s.slice3(0, 2, n7));
        panics("slice3B", () -> s.slice3(0, n4, j));
        panics("slice3C", () -> s.slice3(i, j, n4));
        panics("slice3Cb", () -> s.slice3(i, n4, n4));
        panics("slice3Aneg", () -> s.slice3(0, 0, m1));
        panics("slice3Bneg", () -> s.slice3(0, m1, 2));
        panics("slice3Cneg", () -> s.slice3(m2, 1, 2));
        panics("bigcap", () -> s.slice(0, big));
        long[] arr = new long[4];
        panics("arrindex", () -> LongPtr.toElement(arr, i));
        panics("arrslice", () -> LongSlice.fromArray(arr, 0, i));
        panics("convert", () -> s.toArray(4));
        panics("makelen", () -> LongSlice.make(m1, m1));
        panics("makecap", () -> LongSlice.make(j, k));
        panics("makecapneg", () -> LongSlice.make(0, m1));
        panics("makebig", () -> LongSlice.make(big));
        panics("makebigcap", () -> LongSlice.make(1, big));
        panics("makebyte", () -> ByteSlice.make((1L << 49) + k));
        panics("nilslice", () -> LongSlice.NIL.get(0));
        // The same checks for every class, through its own code.
        panics("index", () -> IntSlice.make(3).get(i));
        panics("index", () -> ShortSlice.make(3).set(i, (short) 1));
        panics("sliceAcap", () -> ByteSlice.make(3, 5).slice(0, n6));
        panics("slice3B", () -> DoubleSlice.make(3, 5).slice3(0, n4, j));
        panics("slice3C", () -> FloatSlice.make(3, 5).slice3(i, j, n4));
        panics("indexneg", () -> BoolSlice.make(3).ptr(m1));
        panics("index", () -> Slice.make(3, 5, ElemType.STRING).get(i));
        panics("sliceB", () -> Slice.make(3, 5, ElemType.STRING).slice(j, k));
        panics("convert", () -> Slice.make(3, 5, ElemType.STRING).toArray(new String[4]));
        panics("makecap", () -> Slice.make(j, k, ElemType.STRING));
    }

    @Test
    void stringBoundsPanicsMatchGo() {
        String str = "hello";
        long i = 5, j = 3, k = 2, m1 = -1, n6 = 6;
        panics("strindex", () -> GoStrings.at(str, i));
        panics("strindexneg", () -> GoStrings.at(str, m1));
        panics("strslice", () -> GoStrings.slice(str, 0, n6));
        panics("strsliceB", () -> GoStrings.slice(str, j, k));
        panics("strsliceneg", () -> GoStrings.slice(str, m1, str.length()));
        panics("strsliceneg2", () -> GoStrings.slice(str, 0, m1));
        assertEquals("ell", GoStrings.slice(str, 1, 4));
        assertEquals('o', GoStrings.at(str, 4));
    }

    @Test
    void nilAndEmptySlicesBehaveLikeGo() {
        // From panics.out: nil[0:0] is nil; empty[0:0] is not; append(nil) and append(nil, empty...) are nil;
        // append(empty, nil...) is not; make(0) is not; a nil slice has len 0 and cap 0.
        assertEquals("true", GO.get("nil[0:0] is nil"));
        assertTrue(LongSlice.NIL.slice(0, 0).isNil());
        assertFalse(LongSlice.of().slice(0, 0).isNil());
        assertTrue(LongSlice.append(LongSlice.NIL).isNil());
        assertTrue(LongSlice.appendSlice(LongSlice.NIL, LongSlice.of()).isNil());
        assertFalse(LongSlice.appendSlice(LongSlice.of(), LongSlice.NIL).isNil());
        assertFalse(LongSlice.make(0).isNil());
        Slice<String> ns = Slice.nil(ElemType.STRING);
        assertTrue(ns.isNil());
        assertEquals(0, ns.len());
        assertEquals(0, ns.cap());
        assertTrue(ns.slice(0, 0).isNil());
        assertFalse(Slice.make(0, 0, ElemType.STRING).isNil());
    }

    @Test
    void slicesSharingAnArraySeeEachOthersWrites() {
        LongSlice a = LongSlice.of(1, 2, 3, 4, 5);
        LongSlice b = a.slice(1, 3); // [2 3], cap 4
        assertEquals(4, b.cap());
        b.set(0, 20);
        assertEquals(20, a.get(1));
        // append within capacity writes into the shared array
        LongSlice c = LongSlice.append(b, 30);
        assertEquals(30, a.get(3));
        assertEquals(3, c.len());
        // beyond capacity it copies: no more sharing
        LongSlice d = LongSlice.append(a, 6);
        d.set(0, 100);
        assertEquals(1, a.get(0));
        assertEquals(10, d.cap()); // Go: append to [5]int gives cap 10
        // reslicing past len up to cap reveals elements
        LongSlice e = a.slice(0, 2).slice(0, 5);
        assertEquals(5, e.get(4));
        // three-index slices limit capacity, so the next append copies
        LongSlice f = a.slice3(0, 2, 2);
        LongSlice g = LongSlice.append(f, 99);
        assertEquals(20, a.get(1));
        assertEquals(3, a.get(2));
        assertEquals(99, g.get(2));
        // pointers to elements alias the array
        LongPtr p = a.ptr(4);
        p.set(55);
        assertEquals(55, e.get(4));
        assertEquals(a.ptr(4), e.ptr(4));
        assertNotEquals(a.ptr(3), e.ptr(4));
        assertNotEquals(a.ptr(4), d.ptr(4));
    }

    @Test
    void appendOfOverlappingSlicesIsAMemmove() {
        // Go: s := []int{1,2,3,4,5,0,0,0}[:5]; s = append(s[:1], s...) → [1 1 2 3 4 5], cap 8
        LongSlice s = LongSlice.of(1, 2, 3, 4, 5, 0, 0, 0).slice(0, 5);
        LongSlice t = LongSlice.appendSlice(s.slice(0, 1), s);
        assertArrayEquals(new long[] {1, 1, 2, 3, 4, 5}, t.toArray(6));
        assertEquals(8, t.cap());
        // copy(s[1:], s) shifts right; copy(s, s[1:]) shifts left
        LongSlice u = LongSlice.of(1, 2, 3, 4);
        assertEquals(3, LongSlice.copy(u.slice(1, 4), u));
        assertArrayEquals(new long[] {1, 1, 2, 3}, u.toArray(4));
        LongSlice v = LongSlice.of(1, 2, 3, 4);
        assertEquals(3, LongSlice.copy(v, v.slice(1, 4)));
        assertArrayEquals(new long[] {2, 3, 4, 4}, v.toArray(4));
        assertEquals(0, LongSlice.copy(LongSlice.NIL, v));
    }

    @Test
    void clearZeroesOnlyTheLength() {
        LongSlice s = LongSlice.of(1, 2, 3, 4);
        s.slice(1, 3).clear();
        assertArrayEquals(new long[] {1, 0, 0, 4}, s.toArray(4));
        Slice<String> t = Slice.of(ElemType.STRING, "a", "b", "c");
        t.slice(0, 2).clear();
        assertEquals("", t.get(0));
        assertEquals("c", t.get(2));
        LongSlice.NIL.clear();
    }

    @Test
    void arraysConvertAndSliceLikeGo() {
        LongSlice s = LongSlice.of(1, 2, 3);
        long[] a = s.toArray(2);
        assertArrayEquals(new long[] {1, 2}, a);
        a[0] = 9;
        assertEquals(1, s.get(0)); // a conversion copies
        assertEquals(0, LongSlice.NIL.toArray(0).length);
        long[] arr = {1, 2, 3, 4};
        LongSlice v = LongSlice.fromArray(arr, 1, 3);
        assertEquals(2, v.len());
        assertEquals(3, v.cap());
        v.set(0, 20);
        assertEquals(20, arr[1]);
        LongSlice w = LongSlice.fromArray(arr, 1, 2, 3);
        assertEquals(2, w.cap());
        String[] strings = Slice.of(ElemType.STRING, "x", "y").toArray(new String[2]);
        assertArrayEquals(new String[] {"x", "y"}, strings);
        Slice<String> fromStrings = Slice.fromArray(ElemType.STRING, strings, 0, 2);
        Slice<String> grown = Slice.append(fromStrings, "z");
        assertEquals("z", grown.get(2));
        assertEquals(4, grown.cap()); // 2 strings → 4: Go: append([]string{"x","y"}, "z") has cap 4
        assertEquals("", grown.slice(0, 4).get(3)); // capacity beyond len holds the zero value
    }

    @Test
    void makeFillsWithTheZeroValue() {
        Slice<String> s = Slice.make(2, 4, ElemType.STRING);
        assertEquals("", s.get(1));
        assertEquals("", s.slice(0, 4).get(3));
        Slice<LongSlice> nested = Slice.make(1, 1, ElemType.slice(LongSlice.NIL));
        assertTrue(nested.get(0).isNil());
        Slice<Object> ptrs = Slice.make(1, 1, 8, null);
        assertEquals(null, ptrs.get(0));
    }

    @Test
    void byteSlicesAndStrings() {
        // Go (escaping slices): []byte("hello") has len 5 cap 8; "hello, world!!" 14/16; 36 bytes → cap 48
        for (String line : GoOutput.lines("utf8")) {
            if (line.startsWith("bytes ")) {
                String[] f = line.split(" ");
                int n = Integer.parseInt(f[1]);
                ByteSlice b = ByteSlice.fromString("x".repeat(n));
                assertEquals(Long.parseLong(f[2]), b.len(), line);
                assertEquals(Long.parseLong(f[3]), b.cap(), line);
                assertFalse(b.isNil());
            }
        }
        String goBytes = "h\u00c3\u00a9\u00ff";
        ByteSlice b = ByteSlice.fromString(goBytes);
        assertEquals((byte) 0xff, b.get(3));
        assertEquals(goBytes, b.toGoString());
        assertEquals("", ByteSlice.NIL.toGoString());
        ByteSlice dst = ByteSlice.make(3);
        assertEquals(3, ByteSlice.copy(dst, "abcdef"));
        assertEquals("abc", dst.toGoString());
        ByteSlice appended = ByteSlice.appendString(dst, "de\u00ff");
        assertEquals("abcde\u00ff", appended.toGoString());
        assertEquals(8, appended.cap()); // Go: append(make([]byte,3), "de\xff"...) → cap 8
        assertSame(dst, ByteSlice.appendString(dst, ""));
    }
}
