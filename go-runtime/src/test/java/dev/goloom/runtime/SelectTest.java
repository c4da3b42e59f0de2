// select: random choice among ready cases, default, nil channels, sends, closed channels, blocking wake-ups.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SelectTest {
    @Test
    void choosesUniformlyAmongReadyCases() {
        Chan<Long> a = Chan.make(1);
        Chan<Long> b = Chan.make(1);
        Chan<Long> c = Chan.make(1);
        int[] hits = new int[3];
        int rounds = 30_000;
        for (int i = 0; i < rounds; i++) {
            a.send(0L);
            b.send(1L);
            c.send(2L);
            Selected s = Select.select(Select.recv(a), Select.recv(b), Select.recv(c));
            hits[s.index()]++;
            assertEquals((long) s.index(), (Long) s.value());
            // drain the others
            for (Chan<Long> ch : java.util.List.of(a, b, c)) {
                Select.selectDefault(Select.recv(ch));
            }
        }
        for (int h : hits) {
            // each case is ready every time: expect 1/3 each; 5 standard deviations ≈ ±0.9 %
            assertTrue(Math.abs(h - rounds / 3.0) < rounds * 0.02, "unfair select: " + java.util.Arrays.toString(hits));
        }
    }

    @Test
    void defaultRunsOnlyWhenNothingIsReady() {
        Chan<Long> a = Chan.make(0);
        assertEquals(-1, Select.selectDefault(Select.recv(a)).index());
        assertEquals(-1, Select.selectDefault(Select.send(a, 1L)).index());
        Chan<Long> b = Chan.make(1);
        assertEquals(0, Select.selectDefault(Select.send(b, 5L)).index());
        Selected s = Select.selectDefault(Select.recv(a), Select.recv(b));
        assertEquals(1, s.index());
        assertEquals(5L, (Long) s.value());
        assertTrue(s.ok());
    }

    @Test
    void nilChannelCasesNeverProceed() {
        Chan<Long> ready = Chan.make(1);
        ready.send(9L);
        for (int i = 0; i < 100; i++) {
            Selected s = Select.select(Select.recv(Chan.nil()), Select.send(Chan.nil(), 1L), Select.recv(ready));
            assertEquals(2, s.index());
            ready.send(9L);
        }
        assertEquals(-1, Select.selectDefault(Select.recv(Chan.nil())).index());
    }

    @Test
    void closedChannelIsAlwaysReadyForReceiveAndPanicsForSend() {
        Chan<Long> c = Chan.make(0, 0L);
        c.close();
        Selected s = Select.select(Select.recv(c));
        assertEquals(0, s.index());
        assertFalse(s.ok());
        assertEquals(0L, (Long) s.value());
        GoPanic p = assertThrows(GoPanic.class, () -> Select.select(Select.send(c, 1L)));
        assertEquals("send on closed channel", p.getMessage());
    }

    @Test
    void blockedSelectIsWokenByExactlyOneCase() {
        for (int round = 0; round < 500; round++) {
            Chan<Long> a = Chan.make(0);
            Chan<Long> b = Chan.make(0);
            Chan<Long> result = Chan.make(1);
            Go.go(() -> {
                Selected s = Select.select(Select.recv(a), Select.recv(b));
                result.send(s.index() * 100L + (Long) s.value());
            });
            // Two senders race; exactly one is taken, the other must still be pending.
            Go.go(() -> a.send(1L));
            Go.go(() -> b.send(2L));
            long r = result.recv();
            assertTrue(r == 1 || r == 102, "got " + r);
            // the loser is still blocked: receive it
            if (r == 1) {
                assertEquals(2L, b.recv());
            } else {
                assertEquals(1L, a.recv());
            }
            assertEquals(-1, Select.selectDefault(Select.recv(a), Select.recv(b)).index());
        }
    }

    @Test
    void twoBlockedSelectsMeet() {
        for (int round = 0; round < 200; round++) {
            Chan<Long> c = Chan.make(0);
            Chan<Long> never = Chan.make(0);
            Chan<Long> other = Chan.make(0);
            Chan<Long> got = Chan.make(1);
            Go.go(() -> {
                Selected s = Select.select(Select.recv(c), Select.recv(other));
                got.send((Long) s.value());
            });
            Selected s = Select.select(Select.send(c, 42L), Select.send(never, 0L));
            assertEquals(0, s.index());
            assertEquals(42L, got.recv());
        }
    }

    @Test
    void blockedSelectSendFailsWhenChannelCloses() {
        Chan<Long> c = Chan.make(0);
        Chan<String> result = Chan.make(1);
        Go.go(() -> {
            try {
                Select.select(Select.send(c, 1L), Select.recv(Chan.nil()));
                result.send("sent");
            } catch (GoPanic p) {
                result.send(p.getMessage());
            }
        });
        Threads.sleepMillis(30);
        c.close();
        assertEquals("send on closed channel", result.recv());
    }
}
