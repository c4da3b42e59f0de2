// Channel semantics from the Go specification: unbuffered, buffered, nil, closed, len/cap, panic texts.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChanTest {
    @Test
    void unbufferedSendWaitsForReceiver() {
        Chan<Long> c = Chan.make(0);
        Chan<Long> done = Chan.make(0);
        List<String> log = Collections.synchronizedList(new ArrayList<>());
        Go.go(() -> {
            c.send(1L);
            log.add("sent");
            done.send(0L);
        });
        Threads.sleepMillis(50);
        assertTrue(log.isEmpty(), "an unbuffered send completes only with a receiver");
        assertEquals(1L, c.recv());
        done.recv();
        assertEquals(List.of("sent"), log);
    }

    @Test
    void bufferedChannelFillsInOrderAndReportsLenCap() {
        Chan<Long> c = Chan.make(3);
        c.send(1L);
        c.send(2L);
        assertEquals(2, c.len());
        assertEquals(3, c.cap());
        c.send(3L);
        assertEquals(1L, c.recv());
        c.send(4L);
        assertEquals(2L, c.recv());
        assertEquals(3L, c.recv());
        assertEquals(4L, c.recv());
        assertEquals(0, c.len());
    }

    @Test
    void closedChannelDrainsThenYieldsZeroAndNotOk() {
        Chan<Long> c = Chan.make(2, 0L);
        c.send(7L);
        c.close();
        Chan.Received<Long> r = c.recv2();
        assertEquals(7L, r.value());
        assertTrue(r.ok());
        r = c.recv2();
        assertEquals(0L, r.value());
        assertFalse(r.ok());
        assertEquals(0L, c.recv());
    }

    @Test
    void panicTextsAreGos() {
        Chan<Long> c = Chan.make(1);
        c.close();
        // Go: "send on closed channel", "close of closed channel", "close of nil channel"
        assertEquals("send on closed channel", assertThrows(GoPanic.class, () -> c.send(1L)).getMessage());
        assertEquals("close of closed channel", assertThrows(GoPanic.class, c::close).getMessage());
        assertEquals("close of nil channel", assertThrows(GoPanic.class, () -> Chan.nil().close()).getMessage());
        assertEquals("makechan: size out of range", assertThrows(GoPanic.class, () -> Chan.make(-1)).getMessage());
        assertTrue(assertThrows(GoPanic.class, () -> c.send(1L)).value() instanceof RuntimeError);
    }

    @Test
    void nilChannelHasNoLengthAndIsNotNull() {
        Chan<String> n = Chan.nil();
        assertTrue(n.isNil());
        assertEquals(0, n.len());
        assertEquals(0, n.cap());
        assertFalse(Chan.make(0).isNil());
    }

    @Test
    void closeWakesBlockedReceiversWithZeroAndSendersWithPanic() {
        Chan<String> c = Chan.make(0);
        WaitGroup wg = new WaitGroup();
        List<String> seen = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) {
            wg.Add(1);
            Go.go(() -> {
                Chan.Received<String> r = c.recv2();
                seen.add("recv " + r.value() + " " + r.ok());
                wg.Done();
            });
        }
        Threads.sleepMillis(50);
        c.close();
        wg.Wait();
        assertEquals(Collections.nCopies(5, "recv null false"), seen);

        Chan<String> d = Chan.make(0);
        List<String> panics = Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < 5; i++) {
            wg.Add(1);
            Go.go(() -> {
                try {
                    d.send("x");
                } catch (GoPanic p) {
                    panics.add(p.getMessage());
                }
                wg.Done();
            });
        }
        Threads.sleepMillis(50);
        d.close();
        wg.Wait();
        assertEquals(Collections.nCopies(5, "send on closed channel"), panics);
    }

    @Test
    void closeWhileBlockedRacesLoseNothing() {
        // Many rounds of: receivers and senders block, then the channel is closed under them.
        for (int round = 0; round < 200; round++) {
            Chan<Long> c = Chan.make(round % 3);
            WaitGroup wg = new WaitGroup();
            long[] received = new long[1];
            long[] sent = new long[1];
            long[] senderPanics = new long[1];
            for (int i = 0; i < 4; i++) {
                wg.Add(2);
                Go.go(() -> {
                    Chan.Received<Long> r;
                    while ((r = c.recv2()).ok()) {
                        synchronized (received) {
                            received[0] += r.value();
                        }
                    }
                    wg.Done();
                });
                Go.go(() -> {
                    try {
                        c.send(1L);
                        synchronized (sent) {
                            sent[0]++;
                        }
                    } catch (GoPanic p) {
                        synchronized (senderPanics) {
                            senderPanics[0]++;
                        }
                    }
                    wg.Done();
                });
            }
            Go.Gosched();
            c.close();
            wg.Wait();
            assertEquals(sent[0], received[0], "every completed send is received exactly once");
            assertEquals(4, sent[0] + senderPanics[0]);
        }
    }

    @Test
    void recvFromNilReturnsNullWhenTypeHasNoZero() {
        Chan<String> c = Chan.make(0);
        c.close();
        assertNull(c.recv());
    }
}
