// sync/atomic.Value: an atomically loaded and stored interface value of one consistent type.
package go.sync.atomic;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoEquality;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Go's {@code atomic.Value}. Every value stored must have the dynamic type of the first one;
 * nil and values of another type panic with Go's texts. The dynamic type of an interface value
 * is its {@link Boxed} descriptor, or else its Java class (see Boxed: the class identifies the
 * Go type for every value that is not boxed).
 */
public final class Value implements GoStruct<Value> {
    /** The descriptor of atomic.Value (fmt shows the value as its one field). */
    public static final GoType.Named TYPE = new GoType.Named("sync/atomic", "atomic", "Value").define(
            new GoType.Struct(List.of(new GoType.Field("v", new GoType.Interface(List.of()), false, ""))));

    /** The stored value; null until the first Store. */
    private final AtomicReference<Object> v = new AtomicReference<>();

    /** The zero value: Load returns nil. */
    public Value() {}

    /** The Go dynamic type of a non-nil interface value, as an object compared with equals. */
    private static Object dynamicType(Object x) {
        return x instanceof Boxed b ? b.type() : x.getClass();
    }

    /** Checks that x may be stored next to {@code current}; {@code what} starts Go's message. */
    private static void check(Object current, Object x, String what) {
        if (x == null) {
            throw new GoPanic("sync/atomic: " + what + " of nil value into Value");
        }
        if (current != null && !dynamicType(current).equals(dynamicType(x))) {
            throw new GoPanic("sync/atomic: " + what + " of inconsistently typed value into Value");
        }
    }

    public Object Load() {
        return v.get();
    }

    public void Store(Object val) {
        while (true) {
            Object cur = v.get();
            check(cur, val, "store");
            if (v.compareAndSet(cur, val)) {
                return;
            }
        }
    }

    public Object Swap(Object new_) {
        while (true) {
            Object cur = v.get();
            check(cur, new_, "swap");
            if (v.compareAndSet(cur, new_)) {
                return cur;
            }
        }
    }

    /** Stores new_ if the current value equals old (Go's ==); old may be nil only before the first store. */
    public boolean CompareAndSwap(Object old, Object new_) {
        if (new_ == null) {
            throw new GoPanic("sync/atomic: compare and swap of nil value into Value");
        }
        if (old != null && !dynamicType(old).equals(dynamicType(new_))) {
            throw new GoPanic("sync/atomic: compare and swap of inconsistently typed values");
        }
        while (true) {
            Object cur = v.get();
            if (cur == null) {
                if (old != null) {
                    return false;
                }
            } else {
                if (!dynamicType(cur).equals(dynamicType(new_))) {
                    throw new GoPanic("sync/atomic: compare and swap of inconsistently typed value into Value");
                }
                if (!GoEquality.equal(cur, old)) {
                    return false;
                }
            }
            if (v.compareAndSet(cur, new_)) {
                return true;
            }
        }
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

    @Override public Value copy() {
        Value c = new Value();
        c.v.set(v.get());
        return c;
    }

    @Override public void set(Value x) {
        v.set(x.v.get());
    }
}
