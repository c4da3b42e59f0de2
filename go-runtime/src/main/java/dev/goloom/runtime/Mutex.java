// sync.Mutex on the runtime's parking: a CAS fast path, FIFO hand-off when contended.
package dev.goloom.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go's sync.Mutex. Invariants: {@code state} is 0 (unlocked), 1 (locked, no waiters) or 2
 * (locked, maybe waiters); a goroutine enters {@code waiters} only while holding
 * {@code waiters}' monitor and after setting state 2, and the slow unlock decides under the
 * same monitor, so no waiter is missed. Unlock of a contended mutex hands ownership straight
 * to the oldest waiter (state stays 2): waiters cannot starve. Blocked goroutines park with
 * reason "sync.Mutex.Lock". Unlocking an unlocked mutex is Go's fatal error
 * "sync: unlock of unlocked mutex".
 */
public final class Mutex implements GoLocker {
    /** 0 free, 1 held, 2 held with possible waiters. */
    private final AtomicInteger state = new AtomicInteger();
    /** Goroutines waiting for ownership, oldest first; also the monitor of the slow paths. */
    private final ArrayDeque<Goroutine> waiters = new ArrayDeque<>();

    @Override
    public void Lock() {
        if (state.compareAndSet(0, 1)) {
            return;
        }
        Goroutine g;
        synchronized (waiters) {
            if (state.getAndSet(2) == 0) {
                return; // it was free after all; state 2 is merely conservative
            }
            g = Goroutine.current();
            waiters.addLast(g);
        }
        g.park("sync.Mutex.Lock", this); // woken as the owner
    }

    /** Whether the mutex is held now (for sync.Mutex's value copy, which copies the locked state). */
    public boolean isLocked() {
        return state.get() != 0;
    }

    public boolean TryLock() {
        return state.compareAndSet(0, 1);
    }

    @Override
    public void Unlock() {
        if (state.compareAndSet(1, 0)) {
            return;
        }
        Goroutine next;
        synchronized (waiters) {
            if (state.get() == 0) {
                throw Crash.fatal("sync: unlock of unlocked mutex");
            }
            next = waiters.pollFirst();
            if (next == null) {
                state.set(0);
                return;
            }
        }
        next.ready();
    }
}
