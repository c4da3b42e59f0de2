// Go's sysmon: a platform thread that hands off processors stuck in system calls and rescues starved runnext tasks.
package dev.goloom.runtime;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * Every tick the monitor looks at each processor's carrier. A carrier that has run no new task
 * since the previous tick is stuck on one goroutine:
 * <ul>
 * <li>inside a system call, with work waiting (on its processor or globally): its processor
 *     goes to another carrier ({@link Scheduler#handOff}), so one blocked goroutine never
 *     stalls the others — Go's retake;
 * <li>computing, with a task in runnext and an idle carrier elsewhere: the task moves to the
 *     global queue for that carrier (Go lets idle Ps steal a stale runnext).
 * </ul>
 * The tick starts at 1 ms and backs off to 10 ms after a second without anything to do.
 */
final class SystemMonitor implements Runnable {
    private static final long MIN_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long MAX_TICK_NANOS = TimeUnit.MILLISECONDS.toNanos(10);

    /** The scheduler watched. */
    private final Scheduler scheduler;
    /** Per processor id: the carrier's dispatch count at the previous tick. */
    private long[] lastDispatches = new long[0];
    /** Per processor id: the carrier seen at the previous tick. */
    private Carrier[] lastCarrier = new Carrier[0];

    SystemMonitor(Scheduler scheduler) {
        this.scheduler = scheduler;
    }

    static void start(Scheduler scheduler) {
        Thread t = new Thread(new SystemMonitor(scheduler), "goloom-sysmon");
        t.setDaemon(true);
        t.start();
    }

    @Override
    public void run() {
        long tick = MIN_TICK_NANOS;
        int quiet = 0;
        while (true) {
            LockSupport.parkNanos(tick);
            boolean acted = look();
            if (acted || anyBusy()) {
                quiet = 0;
                tick = MIN_TICK_NANOS;
            } else if (++quiet > 1000 && tick < MAX_TICK_NANOS) {
                tick = MAX_TICK_NANOS;
            }
        }
    }

    private boolean anyBusy() {
        for (Processor p : scheduler.processors()) {
            Carrier c = p.owner;
            if (c != null && (c.syscallState == Carrier.IN_SYSCALL || p.hasWork())) {
                return true;
            }
        }
        return false;
    }

    /** One tick; true when something was handed off or rescued. */
    private boolean look() {
        Processor[] ps = scheduler.processors();
        if (lastDispatches.length < ps.length) {
            lastDispatches = java.util.Arrays.copyOf(lastDispatches, ps.length);
            lastCarrier = java.util.Arrays.copyOf(lastCarrier, ps.length);
        }
        boolean acted = false;
        for (int i = 0; i < ps.length; i++) {
            Processor p = ps[i];
            Carrier c = p.owner;
            if (c == null || c.idle) {
                lastCarrier[i] = null;
                continue;
            }
            long d = c.dispatches;
            boolean stuck = lastCarrier[i] == c && lastDispatches[i] == d;
            lastCarrier[i] = c;
            lastDispatches[i] = d;
            if (!stuck) {
                continue;
            }
            if (c.syscallState == Carrier.IN_SYSCALL) {
                if (p.hasWork() || scheduler.globalSize() > 0) {
                    scheduler.handOff(c);
                    lastCarrier[i] = null;
                    acted = true;
                }
            } else if (p.hasNext() && scheduler.hasIdleCarrier()) {
                scheduler.rescueStaleNext(p);
                acted = true;
            }
        }
        return acted;
    }
}
