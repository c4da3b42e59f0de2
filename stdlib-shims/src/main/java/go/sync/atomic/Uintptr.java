// sync/atomic.Uintptr: an atomic uintptr as a Go struct value.
package go.sync.atomic;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Go's {@code atomic.Uintptr}: every method is one atomic operation of a Java
 * {@link AtomicLong} (sequentially consistent, as Go's atomics are). The zero value is 0.
 * Unsigned arithmetic is the same two's-complement arithmetic on the Java long.
 */
public final class Uintptr implements GoStruct<Uintptr> {
    /** The descriptor of atomic.Uintptr (fmt shows the value as its one field). */
    public static final GoType.Named TYPE = new GoType.Named("sync/atomic", "atomic", "Uintptr").define(
            new GoType.Struct(List.of(new GoType.Field("v", GoType.UINTPTR, false, ""))));

    /** The value. */
    private final AtomicLong v = new AtomicLong();

    /** The zero value. */
    public Uintptr() {}

    public long Load() {
        return v.get();
    }

    public void Store(long val) {
        v.set(val);
    }

    public long Swap(long new_) {
        return v.getAndSet(new_);
    }

    public boolean CompareAndSwap(long old, long new_) {
        return v.compareAndSet(old, new_);
    }

    /** Adds delta and returns the new value. */
    public long Add(long delta) {
        return v.addAndGet(delta);
    }

    /** Bitwise and with mask; returns the old value. */
    public long And(long mask) {
        return v.getAndAccumulate(mask, (a, b) -> a & b);
    }

    /** Bitwise or with mask; returns the old value. */
    public long Or(long mask) {
        return v.getAndAccumulate(mask, (a, b) -> a | b);
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        if (i != 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return new Boxed(GoType.UINTPTR, v.get());
    }

    @Override public Uintptr copy() {
        Uintptr c = new Uintptr();
        c.v.set(v.get());
        return c;
    }

    @Override public void set(Uintptr x) {
        v.set(x.v.get());
    }
}
