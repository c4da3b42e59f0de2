// WithoutCancel's context: the parent's values, never canceled.
package go.context;

import dev.goloom.runtime.Chan;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.Tuple2;
import go.time.Time;

/** Go's {@code withoutCancelCtx}: no deadline, no Done, no Err, no cause; values from the parent. */
final class WithoutCancelContext implements Context, GoStringer {
    /** The parent whose values show through. */
    private final Context parent;

    WithoutCancelContext(Context parent) {
        this.parent = parent;
    }

    @Override public Tuple2<Time, Boolean> Deadline() {
        return new Tuple2<>(new Time(), false);
    }

    @Override public <T> Chan<T> Done() {
        return Chan.nil();
    }

    @Override public GoError Err() {
        return null;
    }

    @Override public Object Value(Object key) {
        return key == CancelContext.KEY ? null : parent.Value(key);
    }

    @Override public String String() {
        return Context_.name(parent) + ".WithoutCancel";
    }
}
