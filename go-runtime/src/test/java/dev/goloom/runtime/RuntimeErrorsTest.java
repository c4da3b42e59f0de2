// Run-time error texts, compared with what Go 1.26 printed for each (recover() then fmt.Println).
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RuntimeErrorsTest {
    @Test
    void textsAreGcs() {
        // s := []int{1,2,3}; a := [3]int{}; str := "abc"; i, j, k := 5, -1, 2
        assertEquals("runtime error: index out of range [5] with length 3", RuntimeErrors.index(5, 3).Error()); // s[i]
        assertEquals("runtime error: index out of range [-1]", RuntimeErrors.index(-1, 3).Error()); // s[j]
        assertEquals("runtime error: slice bounds out of range [:5] with capacity 3", RuntimeErrors.sliceHigh(5, 3, false).Error()); // s[:i]
        assertEquals("runtime error: slice bounds out of range [:5] with length 3", RuntimeErrors.sliceHigh(5, 3, true).Error()); // a[:i], str[:i]
        assertEquals("runtime error: slice bounds out of range [2:1]", RuntimeErrors.sliceLow(2, 1).Error()); // s[k:1]
        assertEquals("runtime error: slice bounds out of range [::5] with capacity 3", RuntimeErrors.slice3Max(5, 3, false).Error()); // s[0:2:i]
        assertEquals("runtime error: slice bounds out of range [:2:1]", RuntimeErrors.slice3High(2, 1).Error()); // s[:k:1]
        assertEquals("runtime error: slice bounds out of range [2:1:]", RuntimeErrors.slice3Low(2, 1).Error()); // s[k:1:2]
        assertEquals("assignment to entry in nil map", RuntimeErrors.NIL_MAP_ASSIGNMENT.Error());
        assertEquals("runtime error: invalid memory address or nil pointer dereference", RuntimeErrors.NIL_DEREFERENCE.Error());
        assertEquals("interface conversion: interface {} is string, not int",
                RuntimeErrors.typeAssertion("interface {}", "string", "int", "", "").Error());
        assertEquals("runtime error: makeslice: len out of range", RuntimeErrors.MAKESLICE_LEN.Error());
        assertEquals("makechan: size out of range", RuntimeErrors.MAKECHAN_SIZE.Error());
        assertEquals("runtime error: negative shift amount", RuntimeErrors.NEGATIVE_SHIFT.Error());
        assertEquals("panic called with nil argument", new GoPanic(null).getMessage());
    }
}
