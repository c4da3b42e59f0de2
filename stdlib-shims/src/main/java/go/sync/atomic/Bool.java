// sync/atomic.Bool: an atomic bool as a Go struct value.
package go.sync.atomic;

import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

/** Go's {@code atomic.Bool} on a Java {@link AtomicBoolean}. The zero value is false. */
public final class Bool implements GoStruct<Bool> {
    /** The descriptor of atomic.Bool (fmt shows the value as its one field). */
    public static final GoType.Named TYPE = new GoType.Named("sync/atomic", "atomic", "Bool").define(
            new GoType.Struct(List.of(new GoType.Field("v", GoType.BOOL, false, ""))));

    /** The value. */
    private final AtomicBoolean v = new AtomicBoolean();

    /** The zero value. */
    public Bool() {}

    public boolean Load() {
        return v.get();
    }

    public void Store(boolean val) {
        v.set(val);
    }

    public boolean Swap(boolean new_) {
        return v.getAndSet(new_);
    }

    public boolean CompareAndSwap(boolean old, boolean new_) {
        return v.compareAndSet(old, new_);
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        if (i != 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return v.get();
    }

    @Override public Bool copy() {
        Bool c = new Bool();
        c.v.set(v.get());
        return c;
    }

    @Override public void set(Bool x) {
        v.set(x.v.get());
    }
}
