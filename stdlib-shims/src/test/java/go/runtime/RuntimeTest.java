// runtime: scheduling queries, runtime.Error on the runtime's own errors, Caller and Callers basics.
package go.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.RuntimeErrors;
import org.junit.jupiter.api.Test;

class RuntimeTest {
    @Test
    void runtimeErrorsAreRuntimeErrorValues() {
        // Go: var e any = recovered index error; _, ok := e.(runtime.Error) → true; errors.New("x") → false.
        Object recovered = new GoPanic(RuntimeErrors.index(5, 3)).value();
        assertTrue(recovered instanceof Error);
        assertEquals("runtime error: index out of range [5] with length 3", ((Error) recovered).Error());
        assertTrue(!(go.errors.Errors.New("x") instanceof Error));
        assertTrue(new GoPanic(null).value() instanceof Error); // *runtime.PanicNilError
    }

    @Test
    void gomaxprocsReportsAndNumCpuIsPositive() {
        long procs = Runtime.GOMAXPROCS(0);
        assertTrue(procs >= 1);
        assertEquals(procs, Runtime.GOMAXPROCS(0)); // 0 only queries
        assertTrue(Runtime.NumCPU() >= 1);
        assertTrue(Runtime.NumGoroutine() >= 0);
        Runtime.GC();
        Runtime.Gosched();
    }

    @Test
    void callerNamesTheCallingFrame() {
        var c = Runtime.Caller(0);
        assertEquals("RuntimeTest.java", c.v1());
        assertTrue(c.v3() && c.v2() > 0 && c.v0() != 0);
        assertEquals(false, Runtime.Caller(1_000_000).v3());
        LongSlice pcs = LongSlice.make(4, 4);
        assertTrue(Runtime.Callers(1, pcs) >= 1);
    }
}
