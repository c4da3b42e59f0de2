// sync/atomic.Int64: an atomic int64 as a Go struct value.
package go.sync.atomic;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Go's {@code atomic.Int64}: every method is one atomic operation of a Java
 * {@link AtomicLong} (sequentially consistent, as Go's atomics are). The zero value is 0.
 */
public final class Int64 implements GoStruct<Int64> {
    /** The descriptor of atomic.Int64 (fmt shows the value as its one field). */
    public static final GoType.Named TYPE = new GoType.Named("sync/atomic", "atomic", "Int64").define(
            new GoType.Struct(List.of(new GoType.Field("v", GoType.INT64, false, ""))));

    /** The value. */
    private final AtomicLong v = new AtomicLong();

    /** The zero value. */
    public Int64() {}

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
        return new Boxed(GoType.INT64, v.get());
    }

    @Override public Int64 copy() {
        Int64 c = new Int64();
        c.v.set(v.get());
        return c;
    }

    @Override public void set(Int64 x) {
        v.set(x.v.get());
    }
}
