// The lock-free local run queue of a processor: FIFO order, overflow to the global queue, stealing, and a race of thieves.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.junit.jupiter.api.Test;

class ProcessorTest {
    /** A task that knows its number. */
    private record Task(int n) implements Runnable {
        @Override
        public void run() {}
    }

    private static int number(Runnable r) {
        return ((Task) r).n();
    }

    @Test
    void localQueueIsFifo() {
        Processor p = new Processor(0);
        for (int i = 0; i < 100; i++) {
            assertNull(p.putLocal(new Task(i)));
        }
        assertEquals(100, p.localSize());
        for (int i = 0; i < 100; i++) {
            assertEquals(i, number(p.pollLocal()));
        }
        assertNull(p.pollLocal());
        assertEquals(0, p.localSize());
    }

    @Test
    void fullQueueSpillsItsOlderHalfAndTheNewTask() {
        Processor p = new Processor(0);
        // Go around the ring a few times first, so that the indices wrap.
        for (int i = 0; i < 1000; i++) {
            p.putLocal(new Task(-1));
            p.pollLocal();
        }
        for (int i = 0; i < Processor.LOCAL_CAPACITY; i++) {
            assertNull(p.putLocal(new Task(i)));
        }
        Runnable[] spill = p.putLocal(new Task(999));
        int[] expected = new int[Processor.LOCAL_CAPACITY / 2 + 1];
        for (int i = 0; i < Processor.LOCAL_CAPACITY / 2; i++) {
            expected[i] = i;
        }
        expected[Processor.LOCAL_CAPACITY / 2] = 999;
        int[] got = new int[spill.length];
        for (int i = 0; i < spill.length; i++) {
            got[i] = number(spill[i]);
        }
        assertArrayEquals(expected, got);
        for (int i = Processor.LOCAL_CAPACITY / 2; i < Processor.LOCAL_CAPACITY; i++) {
            assertEquals(i, number(p.pollLocal()));
        }
        assertNull(p.pollLocal());
    }

    @Test
    void stealTakesTheOlderHalfAndRunsTheLastOfIt() {
        Processor victim = new Processor(0);
        Processor thief = new Processor(1);
        for (int i = 0; i < 10; i++) {
            victim.putLocal(new Task(i));
        }
        assertEquals(4, number(victim.stealInto(thief, false)));
        for (int i = 0; i < 4; i++) {
            assertEquals(i, number(thief.pollLocal()));
        }
        assertNull(thief.pollLocal());
        for (int i = 5; i < 10; i++) {
            assertEquals(i, number(victim.pollLocal()));
        }
    }

    @Test
    void stealTakesRunnextOnlyWhenAsked() {
        Processor victim = new Processor(0);
        Processor thief = new Processor(1);
        Task next = new Task(7);
        victim.putNext(next);
        assertNull(victim.stealInto(thief, false));
        assertSame(next, victim.stealInto(thief, true));
        assertNull(victim.takeNext());
    }

    @Test
    void thievesRacingTheOwnerLoseAndDuplicateNothing() throws InterruptedException {
        int total = 2_000_000;
        Processor victim = new Processor(0);
        AtomicIntegerArray runs = new AtomicIntegerArray(total);
        ConcurrentLinkedQueue<Runnable> global = new ConcurrentLinkedQueue<>();
        AtomicBoolean producing = new AtomicBoolean(true);
        List<Thread> thieves = new ArrayList<>();
        for (int k = 1; k <= 2; k++) {
            Processor own = new Processor(k);
            Thread t = new Thread(() -> {
                while (producing.get() || victim.localSize() > 0) {
                    Runnable r = victim.stealInto(own, false);
                    if (r != null) {
                        runs.incrementAndGet(number(r));
                    }
                    while ((r = own.pollLocal()) != null) {
                        runs.incrementAndGet(number(r));
                    }
                }
            });
            t.setDaemon(true); // a broken queue must fail the test, not hang the JVM
            thieves.add(t);
            t.start();
        }
        try {
            for (int i = 0; i < total; i++) {
                Runnable[] spill = victim.putLocal(new Task(i));
                if (spill != null) {
                    global.addAll(List.of(spill));
                }
                if (i % 3 == 0) {
                    Runnable r = victim.pollLocal();
                    if (r != null) {
                        runs.incrementAndGet(number(r));
                    }
                }
            }
        } finally {
            producing.set(false);
        }
        for (Thread t : thieves) {
            t.join(60_000);
        }
        Runnable r;
        while ((r = victim.pollLocal()) != null) {
            runs.incrementAndGet(number(r));
        }
        for (Runnable g : global) {
            runs.incrementAndGet(number(g));
        }
        for (int i = 0; i < total; i++) {
            assertEquals(1, runs.get(i), "task " + i);
        }
    }
}
