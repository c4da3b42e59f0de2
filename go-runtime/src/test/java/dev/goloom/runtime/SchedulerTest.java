// The scheduler under load: a mesh of goroutines, channels and selects at GOMAXPROCS 1 and 2; GOMAXPROCS, NumGoroutine.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class SchedulerTest {
    @Test
    void runsOnOurCarriers() {
        assertTrue(VirtualThreads.customSchedulerAvailable(), "surefire opens java.lang: the custom scheduler must be in use");
        Chan<String> name = Chan.make(1);
        Go.go(() -> name.send(VirtualThreads.currentCarrier().getName()));
        assertTrue(name.recv().startsWith("goloom-carrier-"));
    }

    @Test
    void gomaxprocsSetsAndReports() {
        long before = Go.GOMAXPROCS(0);
        assertEquals(before, Go.GOMAXPROCS(3));
        assertEquals(3, Go.GOMAXPROCS(0));
        assertEquals(3, Go.GOMAXPROCS(before));
        assertEquals(before, Go.GOMAXPROCS(-1));
    }

    @Test
    void numGoroutineCountsLiveGoroutines() {
        long base = Go.NumGoroutine();
        Chan<Long> release = Chan.make(0);
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < 10; i++) {
            wg.Add(1);
            Go.go(() -> {
                release.recv();
                wg.Done();
            });
        }
        Threads.sleepMillis(20);
        assertEquals(base + 10, Go.NumGoroutine());
        for (int i = 0; i < 10; i++) {
            release.send(0L);
        }
        wg.Wait();
        long deadline = System.nanoTime() + 2_000_000_000L;
        while (Go.NumGoroutine() != base && System.nanoTime() < deadline) {
            Threads.sleepMillis(1);
        }
        assertEquals(base, Go.NumGoroutine());
        Go.LockOSThread();
        Go.UnlockOSThread();
    }

    @Test
    void meshOfChannelsAndSelectsLosesAndDuplicatesNothing() {
        for (int procs : new int[] {1, 2}) {
            long before = Go.GOMAXPROCS(procs);
            try {
                mesh(1000, 1000);
            } finally {
                Go.GOMAXPROCS(before);
            }
        }
    }

    /**
     * {@code workers} goroutines each send {@code messages} distinct values into a ring of
     * channels (alternately unbuffered and buffered); relays forward them with two-case
     * selects; a sink checks that every value arrives exactly once.
     */
    private static void mesh(int workers, int messages) {
        int lanes = 8;
        @SuppressWarnings("unchecked")
        Chan<Long>[] in = new Chan[lanes];
        @SuppressWarnings("unchecked")
        Chan<Long>[] out = new Chan[lanes];
        for (int i = 0; i < lanes; i++) {
            in[i] = Chan.make(i % 2 == 0 ? 0 : 16);
            out[i] = Chan.make(i % 2 == 0 ? 16 : 0);
        }
        Chan<Long> sink = Chan.make(64);
        // relays: each takes from two input lanes by select and forwards to its output lane
        for (int i = 0; i < lanes; i++) {
            Chan<Long> a = in[i];
            Chan<Long> b = in[(i + 1) % lanes];
            Chan<Long> o = out[i];
            Go.go(() -> {
                while (true) {
                    Selected s = Select.select(Select.recv(a), Select.recv(b));
                    o.send(s.value());
                }
            });
            Go.go(() -> {
                while (true) {
                    sink.send(o.recv());
                }
            });
        }
        for (int w = 0; w < workers; w++) {
            long base = (long) w * messages;
            Chan<Long> lane = in[w % lanes];
            Go.go(() -> {
                for (long m = 0; m < messages; m++) {
                    lane.send(base + m);
                }
            });
        }
        long total = (long) workers * messages;
        java.util.BitSet seen = new java.util.BitSet((int) total);
        for (long i = 0; i < total; i++) {
            long v = sink.recv();
            assertTrue(!seen.get((int) v), "duplicate " + v);
            seen.set((int) v);
        }
        assertEquals(total, seen.cardinality());
        assertEquals(-1, Select.selectDefault(Select.recv(sink)).index(), "nothing extra arrives");
    }

    @Test
    void spawnAndJoinManyGoroutines() {
        AtomicLong sum = new AtomicLong();
        WaitGroup wg = new WaitGroup();
        for (long i = 0; i < 100_000; i++) {
            long v = i;
            wg.Add(1);
            Go.go(() -> {
                sum.addAndGet(v);
                wg.Done();
            });
        }
        wg.Wait();
        assertEquals(99_999L * 100_000 / 2, sum.get());
    }
}
