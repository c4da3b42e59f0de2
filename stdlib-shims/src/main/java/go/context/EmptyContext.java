// Background and TODO: contexts that are never canceled, have no deadline and no values.
package go.context;

import dev.goloom.runtime.Chan;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.Tuple2;
import go.time.Time;

/** Go's {@code backgroundCtx} and {@code todoCtx}: Done is the nil channel. */
final class EmptyContext implements Context, GoStringer {
    /** context.Background(). */
    static final EmptyContext BACKGROUND = new EmptyContext("context.Background");
    /** context.TODO(). */
    static final EmptyContext TODO = new EmptyContext("context.TODO");

    /** What String returns. */
    private final String name;

    private EmptyContext(String name) {
        this.name = name;
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
        return null;
    }

    @Override public String String() {
        return name;
    }
}
