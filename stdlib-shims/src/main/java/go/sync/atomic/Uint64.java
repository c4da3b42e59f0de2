// sync/atomic.Uint64: an atomic uint64 as a Go struct value.
package go.sync.atomic;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Go's {@code atomic.Uint64}: every method is one atomic operation of a Java
 * {@link AtomicLong} (sequentially consistent, as Go's atomics are). The zero value is 0.
 * Unsigned arithmetic is the same two's-complement arithmetic on the Java long.
 */
public final class Uint64 implements GoStruct<Uint64> {
    /** The descriptor of atomic.Uint64 (fmt shows the value as its one field). */
    public static final GoType.Named TYPE = new GoType.Named("sync/atomic", "atomic", "Uint64").define(
            new GoType.Struct(List.of(new GoType.Field("v", GoType.UINT64, false, ""))));

    /** The value. */
    private final AtomicLong v = new AtomicLong();

    /** The zero value. */
    public Uint64() {}

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
        return new Boxed(GoType.UINT64, v.get());
    }

    @Override public Uint64 copy() {
        Uint64 c = new Uint64();
        c.v.set(v.get());
        return c;
    }

    @Override public void set(Uint64 x) {
        v.set(x.v.get());
    }
}
