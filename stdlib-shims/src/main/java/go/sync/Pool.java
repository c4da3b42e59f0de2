// sync.Pool: a set of temporary objects, with Go's New field.
package go.sync;

import dev.goloom.runtime.Func0;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;

/**
 * Go's {@code sync.Pool}. Get returns the most recently Put object (Go's per-P private slot
 * makes a Put followed by a Get in the same goroutine return that object), else New's result,
 * else nil. Go may drop pooled objects at any garbage collection; goloom keeps them, which is
 * one of the behaviours Go allows.
 */
public final class Pool implements GoStruct<Pool> {
    /** The descriptor of sync.Pool (fmt shows New only). */
    public static final GoType.Named TYPE = new GoType.Named("sync", "sync", "Pool").define(new GoType.Struct(List.of(
            new GoType.Field("New", new GoType.Func(List.of(), List.of(new GoType.Interface(List.of())), false), false, ""))));

    /** Makes a value when the pool is empty; may be nil. */
    public Func0<Object> New;
    /** Pooled objects, most recent last. */
    private ConcurrentLinkedDeque<Object> items = new ConcurrentLinkedDeque<>();

    /** The zero value: empty, New nil. */
    public Pool() {}

    /** {@code sync.Pool{New: f}}. */
    public Pool(Func0<Object> New) {
        this.New = New;
    }

    public Object Get() {
        Object x = items.pollLast();
        if (x == null && New != null) {
            x = New.call();
        }
        return x;
    }

    public void Put(Object x) {
        if (x != null) {
            items.addLast(x);
        }
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        if (i != 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return New;
    }

    @Override public Pool copy() {
        Pool c = new Pool(New);
        c.items = new ConcurrentLinkedDeque<>(items);
        return c;
    }

    @Override public void set(Pool v) {
        New = v.New;
        items = new ConcurrentLinkedDeque<>(v.items);
    }
}
