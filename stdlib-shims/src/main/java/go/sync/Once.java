// sync.Once as a Go struct value over the runtime's Once.
package go.sync;

import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Proc0;
import java.util.List;

/**
 * Go's {@code sync.Once}: Do runs f the first time only, even if f panics; callers racing with
 * the first wait for it (as "sync.Mutex.Lock"). A copy carries whether f has run.
 */
public final class Once implements GoStruct<Once> {
    /** The descriptor of sync.Once. */
    public static final GoType.Named TYPE = new GoType.Named("sync", "sync", "Once").define(new GoType.Struct(List.of()));

    /** The runtime once; replaced by {@link #set}. */
    private dev.goloom.runtime.Once once = new dev.goloom.runtime.Once();

    /** The zero value: f has not run. */
    public Once() {}

    public void Do(Proc0 f) {
        once.Do(f::call);
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException("sync.Once has no fields goloom exposes");
    }

    @Override public Once copy() {
        Once c = new Once();
        if (once.isDone()) {
            c.once.Do(() -> {});
        }
        return c;
    }

    @Override public void set(Once v) {
        once = v.copy().once;
    }
}
