// sync.RWMutex as a Go struct value: the runtime's reader/writer lock, with Go's value copy.
package go.sync;

import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/**
 * Go's {@code sync.RWMutex} over the runtime's {@link dev.goloom.runtime.RWMutex} (wait reasons
 * "sync.RWMutex.Lock" and "sync.RWMutex.RLock"). A copy carries the lock state (writer or
 * reader count), not the waiters.
 */
public final class RWMutex implements GoStruct<RWMutex>, Locker {
    /** The descriptor of sync.RWMutex. */
    public static final GoType.Named TYPE = new GoType.Named("sync", "sync", "RWMutex").define(new GoType.Struct(List.of()));

    /** The runtime lock holding the state; replaced by {@link #set}. */
    private dev.goloom.runtime.RWMutex m = new dev.goloom.runtime.RWMutex();

    /** The zero value: unlocked. */
    public RWMutex() {}

    @Override public void Lock() {
        m.Lock();
    }

    @Override public void Unlock() {
        m.Unlock();
    }

    public boolean TryLock() {
        return m.TryLock();
    }

    public void RLock() {
        m.RLock();
    }

    public void RUnlock() {
        m.RUnlock();
    }

    public boolean TryRLock() {
        return m.TryRLock();
    }

    /** A Locker whose Lock and Unlock are this lock's RLock and RUnlock. */
    public Locker RLocker() {
        dev.goloom.runtime.RWMutex lock = m;
        return new Locker() {
            @Override public void Lock() {
                lock.RLock();
            }

            @Override public void Unlock() {
                lock.RUnlock();
            }
        };
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException("sync.RWMutex has no fields goloom exposes");
    }

    @Override public RWMutex copy() {
        RWMutex c = new RWMutex();
        if (m.isWriteLocked()) {
            c.m.TryLock();
        }
        for (int i = m.readLocks(); i > 0; i--) {
            c.m.TryRLock();
        }
        return c;
    }

    @Override public void set(RWMutex v) {
        m = v.copy().m;
    }
}
