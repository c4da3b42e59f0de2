// Timers: Sleep, NewTimer, Stop/Reset with Go 1.23 semantics, tickers, AfterFunc.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TimerTest {
    private static final long MS = 1_000_000L;

    @Test
    void sleepLastsAtLeastItsDuration() {
        long t0 = System.nanoTime();
        RuntimeTimer.sleep(30 * MS);
        assertTrue(System.nanoTime() - t0 >= 30 * MS);
        RuntimeTimer.sleep(0);
        RuntimeTimer.sleep(-5);
    }

    @Test
    void timerFiresOnceAndStopResetFollowGo123() {
        // Go 1.26 (t1.go): t := NewTimer(1ms); Sleep(10ms); Stop(), len(t.C), cap(t.C) → true 0 0
        RuntimeTimer t = RuntimeTimer.newTimer(MS, () -> "tick");
        RuntimeTimer.sleep(10 * MS);
        assertTrue(t.stop());
        assertEquals(0, t.channel().len());
        assertEquals(0, t.channel().cap());
        assertEquals(-1, Select.selectDefault(Select.recv(t.channel())).index(), "no stale value after Stop");
        // t2 := NewTimer(1ms); Sleep(10ms); Reset(1ms) → true; <-t2.C; Stop() → false
        RuntimeTimer t2 = RuntimeTimer.newTimer(MS, () -> "tick");
        RuntimeTimer.sleep(10 * MS);
        assertTrue(t2.reset(MS));
        assertEquals("tick", t2.channel().recv());
        assertFalse(t2.stop());
    }

    @Test
    void stoppedTimerNeverFires() {
        RuntimeTimer t = RuntimeTimer.newTimer(20 * MS, () -> 1L);
        assertTrue(t.stop());
        assertFalse(t.stop());
        RuntimeTimer.sleep(40 * MS);
        assertEquals(-1, Select.selectDefault(Select.recv(t.channel())).index());
    }

    @Test
    void tickerTicksAndDropsTicksForASlowReceiver() {
        RuntimeTimer t = RuntimeTimer.newTicker(5 * MS, System::nanoTime);
        Chan<Long> c = t.channel();
        long first = c.recv();
        for (int i = 0; i < 4; i++) {
            c.recv();
        }
        long fifth = System.nanoTime();
        assertTrue(fifth - first >= 15 * MS, "four more ticks came within " + (fifth - first) + " ns");
        RuntimeTimer.sleep(40 * MS); // eight periods: at most one tick is kept
        t.channel().recv();
        long received = System.nanoTime();
        int next = Select.selectDefault(Select.recv(t.channel())).index();
        // Only meaningful when the next period has not come yet (a loaded machine may be that slow).
        if (System.nanoTime() - received < 4 * MS) {
            assertEquals(-1, next, "dropped ticks were queued");
        }
        t.stop();
    }

    @Test
    void afterFuncRunsInItsOwnGoroutineAndStopCancelsIt() {
        Chan<Long> ran = Chan.make(1);
        long caller = Goroutine.current().id();
        RuntimeTimer.afterFunc(5 * MS, () -> ran.send(Goroutine.current().id()));
        long id = ran.recv();
        assertTrue(id >= 6 && id != caller);
        RuntimeTimer f = RuntimeTimer.afterFunc(20 * MS, () -> ran.send(-1L));
        assertTrue(f.stop());
        RuntimeTimer.sleep(40 * MS);
        assertEquals(0, ran.len());
    }

    @Test
    void selectWithTimeout() {
        Chan<Long> never = Chan.make(0);
        RuntimeTimer after = RuntimeTimer.newTimer(10 * MS, () -> 0L);
        Selected s = Select.select(Select.recv(never), Select.recv(after.channel()));
        assertEquals(1, s.index());
    }
}
