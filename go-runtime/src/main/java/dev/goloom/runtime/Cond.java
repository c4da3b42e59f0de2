// sync.Cond on the runtime's parking.
package dev.goloom.runtime;

import java.util.ArrayDeque;

/**
 * Go's sync.Cond. Wait enqueues itself before unlocking L (so a Signal after the unlock is
 * never lost), parks with reason "sync.Cond.Wait", and locks L again. Signal wakes the oldest
 * waiter, Broadcast all.
 */
public final class Cond {
    /** The locker held while observing or changing the condition. */
    public final GoLocker L;
    /** Waiting goroutines, oldest first; guarded by itself. */
    private final ArrayDeque<Goroutine> waiters = new ArrayDeque<>();

    public Cond(GoLocker l) {
        this.L = l;
    }

    public void Wait() {
        Goroutine g = Goroutine.current();
        synchronized (waiters) {
            waiters.addLast(g);
        }
        L.Unlock();
        g.park("sync.Cond.Wait", this);
        L.Lock();
    }

    public void Signal() {
        Goroutine g;
        synchronized (waiters) {
            g = waiters.pollFirst();
        }
        if (g != null) {
            g.ready();
        }
    }

    public void Broadcast() {
        Goroutine[] all;
        synchronized (waiters) {
            all = waiters.toArray(new Goroutine[0]);
            waiters.clear();
        }
        for (Goroutine g : all) {
            g.ready();
        }
    }
}
