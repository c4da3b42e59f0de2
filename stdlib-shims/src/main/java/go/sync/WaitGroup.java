// sync.WaitGroup as a Go struct value over the runtime's WaitGroup.
package go.sync;

import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Proc0;
import java.util.List;

/**
 * Go's {@code sync.WaitGroup} over the runtime's {@link dev.goloom.runtime.WaitGroup} (wait
 * reason "sync.WaitGroup.Wait"; "sync: negative WaitGroup counter" panics). A copy carries the
 * counter, not the waiters.
 */
public final class WaitGroup implements GoStruct<WaitGroup> {
    /** The descriptor of sync.WaitGroup. */
    public static final GoType.Named TYPE = new GoType.Named("sync", "sync", "WaitGroup").define(new GoType.Struct(List.of()));

    /** The runtime wait group holding the counter; replaced by {@link #set}. */
    private dev.goloom.runtime.WaitGroup wg = new dev.goloom.runtime.WaitGroup();

    /** The zero value: counter 0. */
    public WaitGroup() {}

    public void Add(long delta) {
        wg.Add(delta);
    }

    public void Done() {
        wg.Done();
    }

    public void Wait() {
        wg.Wait();
    }

    /** WaitGroup.Go (Go 1.25): Add(1), then f in a new goroutine, Done when f returns. */
    public void Go(Proc0 f) {
        wg.Go(f::call);
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException("sync.WaitGroup has no fields goloom exposes");
    }

    @Override public WaitGroup copy() {
        WaitGroup c = new WaitGroup();
        long n = wg.counter();
        if (n != 0) {
            c.wg.Add(n);
        }
        return c;
    }

    @Override public void set(WaitGroup v) {
        wg = v.copy().wg;
    }
}
