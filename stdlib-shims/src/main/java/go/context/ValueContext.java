// WithValue's context: one key-value pair on top of a parent.
package go.context;

import dev.goloom.runtime.Chan;
import dev.goloom.runtime.GoEquality;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.Tuple2;
import go.time.Time;

/** Go's {@code valueCtx}: Value compares keys with Go's == and asks the parent otherwise. */
final class ValueContext implements Context, GoStringer {
    /** The parent. */
    private final Context parent;
    /** The key (comparable, non-nil). */
    private final Object key;
    /** The value for key. */
    private final Object value;

    ValueContext(Context parent, Object key, Object value) {
        this.parent = parent;
        this.key = key;
        this.value = value;
    }

    @Override public Tuple2<Time, Boolean> Deadline() {
        return parent.Deadline();
    }

    @Override public <T> Chan<T> Done() {
        return parent.Done();
    }

    @Override public GoError Err() {
        return parent.Err();
    }

    @Override public Object Value(Object k) {
        if (k != CancelContext.KEY && GoEquality.equal(key, k)) {
            return value;
        }
        return parent.Value(k);
    }

    @Override public String String() {
        return Context_.name(parent) + ".WithValue(" + Context_.stringify(key) + ", " + Context_.stringify(value) + ")";
    }
}
