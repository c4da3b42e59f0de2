// Pointers: cells, element and field pointers, Go's pointer equality, and nil dereference as Go's panic.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PointerTest {
    /** A struct with a non-struct field whose address is taken. */
    private static final class S {
        long f;
        String name = "";
    }

    @Test
    void cellsAreVariables() {
        LongCell x = new LongCell(1);
        LongPtr p = x;
        p.set(p.get() + 41);
        assertEquals(42, x.value);
        assertEquals(x, p);
        assertNotEquals(new LongCell(42), x); // different variables, same value
        Cell<String> s = new Cell<>("");
        Ptr<String> q = s;
        q.set("go");
        assertEquals("go", s.value);
        BoolCell b = new BoolCell();
        assertEquals(false, b.get());
        DoubleCell d = new DoubleCell();
        d.set(0.5);
        assertEquals(0.5, d.value);
    }

    @Test
    void elementPointersAreEqualWhenTheyNameTheSameElement() {
        long[] a = {1, 2, 3};
        LongPtr p = LongPtr.toElement(a, 1), q = LongPtr.toElement(a, 1);
        assertEquals(p, q);
        assertEquals(p.hashCode(), q.hashCode());
        assertNotEquals(p, LongPtr.toElement(a, 2));
        assertNotEquals(p, LongPtr.toElement(a.clone(), 1));
        q.set(20);
        assertEquals(20, a[1]);
        LongSlice s = LongSlice.fromArray(a, 1, 3);
        assertEquals(p, s.ptr(0)); // &a[1] == &a[1:][0]
        String[] strs = {"a", "b"};
        Ptr<String> sp = Ptr.toElement(strs, 0);
        sp.set("z");
        assertEquals("z", strs[0]);
        assertEquals(sp, Slice.fromArray(ElemType.STRING, strs, 0, 2).ptr(0));
        GoPanic e = assertThrows(GoPanic.class, () -> IntPtr.toElement(new int[2], 2));
        assertEquals("runtime error: index out of range [2] with length 2", e.getMessage());
    }

    @Test
    void fieldPointersAreEqualForTheSameFieldOfTheSameObject() {
        S s = new S(), t = new S();
        LongPtr p = LongPtr.toField(s, "f", () -> s.f, v -> s.f = v);
        LongPtr q = LongPtr.toField(s, "f", () -> s.f, v -> s.f = v);
        p.set(7);
        assertEquals(7, s.f);
        assertEquals(7, q.get());
        assertEquals(p, q);
        assertEquals(p.hashCode(), q.hashCode());
        assertNotEquals(p, LongPtr.toField(t, "f", () -> t.f, v -> t.f = v));
        Ptr<String> n = Ptr.toField(s, "name", () -> s.name, v -> s.name = v);
        n.set("x");
        assertEquals("x", s.name);
        LongPtr.Getter g = () -> s.f;
        LongPtr.Setter st = v -> s.f = v;
        assertEquals(LongPtr.of(g, st), LongPtr.of(g, st));
        assertEquals(7, LongPtr.of(g, st).get());
    }

    @Test
    void nilDereferenceIsGosPanic() {
        LongPtr nil = null;
        NullPointerException npe = assertThrows(NullPointerException.class, () -> nil.get());
        GoPanic p = GoPanic.of(npe);
        // panics.out: "nilptr: runtime error: invalid memory address or nil pointer dereference"
        assertTrue(GoOutput.lines("panics").contains("nilptr: " + p.getMessage()));
    }
}
