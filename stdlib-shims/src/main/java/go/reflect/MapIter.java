// reflect.MapIter: iteration over a map Value (Value.MapRange), in the map's iteration order.
package go.reflect;

import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/** Go's {@code *reflect.MapIter}: Next advances, Key and Value read the current entry. */
public final class MapIter implements GoStruct<MapIter> {
    /** The descriptor of reflect.MapIter. */
    public static final GoType.Named TYPE = new GoType.Named("reflect", "reflect", "MapIter").define(new GoType.Struct(List.of()));

    /** The map Value iterated; the zero Value before Reset. */
    private Value map = new Value();
    /** The entries still to come; null before the first Next. */
    private Iterator<? extends Map.Entry<?, ?>> entries;
    /** The current entry; null before the first Next and after the last. */
    private Map.Entry<?, ?> current;
    /** Whether Next has returned false. */
    private boolean done;

    public MapIter() {}

    MapIter(Value map) {
        this.map = map;
    }

    public boolean Next() {
        if (!map.IsValid()) {
            throw new GoPanic("MapIter.Next called on an iterator that does not have an associated map Value");
        }
        if (done) {
            throw new GoPanic("MapIter.Next called on exhausted iterator");
        }
        if (entries == null) {
            GoMap<?, ?> m = (GoMap<?, ?>) map.repr;
            entries = m == null ? java.util.Collections.emptyIterator() : m.iterator();
        }
        if (entries.hasNext()) {
            current = entries.next();
            return true;
        }
        current = null;
        done = true;
        return false;
    }

    public Value Key() {
        if (current == null) {
            throw new GoPanic("MapIter.Key called before Next");
        }
        return Value.of(((GoType.Map) map.type.underlying()).key(), current.getKey());
    }

    public Value Value() {
        if (current == null) {
            throw new GoPanic("MapIter.Value called before Next");
        }
        return go.reflect.Value.of(((GoType.Map) map.type.underlying()).value(), current.getValue());
    }

    public void Reset(Value v) {
        map = v;
        entries = null;
        current = null;
        done = false;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override public MapIter copy() {
        MapIter c = new MapIter(map);
        c.entries = entries;
        c.current = current;
        c.done = done;
        return c;
    }
}
