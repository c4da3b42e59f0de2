// time.Ticker: a periodic timer on the runtime's timers, sending the time on C.
package go.time;

import dev.goloom.runtime.Chan;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.RuntimeTimer;
import java.util.List;

/**
 * Go's {@code time.Ticker}: ticks every period, dropping ticks a slow receiver misses (the
 * runtime's {@link RuntimeTimer}). Stop on a zero Ticker does nothing, Reset panics, as in Go.
 */
public final class Ticker implements GoStruct<Ticker> {
    /** The descriptor of time.Ticker (fmt shows C). */
    public static final GoType.Named TYPE = new GoType.Named("time", "time", "Ticker").define(new GoType.Struct(List.of(
            new GoType.Field("C", new GoType.Chan(2, Time.TYPE), false, ""))));

    /** The channel on which the ticks are delivered. */
    public Chan<Time> C = Chan.nil();
    /** The runtime timer; null in a zero Ticker. */
    private RuntimeTimer timer;

    /** The zero value: not a working ticker. */
    public Ticker() {}

    Ticker(RuntimeTimer timer, Chan<Time> c) {
        this.timer = timer;
        this.C = c;
    }

    public void Stop() {
        if (timer != null) {
            timer.stop();
        }
    }

    /** Stops the ticker and restarts it with period d (> 0). */
    public void Reset(long d) {
        if (d <= 0) {
            throw new GoPanic("non-positive interval for Ticker.Reset");
        }
        if (timer == null) {
            throw new GoPanic("time: Reset called on uninitialized Ticker");
        }
        timer.resetTicker(d);
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        if (i != 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return new dev.goloom.runtime.Boxed(new GoType.Chan(2, Time.TYPE), C);
    }

    @Override public Ticker copy() {
        return new Ticker(timer, C);
    }

    @Override public void set(Ticker v) {
        timer = v.timer;
        C = v.C;
    }
}
