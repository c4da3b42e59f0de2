// Runtime timers under time.Sleep, time.After, time.Tick, NewTimer, NewTicker and AfterFunc.
package dev.goloom.runtime;

import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * A timer that sends on its channel (time.Timer, time.Ticker) or starts a goroutine
 * (time.AfterFunc). One platform thread fires all timers. The semantics are Go 1.23's:
 * the channel has no visible buffer (len and cap are 0), and Stop and Reset discard a value
 * that fired but was not received, so no stale value is ever received after them; they
 * return true when they stopped a timer that had not yet delivered.
 *
 * <p>Invariants for deadlock detection:
 * <ul>
 * <li>A pending AfterFunc timer counts as one runnable goroutine in {@link Liveness}: it
 *     will start one. Arming adds one, firing or stopping removes it.
 * <li>A channel timer counts only while some goroutine is parked on its channel; the
 *     deadlock check looks for that ({@link Deadlock}), as Go only keeps such timers in its
 *     heap while a goroutine waits on them.
 * <li>While a timer fires it counts as runnable, so a check running concurrently sees either
 *     the state before the firing or a changed epoch.
 * </ul>
 */
public final class RuntimeTimer {
    /** The one timer thread. */
    private static final ScheduledThreadPoolExecutor FIRING;

    static {
        FIRING = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "goloom-timers");
            t.setDaemon(true);
            return t;
        });
        FIRING.setRemoveOnCancelPolicy(true);
    }

    /** The channel fired on, or null for AfterFunc. */
    private final Chan<Object> chan;
    /** Produces the value sent (time.Now() for the time package). */
    private final Supplier<?> value;
    /** The function AfterFunc starts in its own goroutine, or null. */
    private final Runnable func;
    /** Ticker period in nanoseconds; 0 for one-shot timers. Guarded by this. */
    private long periodNanos;
    /** Deadline (System.nanoTime) of the next firing while pending. Guarded by this. */
    private long when;
    /** The scheduled firing, or null. Guarded by this. */
    private ScheduledFuture<?> future;
    /** Armed and not yet fired (one-shot) or armed (ticker). Guarded by this; read racily by the deadlock check. */
    private volatile boolean pending;
    /** Bumped on every arm/stop, so that a firing that lost a race with Stop or Reset does nothing. */
    private long generation;

    private RuntimeTimer(Chan<Object> chan, Supplier<?> value, Runnable func) {
        this.chan = chan;
        this.value = value;
        this.func = func;
        if (chan != null) {
            chan.timer = this;
        }
    }

    /** time.Sleep: parks the current goroutine for at least {@code nanos}; returns at once when nanos ≤ 0. */
    public static void sleep(long nanos) {
        if (nanos <= 0) {
            return;
        }
        Goroutine g = Goroutine.current();
        long deadline = System.nanoTime() + nanos;
        g.waitReason = "sleep";
        try {
            long left;
            while ((left = deadline - System.nanoTime()) > 0) {
                LockSupport.parkNanos(left);
            }
        } finally {
            g.waitReason = null;
        }
    }

    /** time.NewTimer(d): sends value.get() on {@link #channel()} after {@code nanos}. */
    public static RuntimeTimer newTimer(long nanos, Supplier<?> value) {
        RuntimeTimer t = new RuntimeTimer(Chan.makeTimerChannel(), value, null);
        synchronized (t) {
            t.arm(nanos, 0);
        }
        return t;
    }

    /** time.NewTicker(d): sends every {@code periodNanos} (> 0, checked by the caller), dropping ticks a slow receiver misses. */
    public static RuntimeTimer newTicker(long periodNanos, Supplier<?> value) {
        RuntimeTimer t = new RuntimeTimer(Chan.makeTimerChannel(), value, null);
        synchronized (t) {
            t.arm(periodNanos, periodNanos);
        }
        return t;
    }

    /** time.AfterFunc(d, f): runs f in its own goroutine after {@code nanos}. */
    public static RuntimeTimer afterFunc(long nanos, Runnable f) {
        RuntimeTimer t = new RuntimeTimer(null, null, f);
        synchronized (t) {
            t.arm(nanos, 0);
        }
        return t;
    }

    /** The channel a Timer or Ticker sends on ({@code t.C}). */
    @SuppressWarnings("unchecked")
    public <T> Chan<T> channel() {
        return (Chan<T>) (Chan<?>) chan;
    }

    /** Whether the timer is armed (for the deadlock check). */
    boolean isPending() {
        return pending;
    }

    /**
     * Timer.Stop / Ticker.Stop: true when this stopped a timer before it delivered (it was
     * pending, or its value was still unreceived, which is discarded).
     */
    public synchronized boolean stop() {
        boolean wasActive = disarm();
        return discardUnreceived() || wasActive;
    }

    /** Timer.Reset(d): re-arms as a one-shot (or a ticker with its period, see {@link #resetTicker}); true as for {@link #stop()}. */
    public synchronized boolean reset(long nanos) {
        boolean wasActive = disarm();
        boolean discarded = discardUnreceived();
        arm(nanos, periodNanos == 0 ? 0 : nanos);
        return discarded || wasActive;
    }

    /** Ticker.Reset(d): a new period (> 0, checked by the caller), first tick after d. */
    public synchronized void resetTicker(long periodNanos) {
        disarm();
        discardUnreceived();
        arm(periodNanos, periodNanos);
    }

    // ---- internals (all under this) --------------------------------------------------------

    private void arm(long nanos, long period) {
        periodNanos = period;
        long delay = Math.max(nanos, 0);
        when = System.nanoTime() + delay;
        pending = true;
        if (func != null) {
            Liveness.up();
        }
        long gen = ++generation;
        future = FIRING.schedule(() -> fire(gen), delay, TimeUnit.NANOSECONDS);
    }

    /** Cancels a pending firing; true when one was pending. */
    private boolean disarm() {
        generation++;
        if (!pending) {
            return false;
        }
        pending = false;
        if (future != null) {
            future.cancel(false);
            future = null;
        }
        if (func != null) {
            Liveness.down();
        }
        return true;
    }

    private boolean discardUnreceived() {
        if (chan == null) {
            return false;
        }
        chan.lock.lock();
        try {
            return chan.drainLocked() > 0;
        } finally {
            chan.lock.unlock();
        }
    }

    /** Runs on the timer thread. */
    private void fire(long gen) {
        Liveness.up(); // counted while firing: see the class invariants
        try {
            Waiter receiver = null;
            synchronized (this) {
                if (gen != generation || !pending) {
                    return;
                }
                if (func != null) {
                    pending = false;
                    future = null;
                    Go.go(func);
                    Liveness.down(); // the pending AfterFunc became the goroutine just started
                    return;
                }
                Object v = value == null ? null : value.get();
                chan.lock.lock();
                try {
                    receiver = chan.recvq.dequeue();
                    if (receiver != null) {
                        receiver.elem = v;
                        receiver.success = true;
                    } else if (chan.countLocked() == 0) {
                        chan.bufferLocked(v);
                    } // else: a ticker whose last tick is still unreceived drops this one
                } finally {
                    chan.lock.unlock();
                }
                if (periodNanos > 0) {
                    long now = System.nanoTime();
                    long next = when + periodNanos;
                    if (next <= now) {
                        next += ((now - next) / periodNanos + 1) * periodNanos;
                    }
                    when = next;
                    long g2 = generation;
                    future = FIRING.schedule(() -> fire(g2), next - now, TimeUnit.NANOSECONDS);
                } else {
                    pending = false;
                    future = null;
                }
            }
            if (receiver != null) {
                Chan.wake(receiver);
            }
        } finally {
            Liveness.down();
        }
    }
}
