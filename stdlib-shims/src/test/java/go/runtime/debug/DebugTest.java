// runtime/debug setters: Go's defaults and previous values, as conformance/corpus/stdlib/runtime_debug_memstats.go printed them under Go.
package go.runtime.debug;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DebugTest {
    @Test
    void settersReturnThePreviousValueStartingFromGosDefaults() {
        // Go: fmt.Println(debug.SetGCPercent(50), debug.SetGCPercent(-1), debug.SetGCPercent(100)) → 100 50 -1
        assertEquals(100, Debug.SetGCPercent(50));
        assertEquals(50, Debug.SetGCPercent(-1));
        assertEquals(-1, Debug.SetGCPercent(100));
        // → 1000000000 65536
        assertEquals(1_000_000_000L, Debug.SetMaxStack(1 << 16));
        assertEquals(65536, Debug.SetMaxStack(1_000_000_000L));
        // → 10000 20
        assertEquals(10000, Debug.SetMaxThreads(20));
        assertEquals(20, Debug.SetMaxThreads(10000));
        // → false true
        assertEquals(false, Debug.SetPanicOnFault(true));
        assertEquals(true, Debug.SetPanicOnFault(false));
        // → 9223372036854775807 9223372036854775807 1073741824
        assertEquals(Long.MAX_VALUE, Debug.SetMemoryLimit(-1));
        assertEquals(Long.MAX_VALUE, Debug.SetMemoryLimit(1 << 30));
        assertEquals(1L << 30, Debug.SetMemoryLimit(Long.MAX_VALUE));
    }
}
