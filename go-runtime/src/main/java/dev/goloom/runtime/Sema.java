// A counting semaphore with FIFO hand-off (Go's runtime semacquire/semrelease) that deadlock detection sees.
package dev.goloom.runtime;

import java.util.ArrayDeque;

/**
 * The parking primitive that sync shims build on. {@link #acquire(String)} takes a unit or
 * parks with Go's wait reason ("semacquire", "sync.Mutex.Lock", ...); {@link #release()} hands
 * a unit directly to the oldest waiter, so a released unit can never be stolen by a newcomer
 * while someone waits.
 *
 * <p>Invariant (under {@code this}): {@code count > 0} implies {@code waiters} is empty.
 */
public final class Sema {
    /** Units available. */
    private long count;
    /** Parked goroutines, oldest first. */
    private final ArrayDeque<Goroutine> waiters = new ArrayDeque<>();

    public Sema() {}

    public Sema(long initial) {
        this.count = initial;
    }

    /** Takes one unit, parking with {@code reason} while there is none. */
    public void acquire(String reason) {
        Goroutine g;
        synchronized (this) {
            if (count > 0) {
                count--;
                return;
            }
            g = Goroutine.current();
            waiters.addLast(g);
        }
        g.park(reason, this); // woken with the unit handed to us
    }

    /** Takes a unit if one is available. */
    public synchronized boolean tryAcquire() {
        if (count > 0) {
            count--;
            return true;
        }
        return false;
    }

    /** Adds one unit: wakes the oldest waiter with it, or keeps it. */
    public void release() {
        Goroutine g;
        synchronized (this) {
            g = waiters.pollFirst();
            if (g == null) {
                count++;
                return;
            }
        }
        g.ready();
    }

    /** Wakes every waiter (each gets a unit) and returns how many there were. */
    public int releaseAll() {
        Goroutine[] all;
        synchronized (this) {
            all = waiters.toArray(new Goroutine[0]);
            waiters.clear();
        }
        for (Goroutine g : all) {
            g.ready();
        }
        return all.length;
    }

    /** Waiters now (for diagnostics and tests). */
    public synchronized int waiting() {
        return waiters.size();
    }
}
