// sync: the steps of conformance/corpus/sync/{mutex_struct_field,map_pool_oncefunc}.go on the shim, against real Go's output.
package go.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.Func0;
import dev.goloom.runtime.Go;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Proc0;
import dev.goloom.runtime.Tuple2;
import go.fmt.Fmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SyncTest {
    /** Go's output of {@code go run mutex_struct_field.go}. */
    private static final String MUTEX_GO = """
            25 25
            true false
            false
            true false
            one true
            false false
            true true false
            two false
            true
            done
            """;

    @Test
    void mutexesAsValuesCopyTheirLockedStateAndRWMutexAdmitsReadersOrOneWriter() {
        StringBuilder out = new StringBuilder();
        Mutex mu = new Mutex();
        long[] counts = new long[2];
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < 50; i++) {
            int k = i % 2;
            wg.Add(1);
            Go.go(() -> {
                mu.Lock();
                counts[k]++;
                mu.Unlock();
                wg.Done();
            });
        }
        wg.Wait();
        out.append(Fmt.Sprintln(counts[0], counts[1]));

        Mutex m = new Mutex();
        out.append(Fmt.Sprintln(m.TryLock(), m.TryLock()));
        Mutex copied = m.copy();
        out.append(Fmt.Sprintln(copied.TryLock()));
        m.Unlock();
        out.append(Fmt.Sprintln(m.TryLock(), copied.TryLock()));

        RWMutex rw = new RWMutex();
        out.append(Fmt.Sprintln("one", true));
        rw.Lock();
        out.append(Fmt.Sprintln(rw.TryRLock(), rw.TryLock()));
        rw.Unlock();
        out.append(Fmt.Sprintln(rw.TryRLock(), rw.TryRLock(), rw.TryLock()));
        rw.RUnlock();
        rw.RUnlock();
        Locker l = rw.RLocker();
        l.Lock();
        rw.RLock();
        out.append(Fmt.Sprintln("two", rw.TryLock()));
        rw.RUnlock();
        l.Unlock();
        out.append(Fmt.Sprintln(rw.TryLock()));
        Locker locker = new Mutex();
        locker.Lock();
        locker.Unlock();
        out.append(Fmt.Sprintln("done"));
        assertEquals(MUTEX_GO, out.toString());
    }

    /** Go's output of {@code go run map_pool_oncefunc.go}. */
    private static final String MAP_POOL_GO = """
            49 true
            <nil> false
            9 true
            x false
            x true
            false true
            false true
            25 true
            [0 1 2 3 7 8 9 10 11 12 13 14 15 16 17 18 19]
            3
            false
            obj1 reused obj2 2
            <nil>
            1
            recovered: boom
            recovered: boom
            2
            """;

    private static String pair(Tuple2<Object, Boolean> t) {
        return Fmt.Sprintln(t.v0(), t.v1());
    }

    @Test
    void mapPoolAndOnceFuncBehaveAsInGo() {
        StringBuilder out = new StringBuilder();
        Map m = new Map();
        WaitGroup wg = new WaitGroup();
        for (long i = 0; i < 20; i++) {
            long k = i;
            wg.Go(() -> m.Store(k, k * k));
        }
        wg.Wait();
        out.append(pair(m.Load(7L)));
        out.append(pair(m.Load(99L)));
        out.append(pair(m.LoadOrStore(3L, "x")));
        out.append(pair(m.LoadOrStore("k", "x")));
        out.append(pair(m.Swap("k", "y")));
        out.append(Fmt.Sprintln(m.CompareAndSwap("k", "x", "z"), m.CompareAndSwap("k", "y", "z")));
        out.append(Fmt.Sprintln(m.CompareAndDelete(4L, 15L), m.CompareAndDelete(4L, 16L)));
        out.append(pair(m.LoadAndDelete(5L)));
        m.Delete(6L);
        List<Long> keys = new ArrayList<>();
        m.Range((k, v) -> {
            if (k instanceof Long n) {
                keys.add(n);
            }
            return true;
        });
        keys.sort(null);
        out.append(keys.toString().replace(",", "")).append('\n');
        int[] count = {0};
        m.Range((k, v) -> ++count[0] < 3);
        out.append(count[0]).append('\n');
        m.Clear();
        out.append(Fmt.Sprintln(m.Load(1L).v1()));

        long[] made = {0};
        Pool pool = new Pool(() -> Fmt.Sprint("obj", ++made[0]));
        Object x = pool.Get();
        pool.Put("reused");
        Object y = pool.Get();
        Object z = pool.Get();
        out.append(Fmt.Sprintln(x, y, z, made[0]));
        out.append(Fmt.Sprintln(new Pool().Get()));

        long[] calls = {0};
        Proc0 once = Sync.OnceFunc(() -> calls[0]++);
        once.call();
        once.call();
        out.append(Fmt.Sprintln(calls[0]));
        Proc0 boom = Sync.OnceFunc(() -> {
            calls[0]++;
            throw new GoPanic("boom");
        });
        for (int i = 0; i < 2; i++) {
            try {
                boom.call();
            } catch (GoPanic p) {
                out.append(Fmt.Sprintln("recovered:", p.value()));
            }
        }
        out.append(Fmt.Sprintln(calls[0]));
        assertEquals(MAP_POOL_GO, out.toString());
    }

    @Test
    void onceValueAndOnceValuesCallTheirFunctionOnce() {
        // Go: v := sync.OnceValue(func() int { n++; return n * 10 }); v(); v() → 10 10, n == 1.
        long[] n = {0};
        Func0<Long> v = Sync.OnceValue(() -> ++n[0] * 10);
        assertEquals(List.of(10L, 10L, 1L), List.of(v.call(), v.call(), n[0]));
        Func0<Tuple2<String, Long>> vs = Sync.OnceValues(() -> new Tuple2<>("a", ++n[0]));
        assertEquals(vs.call(), vs.call());
        assertEquals(2L, n[0]);
    }

    @Test
    void condWaitersAreWokenBySignalAndBroadcast() {
        // A producer/consumer over a Cond, as cond_atomic.go's first part: Go prints "sum 5050".
        Mutex mu = new Mutex();
        Cond cond = Sync.NewCond(mu);
        List<Long> items = new ArrayList<>();
        long[] sum = {0};
        WaitGroup done = new WaitGroup();
        done.Go(() -> {
            for (int i = 0; i < 100; i++) {
                mu.Lock();
                while (items.isEmpty()) {
                    cond.Wait();
                }
                sum[0] += items.removeFirst();
                mu.Unlock();
            }
        });
        for (long i = 1; i <= 100; i++) {
            mu.Lock();
            items.add(i);
            mu.Unlock();
            cond.Signal();
        }
        done.Wait();
        assertEquals(5050, sum[0]);

        int[] woken = {0};
        WaitGroup waiting = new WaitGroup();
        boolean[] ready = {false};
        for (int i = 0; i < 5; i++) {
            waiting.Go(() -> {
                mu.Lock();
                while (!ready[0]) {
                    cond.Wait();
                }
                woken[0]++;
                mu.Unlock();
            });
        }
        mu.Lock();
        ready[0] = true;
        mu.Unlock();
        cond.Broadcast();
        waiting.Wait();
        assertEquals(5, woken[0]);
    }

    @Test
    void aNegativeWaitGroupCounterPanicsWithGosMessage() {
        WaitGroup wg = new WaitGroup();
        wg.Add(1);
        wg.Done();
        GoPanic p = org.junit.jupiter.api.Assertions.assertThrows(GoPanic.class, wg::Done);
        assertEquals("sync: negative WaitGroup counter", p.value());
    }
}
