// sync.Map: a concurrent map[any]any whose operations never block a goroutine for long.
package go.sync;

import dev.goloom.runtime.Func2;
import dev.goloom.runtime.GoEquality;
import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Tuple2;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code sync.Map}. Keys compare with Go's equality ({@link GoMap} does the hashing, so an
 * unhashable key panics as in a Go map). Every operation holds the Java monitor only for a few
 * map steps and never while calling user code: Range copies the entries first, then calls f
 * without the lock (Go's Range also tolerates concurrent changes). Range visits keys in
 * insertion order, one of the orders Go allows.
 */
public final class Map implements GoStruct<Map> {
    /** The descriptor of sync.Map. */
    public static final GoType.Named TYPE = new GoType.Named("sync", "sync", "Map").define(new GoType.Struct(List.of()));

    /** The entries; guarded by this. */
    private GoMap<Object, Object> entries = GoMap.make();

    /** The zero value: empty. */
    public Map() {}

    public synchronized Tuple2<Object, Boolean> Load(Object key) {
        var e = entries.lookup(key);
        return e == null ? new Tuple2<>(null, false) : new Tuple2<>(e.getValue(), true);
    }

    public synchronized void Store(Object key, Object value) {
        entries.put(key, value);
    }

    public synchronized Tuple2<Object, Boolean> LoadOrStore(Object key, Object value) {
        var e = entries.lookup(key);
        if (e != null) {
            return new Tuple2<>(e.getValue(), true);
        }
        entries.put(key, value);
        return new Tuple2<>(value, false);
    }

    public synchronized Tuple2<Object, Boolean> LoadAndDelete(Object key) {
        var e = entries.lookup(key);
        if (e == null) {
            return new Tuple2<>(null, false);
        }
        Object v = e.getValue();
        entries.delete(key);
        return new Tuple2<>(v, true);
    }

    public synchronized void Delete(Object key) {
        entries.delete(key);
    }

    public synchronized Tuple2<Object, Boolean> Swap(Object key, Object value) {
        var e = entries.lookup(key);
        Object previous = e == null ? null : e.getValue();
        entries.put(key, value);
        return new Tuple2<>(previous, e != null);
    }

    public synchronized boolean CompareAndSwap(Object key, Object old, Object new_) {
        var e = entries.lookup(key);
        if (e == null || !GoEquality.equal(e.getValue(), old)) {
            return false;
        }
        entries.put(key, new_);
        return true;
    }

    public synchronized boolean CompareAndDelete(Object key, Object old) {
        var e = entries.lookup(key);
        if (e == null || !GoEquality.equal(e.getValue(), old)) {
            return false;
        }
        entries.delete(key);
        return true;
    }

    /** Calls f for each entry until it returns false. */
    public void Range(Func2<Object, Object, Boolean> f) {
        List<Object[]> snapshot = new ArrayList<>();
        synchronized (this) {
            for (var e : entries) {
                snapshot.add(new Object[] {e.getKey(), e.getValue()});
            }
        }
        for (Object[] kv : snapshot) {
            if (!f.call(kv[0], kv[1])) {
                return;
            }
        }
    }

    public synchronized void Clear() {
        entries.clear();
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException("sync.Map has no fields goloom exposes");
    }

    @Override public synchronized Map copy() {
        Map c = new Map();
        for (var e : entries) {
            c.entries.put(e.getKey(), e.getValue());
        }
        return c;
    }

    @Override public void set(Map v) {
        Map c = v.copy();
        synchronized (this) {
            entries = c.entries;
        }
    }
}
