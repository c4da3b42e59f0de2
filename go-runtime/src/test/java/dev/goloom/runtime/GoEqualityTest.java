// Go's == for floats, arrays and interface values, and hashes consistent with it.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class GoEqualityTest {
    @Test
    void floatArraysCompareAsGoDoes() {
        // Go: [2]float64{0, 1} == [2]float64{-0, 1} is true; an array holding NaN is not equal to itself.
        double[] nan = {Double.NaN};
        assertFalse(GoArrays.equal(nan, nan));
        assertTrue(GoArrays.equal(new double[] {0.0, 1}, new double[] {-0.0, 1}));
        assertEquals(GoArrays.hash(new double[] {0.0, 1}), GoArrays.hash(new double[] {-0.0, 1}));
        assertTrue(GoArrays.equal(new float[] {-0f}, new float[] {0f}));
        assertFalse(GoArrays.equal(new float[] {1f}, new float[] {1f, 2f}));
        Object[] nested = {new double[] {-0.0}, "s"};
        assertTrue(GoArrays.equal(nested, new Object[] {new double[] {0.0}, "s"}));
        assertEquals(GoArrays.hash(nested), GoArrays.hash(new Object[] {new double[] {0.0}, "s"}));
    }

    @Test
    void interfaceValuesCompareByDynamicTypeAndValue() {
        assertTrue(GoEquality.equal((Object) 0.0, (Object) (-0.0)));
        assertFalse(GoEquality.equal((Object) Double.NaN, (Object) Double.NaN));
        assertFalse(GoEquality.equal((Object) 0.0, (Object) 0.0f)); // float64 vs float32
        assertFalse(GoEquality.equal((Object) 0L, (Object) 0.0));
        assertTrue(GoEquality.equal(null, null));
        assertFalse(GoEquality.equal(null, "x"));
        assertTrue(GoEquality.equal(new long[] {1, 2}, new long[] {1, 2}));
        assertFalse(GoEquality.equal(new long[] {1, 2}, new int[] {1, 2}));
        assertEquals(GoEquality.hash((Object) 0.0), GoEquality.hash((Object) (-0.0)));
        assertEquals(GoEquality.hash(0.0f), GoEquality.hash(-0.0f));
    }

    @Test
    void boxedArraysAreEqualByElements() {
        // Go: any([2]int{1, 2}) == any([2]int{1, 2}) is true, so such a key finds its map entry.
        GoType arr = new GoType.Array(2L, GoType.INT);
        Boxed a = new Boxed(arr, new long[] {1, 2});
        Boxed b = new Boxed(arr, new long[] {1, 2});
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertFalse(a.equals(new Boxed(arr, new long[] {2, 1})));
        assertFalse(a.equals(new Boxed(new GoType.Array(2L, GoType.INT64), new long[] {1, 2})));
        GoMap<Object, String> m = new GoMap<>();
        m.put(a, "array");
        assertEquals("array", m.get(b, ""));
        // Go: m[[]int{1}] = "slice" panics with "runtime error: hash of unhashable type []int".
        GoPanic p = org.junit.jupiter.api.Assertions.assertThrows(GoPanic.class,
                () -> m.put(new Boxed(new GoType.Slice(GoType.INT), LongSlice.of(1L)), "slice"));
        assertEquals("runtime error: hash of unhashable type []int", String.valueOf(p.getMessage()));
    }
}
