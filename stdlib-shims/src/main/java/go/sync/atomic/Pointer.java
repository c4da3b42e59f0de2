// sync/atomic.Pointer[T]: an atomic *T, as a Java generic class.
package go.sync.atomic;

import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Go's {@code atomic.Pointer[T]}. A Go pointer to a struct is the struct object, so {@code T}
 * here is the Java type of {@code *T} and comparison is identity (Go's pointer ==). Not in the
 * API file until the checker has generics.
 */
public final class Pointer<T> implements GoStruct<Pointer<T>> {
    /** The descriptor of the generic type (instantiations are not distinguished yet). */
    public static final GoType.Named TYPE = new GoType.Named("sync/atomic", "atomic", "Pointer").define(
            new GoType.Struct(List.of()));

    /** The pointer; null is nil. */
    private final AtomicReference<T> v = new AtomicReference<>();

    /** The zero value: nil. */
    public Pointer() {}

    public T Load() {
        return v.get();
    }

    public void Store(T val) {
        v.set(val);
    }

    public T Swap(T new_) {
        return v.getAndSet(new_);
    }

    /** Compares by identity, as Go compares pointers. */
    public boolean CompareAndSwap(T old, T new_) {
        return v.compareAndSet(old, new_);
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override public Pointer<T> copy() {
        Pointer<T> c = new Pointer<>();
        c.v.set(v.get());
        return c;
    }

    @Override public void set(Pointer<T> x) {
        v.set(x.v.get());
    }
}
