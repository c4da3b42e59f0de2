// sync/atomic.Uint32: an atomic uint32 as a Go struct value.
package go.sync.atomic;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Go's {@code atomic.Uint32}: every method is one atomic operation of a Java
 * {@link AtomicInteger} (sequentially consistent, as Go's atomics are). The zero value is 0.
 * Unsigned arithmetic is the same two's-complement arithmetic on the Java int.
 */
public final class Uint32 implements GoStruct<Uint32> {
    /** The descriptor of atomic.Uint32 (fmt shows the value as its one field). */
    public static final GoType.Named TYPE = new GoType.Named("sync/atomic", "atomic", "Uint32").define(
            new GoType.Struct(List.of(new GoType.Field("v", GoType.UINT32, false, ""))));

    /** The value. */
    private final AtomicInteger v = new AtomicInteger();

    /** The zero value. */
    public Uint32() {}

    public int Load() {
        return v.get();
    }

    public void Store(int val) {
        v.set(val);
    }

    public int Swap(int new_) {
        return v.getAndSet(new_);
    }

    public boolean CompareAndSwap(int old, int new_) {
        return v.compareAndSet(old, new_);
    }

    /** Adds delta and returns the new value. */
    public int Add(int delta) {
        return v.addAndGet(delta);
    }

    /** Bitwise and with mask; returns the old value. */
    public int And(int mask) {
        return v.getAndAccumulate(mask, (a, b) -> a & b);
    }

    /** Bitwise or with mask; returns the old value. */
    public int Or(int mask) {
        return v.getAndAccumulate(mask, (a, b) -> a | b);
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        if (i != 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return new Boxed(GoType.UINT32, v.get());
    }

    @Override public Uint32 copy() {
        Uint32 c = new Uint32();
        c.v.set(v.get());
        return c;
    }

    @Override public void set(Uint32 x) {
        v.set(x.v.get());
    }
}
