// Finding the current goroutine without a per-goroutine binding, and the frames a parked goroutine keeps.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class GoroutineTest {
    @Test
    void currentIsTheGoroutineAcrossParks() {
        long base = Go.NumGoroutine();
        Chan<Goroutine> before = Chan.make(2);
        Chan<Goroutine> after = Chan.make(2);
        Chan<Long> resume = Chan.make(0);
        for (int i = 0; i < 2; i++) {
            Go.go(() -> {
                before.send(Goroutine.current());
                resume.recv();
                after.send(Goroutine.current());
            });
        }
        Goroutine a = before.recv();
        Goroutine b = before.recv();
        assertNotEquals(a.id(), b.id());
        assertTrue(a.tracked && b.tracked);
        resume.send(1L);
        resume.send(2L);
        List<Goroutine> resumed = List.of(after.recv(), after.recv());
        assertTrue(resumed.contains(a) && resumed.contains(b), resumed.toString());
        awaitNumGoroutine(base);
    }

    @Test
    void foreignThreadsGetOneStandInEach() throws InterruptedException {
        Goroutine here = Goroutine.current();
        assertSame(here, Goroutine.current());
        assertEquals(0, here.id());
        assertFalse(here.tracked);
        AtomicReference<Goroutine> other = new AtomicReference<>();
        Thread t = new Thread(() -> other.set(Goroutine.current()));
        t.setUncaughtExceptionHandler((th, e) -> {}); // a handler of its own is not a goroutine
        t.start();
        t.join();
        assertEquals(0, other.get().id());
        assertNotEquals(here, other.get());
    }

    @Test
    void aParkedReceiveKeepsOnlyTheChannelFramesAndTheGoroutineRun() {
        long base = Go.NumGoroutine();
        Chan<Long> block = Chan.make(0);
        Chan<Thread> started = Chan.make(1);
        Go.go(() -> {
            started.send(Thread.currentThread());
            block.recv();
        });
        Thread t = started.recv();
        List<String> ours = List.of();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            ours = runtimeFrames(t.getStackTrace());
            if (t.getState() == Thread.State.WAITING && ours.size() > 1) {
                break;
            }
            Threads.sleepMillis(1);
        }
        // Every frame kept here costs heap in the parked thread's stack chunk (docs/performance.md).
        assertEquals(List.of("Chan.receive", "Chan.recv", "Goroutine.run"), ours);
        block.close();
        awaitNumGoroutine(base);
    }

    /** Waits for this test's goroutines to end, so that other tests' goroutine counts are exact. */
    private static void awaitNumGoroutine(long base) {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (Go.NumGoroutine() > base && System.nanoTime() < deadline) {
            Threads.sleepMillis(1);
        }
        assertTrue(Go.NumGoroutine() <= base, "goroutines left running");
    }

    /** The goloom runtime's frames of a stack (test frames and the JDK's left out), innermost first. */
    private static List<String> runtimeFrames(StackTraceElement[] stack) {
        List<String> out = new ArrayList<>();
        for (StackTraceElement e : stack) {
            String cls = e.getClassName();
            if (cls.startsWith("dev.goloom.runtime.") && !cls.contains("Test")) {
                out.add(cls.substring("dev.goloom.runtime.".length()) + "." + e.getMethodName());
            }
        }
        return out;
    }
}
