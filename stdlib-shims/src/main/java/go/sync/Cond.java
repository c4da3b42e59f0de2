// sync.Cond as a Go struct value: waiters on the runtime's parking, L a public field as in Go.
package go.sync;

import dev.goloom.runtime.GoLocker;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/**
 * Go's {@code sync.Cond}. {@code L} is a public field that Go code reads and may replace, so
 * the runtime's {@link dev.goloom.runtime.Cond} is given a locker that always goes through the
 * current {@code L}. Wait parks with reason "sync.Cond.Wait". Go panics with
 * "sync.Cond is copied" when a copied Cond is used; goloom's copy is a fresh Cond with the
 * same L (no check).
 */
public final class Cond implements GoStruct<Cond> {
    /** The descriptor of sync.Cond (fmt shows its L). */
    public static final GoType.Named TYPE = new GoType.Named("sync", "sync", "Cond").define(new GoType.Struct(List.of(
            new GoType.Field("L", new GoType.Named("sync", "sync", "Locker").define(
                    new GoType.Interface(List.of("Lock()", "Unlock()"))), false, ""))));

    /** The lock held while observing or changing the condition. */
    public Locker L;
    /** The waiters; unlocks and relocks through the current {@link #L}. */
    private final dev.goloom.runtime.Cond waiters = new dev.goloom.runtime.Cond(new GoLocker() {
        @Override public void Lock() {
            L.Lock();
        }

        @Override public void Unlock() {
            L.Unlock();
        }
    });

    /** The zero value: L is nil. */
    public Cond() {}

    /** {@code sync.Cond{L: l}}. */
    public Cond(Locker L) {
        this.L = L;
    }

    public void Wait() {
        waiters.Wait();
    }

    public void Signal() {
        waiters.Signal();
    }

    public void Broadcast() {
        waiters.Broadcast();
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        if (i != 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return L;
    }

    @Override public Cond copy() {
        return new Cond(L);
    }

    @Override public void set(Cond v) {
        L = v.L;
    }
}
