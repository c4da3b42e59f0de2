// time.Timer: a one-shot timer on the runtime's timers, sending the time on C (or running a func).
package go.time;

import dev.goloom.runtime.Chan;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.RuntimeTimer;
import java.util.List;

/**
 * Go's {@code time.Timer} with Go 1.23 semantics (the runtime's {@link RuntimeTimer}): C is
 * unbuffered as far as a program can tell, Stop and Reset discard an undelivered value. A
 * Timer made by AfterFunc has a nil C. Stop and Reset on a zero Timer panic as in Go.
 */
public final class Timer implements GoStruct<Timer> {
    /** The descriptor of time.Timer (fmt shows C). */
    public static final GoType.Named TYPE = new GoType.Named("time", "time", "Timer").define(new GoType.Struct(List.of(
            new GoType.Field("C", new GoType.Chan(2, Time.TYPE), false, ""))));

    /** The channel on which the time is delivered. */
    public Chan<Time> C = Chan.nil();
    /** The runtime timer; null in a zero Timer. */
    private RuntimeTimer timer;

    /** The zero value: not a working timer. */
    public Timer() {}

    Timer(RuntimeTimer timer, Chan<Time> c) {
        this.timer = timer;
        this.C = c;
    }

    /** Stops the timer; true if this stopped it before it fired (or before its value was received). */
    public boolean Stop() {
        if (timer == null) {
            throw new GoPanic("time: Stop called on uninitialized Timer");
        }
        return timer.stop();
    }

    /** Re-arms the timer for d; true as for Stop. */
    public boolean Reset(long d) {
        if (timer == null) {
            throw new GoPanic("time: Reset called on uninitialized Timer");
        }
        return timer.reset(d);
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

    @Override public Timer copy() {
        return new Timer(timer, C);
    }

    @Override public void set(Timer v) {
        timer = v.timer;
        C = v.C;
    }
}
