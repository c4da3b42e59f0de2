// sync/atomic: the steps of conformance/corpus/sync/cond_atomic.go's atomic part on the shim, against real Go's output.
package go.sync.atomic;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.IntCell;
import dev.goloom.runtime.IntPtr;
import dev.goloom.runtime.LongCell;
import go.fmt.Fmt;
import go.sync.WaitGroup;
import org.junit.jupiter.api.Test;

class AtomicTest {
    /** Go's output of the atomic part of {@code go run cond_atomic.go}. */
    private static final String GO = """
            8000 16000 24000 32000 true 8000 -8000
            true false 1 5
            23999 31999 23999 176 31999 31999
            true true true
            true 1 9
            8 [0 8 0]
            <nil>
            first first second
            false true third
            panic: sync/atomic: store of inconsistently typed value into Value
            panic: sync/atomic: store of nil value into Value
            panic: sync/atomic: swap of nil value into Value
            panic: sync/atomic: compare and swap of inconsistently typed values
            """;

    private static String u32(int v) {
        return Integer.toUnsignedString(v);
    }

    private static String u64(long v) {
        return Long.toUnsignedString(v);
    }

    @Test
    void atomicTypesAndFunctionsAreAtomicAndValueChecksTypes() {
        StringBuilder out = new StringBuilder();
        Int32 i32 = new Int32();
        Int64 i64 = new Int64();
        Uint32 ui32 = new Uint32();
        Uint64 ui64 = new Uint64();
        Bool flag = new Bool();
        LongCell plain = new LongCell();
        IntCell plain32 = new IntCell();
        WaitGroup wg = new WaitGroup();
        for (int g = 0; g < 8; g++) {
            wg.Go(() -> {
                for (int k = 0; k < 1000; k++) {
                    i32.Add(1);
                    i64.Add(2);
                    ui32.Add(3);
                    ui64.Add(4);
                    Atomic.AddInt64(plain, 1);
                    Atomic.AddInt32(plain32, -1);
                }
                flag.Store(true);
            });
        }
        wg.Wait();
        out.append(Fmt.Sprintln(i32.Load(), i64.Load(), u32(ui32.Load()), u64(ui64.Load()), flag.Load(),
                Atomic.LoadInt64(plain), Atomic.LoadInt32(plain32)));
        out.append(Fmt.Sprintln(i32.CompareAndSwap(8000, 1), i32.CompareAndSwap(8000, 2), i32.Swap(5), i32.Load()));
        out.append(Fmt.Sprintln(u32(ui32.Add(-1)), u64(ui64.Add(-1)), u32(ui32.And(0xF0)), u32(ui32.Load()), u64(ui64.Or(1)),
                u64(ui64.Load())));
        out.append(Fmt.Sprintln(flag.Swap(false), flag.CompareAndSwap(false, true), flag.Load()));
        out.append(Fmt.Sprintln(Atomic.CompareAndSwapInt64(plain, 8000, 1), Atomic.SwapInt64(plain, 9), plain.value));
        int[] arr = new int[3];
        IntPtr elem = IntPtr.toElement(arr, 1);
        Atomic.StoreUint32(elem, 7);
        out.append(Fmt.Sprintln(u32(Atomic.AddUint32(elem, 1)), "[" + arr[0] + " " + arr[1] + " " + arr[2] + "]"));

        Value v = new Value();
        out.append(Fmt.Sprintln(v.Load()));
        v.Store("first");
        out.append(Fmt.Sprintln(v.Load(), v.Swap("second"), v.Load()));
        out.append(Fmt.Sprintln(v.CompareAndSwap("nope", "x"), v.CompareAndSwap("second", "third"), v.Load()));
        for (Runnable f : new Runnable[] {() -> v.Store(42L), () -> v.Store(null), () -> v.Swap(null),
                () -> v.CompareAndSwap("third", 1L)}) {
            try {
                f.run();
            } catch (GoPanic p) {
                out.append(Fmt.Sprintln("panic:", p.value()));
            }
        }
        assertEquals(GO, out.toString());
    }
}
