// sync.Mutex as a Go struct value: the runtime's parking mutex, with Go's value copy.
package go.sync;

import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/**
 * Go's {@code sync.Mutex}. The zero value ({@code new Mutex()}) is unlocked. Blocking goes
 * through the runtime's {@link dev.goloom.runtime.Mutex}, so deadlock detection sees it (wait
 * reason "sync.Mutex.Lock"). Copying a Mutex (Go's assignment) copies its locked state, as
 * Go's struct copy does; waiters are not copied. fmt prints it as {@code {}} (Go prints its
 * internal fields, which no program relies on).
 */
public final class Mutex implements GoStruct<Mutex>, Locker {
    /** The descriptor of sync.Mutex. */
    public static final GoType.Named TYPE = new GoType.Named("sync", "sync", "Mutex").define(new GoType.Struct(List.of()));

    /** The runtime mutex holding the state; replaced by {@link #set}. */
    private dev.goloom.runtime.Mutex m = new dev.goloom.runtime.Mutex();

    /** The zero value: unlocked. */
    public Mutex() {}

    @Override public void Lock() {
        m.Lock();
    }

    @Override public void Unlock() {
        m.Unlock();
    }

    public boolean TryLock() {
        return m.TryLock();
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException("sync.Mutex has no fields goloom exposes");
    }

    @Override public Mutex copy() {
        Mutex c = new Mutex();
        if (m.isLocked()) {
            c.m.TryLock();
        }
        return c;
    }

    @Override public void set(Mutex v) {
        m = v.copy().m;
    }
}
