// sync.WaitGroup on the runtime's parking.
package dev.goloom.runtime;

import java.util.ArrayDeque;

/**
 * Go's sync.WaitGroup. Invariant (under {@code this}): waiters exist only while the counter
 * is positive; the Add that brings it to zero wakes them all. A negative counter panics with
 * Go's "sync: negative WaitGroup counter"; Wait parks with reason "sync.WaitGroup.Wait".
 */
public final class WaitGroup {
    /** The counter. */
    private long counter;
    /** Goroutines in Wait. */
    private final ArrayDeque<Goroutine> waiters = new ArrayDeque<>();

    public void Add(long delta) {
        Goroutine[] wake;
        synchronized (this) {
            counter += delta;
            if (counter < 0) {
                throw new GoPanic("sync: negative WaitGroup counter");
            }
            if (counter > 0 || waiters.isEmpty()) {
                return;
            }
            wake = waiters.toArray(new Goroutine[0]);
            waiters.clear();
        }
        for (Goroutine g : wake) {
            g.ready();
        }
    }

    /** The counter now (for sync.WaitGroup's value copy). */
    public synchronized long counter() {
        return counter;
    }

    public void Done() {
        Add(-1);
    }

    public void Wait() {
        Goroutine g;
        synchronized (this) {
            if (counter == 0) {
                return;
            }
            g = Goroutine.current();
            waiters.addLast(g);
        }
        g.park("sync.WaitGroup.Wait", this);
    }

    /** WaitGroup.Go (Go 1.25): Add(1), run f in a new goroutine, Done when it returns. */
    public void Go(Runnable f) {
        Add(1);
        dev.goloom.runtime.Go.go(() -> {
            try {
                f.run();
            } finally {
                Done();
            }
        });
    }
}
