// Go's checkdead: "all goroutines are asleep - deadlock!" when nothing can ever run again.
package dev.goloom.runtime;

import java.util.List;

/**
 * Called when {@link Liveness} drops to zero. Reports only while a Go program runs
 * ({@link GoProgram#run}): in a library or a test, threads the runtime does not know may still
 * wake goroutines. Before reporting it looks for a goroutine parked on the channel of an armed
 * timer (that timer will wake it), and it confirms that no wake-up happened meanwhile by
 * comparing {@link Liveness#snapshot()} before and after.
 */
final class Deadlock {
    private Deadlock() {}

    /** Set by GoProgram.run: deadlocks end the program. */
    static volatile boolean enabled;
    /** Set when main.main called runtime.Goexit: the report then says so. */
    static volatile boolean mainGoexited;

    private static final Object LOCK = new Object();

    static void check() {
        if (!enabled) {
            return;
        }
        synchronized (LOCK) {
            long before = Liveness.snapshot();
            if (Liveness.count(before) != 0) {
                return;
            }
            List<Goroutine> all = Goroutine.all();
            for (Goroutine g : all) {
                if (waitsOnArmedTimer(g.waitingOn)) {
                    return;
                }
            }
            if (Liveness.snapshot() != before) {
                return;
            }
            StringBuilder sb = new StringBuilder();
            if (mainGoexited) {
                sb.append("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
            } else {
                sb.append("fatal error: all goroutines are asleep - deadlock!\n");
            }
            for (Goroutine g : all) {
                String reason = g.waitReason;
                sb.append("\ngoroutine ").append(g.id).append(" [").append(reason == null ? "running" : reason).append("]:\n");
            }
            Stdio.writeErr(sb.toString());
            GoProgram.exit(2);
        }
    }

    private static boolean waitsOnArmedTimer(Object on) {
        return switch (on) {
            case Chan<?> c -> c.timer != null && c.timer.isPending();
            case Select.Case[] cases -> {
                for (Select.Case cs : cases) {
                    if (!cs.isSend() && waitsOnArmedTimer(cs.chan())) {
                        yield true;
                    }
                }
                yield false;
            }
            case null, default -> false;
        };
    }
}
