// runtime.SetFinalizer/GC, ReadMemStats and MemProfileRate on the shim; expected values from Go's documentation and output.
package go.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.IntCell;
import dev.goloom.runtime.IntPtr;
import dev.goloom.runtime.Proc1;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class FinalizersTest {
    private static final GoType INT32_POINTER = new GoType.Pointer(GoType.INT32);
    private static final GoType FINALIZER = new GoType.Func(java.util.List.of(INT32_POINTER), java.util.List.of(), false);

    /** What the finalizers saw, in the order they ran. */
    private final LinkedBlockingQueue<Integer> seen = new LinkedBlockingQueue<>();

    /** x := new(int32); *x = v; SetFinalizer(x, record); *x = v+1 — in a frame that then returns, so x dies. */
    private void allocate(int v, boolean remove) {
        IntCell x = new IntCell(v);
        Runtime.SetFinalizer(new Boxed(INT32_POINTER, x), new Boxed(FINALIZER, (Proc1<IntPtr>) p -> seen.add(p.get())));
        x.value = v + 1;
        if (remove) {
            Runtime.SetFinalizer(new Boxed(INT32_POINTER, x), null);
        }
    }

    @Test
    void finalizersRunAfterGcWithTheObjectsLastState() throws InterruptedException {
        allocate(10, false);
        allocate(20, true);
        Integer got = null;
        for (int i = 0; i < 50 && got == null; i++) {
            Runtime.GC();
            got = seen.poll(20, TimeUnit.MILLISECONDS);
        }
        assertEquals(11, got); // Go's finalizer sees *x as last written
        Runtime.GC();
        assertEquals(null, seen.poll(50, TimeUnit.MILLISECONDS)); // the removed finalizer never runs
    }

    @Test
    void readMemStatsFillsHeapFiguresAndCountsForcedCollections() {
        MemStats m = new MemStats();
        Runtime.ReadMemStats(m);
        assertTrue(m.Alloc > 0 && m.HeapAlloc == m.Alloc && m.Sys >= m.HeapSys && m.TotalAlloc >= m.Alloc && m.EnableGC);
        Runtime.GC();
        go.runtime.debug.Debug.FreeOSMemory();
        MemStats after = new MemStats();
        Runtime.ReadMemStats(after);
        assertTrue(after.NumGC >= m.NumGC + 2 && after.NumForcedGC >= m.NumForcedGC + 2);
        assertEquals(0, Runtime.MemProfileRate); // Go prints 0 in a program without profiling
    }
}
