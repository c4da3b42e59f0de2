// Runtime-owned sync primitives: Mutex, RWMutex, WaitGroup, Once, Cond, Sema.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SyncTest {
    @Test
    void mutexExcludes() {
        Mutex mu = new Mutex();
        WaitGroup wg = new WaitGroup();
        long[] counter = new long[1];
        for (int g = 0; g < 50; g++) {
            wg.Add(1);
            Go.go(() -> {
                for (int i = 0; i < 2000; i++) {
                    mu.Lock();
                    long v = counter[0];
                    if (i % 100 == 0) {
                        Go.Gosched(); // yield while holding the lock
                    }
                    counter[0] = v + 1;
                    mu.Unlock();
                }
                wg.Done();
            });
        }
        wg.Wait();
        assertEquals(100_000, counter[0]);
        assertTrue(mu.TryLock());
        assertFalse(mu.TryLock());
        mu.Unlock();
    }

    @Test
    void rwMutexLetsReadersShareAndWritersExclude() {
        RWMutex rw = new RWMutex();
        AtomicInteger readersInside = new AtomicInteger();
        AtomicInteger maxReaders = new AtomicInteger();
        long[] value = new long[1];
        WaitGroup wg = new WaitGroup();
        for (int g = 0; g < 20; g++) {
            boolean writer = g % 5 == 0;
            wg.Add(1);
            Go.go(() -> {
                for (int i = 0; i < 200; i++) {
                    if (writer) {
                        rw.Lock();
                        assertEquals(0, readersInside.get());
                        value[0]++;
                        rw.Unlock();
                    } else {
                        rw.RLock();
                        maxReaders.accumulateAndGet(readersInside.incrementAndGet(), Math::max);
                        Go.Gosched();
                        readersInside.decrementAndGet();
                        rw.RUnlock();
                    }
                }
                wg.Done();
            });
        }
        wg.Wait();
        assertEquals(800, value[0]);
        assertTrue(maxReaders.get() > 1, "readers never overlapped");
    }

    @Test
    void waitGroupPanicsOnNegativeCounterWithGosText() {
        WaitGroup wg = new WaitGroup();
        assertEquals("sync: negative WaitGroup counter", assertThrows(GoPanic.class, wg::Done).getMessage());
        WaitGroup ok = new WaitGroup();
        AtomicInteger ran = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            ok.Go(ran::incrementAndGet);
        }
        ok.Wait();
        assertEquals(10, ran.get());
    }

    @Test
    void onceRunsOnceEvenWhenItPanics() {
        Once once = new Once();
        AtomicInteger n = new AtomicInteger();
        assertThrows(GoPanic.class, () -> once.Do(() -> {
            n.incrementAndGet();
            throw new GoPanic("boom");
        }));
        once.Do(n::incrementAndGet);
        assertEquals(1, n.get());
    }

    @Test
    void condSignalsAndBroadcasts() {
        Mutex mu = new Mutex();
        Cond cond = new Cond(mu);
        int[] ready = new int[1];
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < 5; i++) {
            wg.Add(1);
            Go.go(() -> {
                mu.Lock();
                while (ready[0] == 0) {
                    cond.Wait();
                }
                ready[0]++;
                mu.Unlock();
                wg.Done();
            });
        }
        Threads.sleepMillis(30);
        mu.Lock();
        ready[0] = 1;
        cond.Broadcast();
        mu.Unlock();
        wg.Wait();
        assertEquals(6, ready[0]);
    }

    @Test
    void semaHandsUnitsToWaitersInOrder() {
        Sema s = new Sema();
        Chan<Long> order = Chan.make(10);
        for (long i = 0; i < 3; i++) {
            long id = i;
            Go.go(() -> {
                s.acquire("semacquire");
                order.send(id);
            });
            while (s.waiting() <= id) {
                Threads.sleepMillis(1);
            }
        }
        // One unit at a time: released together, the woken goroutines would race to report
        // (with two carriers they run in parallel), which says nothing about the hand-off order.
        for (long i = 0; i < 3; i++) {
            s.release();
            assertEquals(i, order.recv());
        }
    }
}
