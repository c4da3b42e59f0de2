// sync.RWMutex on the runtime's parking: writers exclude readers; a waiting writer holds off new readers.
package dev.goloom.runtime;

import java.util.ArrayDeque;

/**
 * Go's sync.RWMutex, all state under {@code this}. Invariants: {@code writer} and
 * {@code readers > 0} never hold together; while a writer waits, new readers queue behind it
 * (as in Go, so writers cannot starve); Unlock admits all queued readers first, then a writer.
 * Wait reasons are Go's: "sync.RWMutex.RLock", "sync.RWMutex.Lock".
 */
public final class RWMutex implements GoLocker {
    /** Readers holding the lock. */
    private int readers;
    /** Whether a writer holds the lock. */
    private boolean writer;
    /** Readers waiting. */
    private final ArrayDeque<Goroutine> waitingReaders = new ArrayDeque<>();
    /** Writers waiting. */
    private final ArrayDeque<Goroutine> waitingWriters = new ArrayDeque<>();

    @Override
    public void Lock() {
        Goroutine g;
        synchronized (this) {
            if (!writer && readers == 0 && waitingWriters.isEmpty()) {
                writer = true;
                return;
            }
            g = Goroutine.current();
            waitingWriters.addLast(g);
        }
        g.park("sync.RWMutex.Lock", this); // woken as the owner
    }

    /** Whether a writer holds the lock (for sync.RWMutex's value copy). */
    public synchronized boolean isWriteLocked() {
        return writer;
    }

    /** Readers holding the lock now (for sync.RWMutex's value copy). */
    public synchronized int readLocks() {
        return readers;
    }

    public synchronized boolean TryLock() {
        if (!writer && readers == 0) {
            writer = true;
            return true;
        }
        return false;
    }

    @Override
    public void Unlock() {
        Goroutine[] wake;
        synchronized (this) {
            if (!writer) {
                throw Crash.fatal("sync: Unlock of unlocked RWMutex");
            }
            writer = false;
            wake = admitLocked();
        }
        for (Goroutine g : wake) {
            g.ready();
        }
    }

    public void RLock() {
        Goroutine g;
        synchronized (this) {
            if (!writer && waitingWriters.isEmpty()) {
                readers++;
                return;
            }
            g = Goroutine.current();
            waitingReaders.addLast(g);
        }
        g.park("sync.RWMutex.RLock", this); // woken as a reader
    }

    public synchronized boolean TryRLock() {
        if (!writer && waitingWriters.isEmpty()) {
            readers++;
            return true;
        }
        return false;
    }

    public void RUnlock() {
        Goroutine[] wake;
        synchronized (this) {
            if (readers == 0) {
                throw Crash.fatal("sync: RUnlock of unlocked RWMutex");
            }
            readers--;
            wake = readers == 0 ? admitLocked() : new Goroutine[0];
        }
        for (Goroutine g : wake) {
            g.ready();
        }
    }

    /** The lock is free: after a writer, all waiting readers go first; else one writer. */
    private Goroutine[] admitLocked() {
        if (!waitingReaders.isEmpty() && (waitingWriters.isEmpty() || readersFirst)) {
            Goroutine[] rs = waitingReaders.toArray(new Goroutine[0]);
            waitingReaders.clear();
            readers += rs.length;
            readersFirst = false;
            return rs;
        }
        Goroutine w = waitingWriters.pollFirst();
        if (w != null) {
            writer = true;
            readersFirst = true;
            return new Goroutine[] {w};
        }
        return new Goroutine[0];
    }

    /** After a writer's turn, readers that queued behind it go next. */
    private boolean readersFirst;

    /** The Locker whose Lock/Unlock are RLock/RUnlock. */
    public GoLocker RLocker() {
        return new GoLocker() {
            @Override
            public void Lock() {
                RLock();
            }

            @Override
            public void Unlock() {
                RUnlock();
            }
        };
    }
}
