// The goroutine API generated code and the runtime shim call: go, Gosched, NumGoroutine, GOMAXPROCS, LockOSThread, Goexit.
package dev.goloom.runtime;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code go f(x)} becomes {@code Go.go(() -> f(x))} (arguments evaluated before, as in Go).
 * Goroutines are virtual threads on the runtime's {@link Scheduler}; when {@code java.lang}
 * is not open to us they run on the JDK's default scheduler and a one-line warning says so.
 *
 * <p>Goroutine ids: 1 is main.main; the others count up from 6, as in Go with one processor,
 * where the runtime's own goroutines take 2 to 5.
 */
public final class Go {
    private Go() {}

    /** First id of a goroutine started by the program. */
    private static final long FIRST_USER_ID = 6;
    /** Source of goroutine ids. */
    private static final AtomicLong IDS = new AtomicLong(FIRST_USER_ID - 1);

    /** The scheduler and thread factory, created on first use. */
    private static final class Holder {
        /** Our scheduler, or null on the fallback path. */
        static final Scheduler SCHEDULER;
        /** Makes the virtual thread of each goroutine. */
        static final ThreadFactory FACTORY;

        static {
            Scheduler s = null;
            Thread.Builder.OfVirtual builder;
            if (VirtualThreads.customSchedulerAvailable()) {
                initPollersOffOurCarriers();
                s = new Scheduler(initialGomaxprocs());
                SystemMonitor.start(s);
                builder = VirtualThreads.builder(s);
            } else {
                if (!Boolean.getBoolean("goloom.defaultScheduler")) {
                    Stdio.writeErr(VirtualThreads.fallbackWarning());
                }
                builder = Thread.ofVirtual();
            }
            SCHEDULER = s;
            FACTORY = builder.inheritInheritableThreadLocals(false).factory();
        }
    }

    /** GOMAXPROCS from the environment when it is a positive integer, else the number of CPUs (as Go). */
    static int initialGomaxprocs() {
        String env = System.getenv("GOMAXPROCS");
        if (env != null) {
            try {
                int n = Integer.parseInt(env.trim());
                if (n > 0) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // Go ignores a malformed value
            }
        }
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * The JDK's socket pollers are virtual threads created by whoever first initializes them,
     * and they inherit that thread's scheduler. Initialize them now, from this platform
     * thread, so that they run on the JDK's scheduler and never occupy our carriers.
     */
    private static void initPollersOffOurCarriers() {
        try {
            Class.forName("sun.nio.ch.Poller", true, ClassLoader.getPlatformClassLoader());
        } catch (ReflectiveOperationException | LinkageError | SecurityException e) {
            // no pollers on this JDK: nothing to do
        }
    }

    static Scheduler scheduler() {
        return Holder.SCHEDULER;
    }

    /** {@code go body()}: starts a goroutine. */
    public static void go(Runnable body) {
        start(IDS.incrementAndGet(), body, null);
    }

    /**
     * Starts goroutine {@code id}; {@code onExit} (goroutine 1 only) runs when it ends normally
     * or by Goexit, instead of the usual bookkeeping.
     */
    static Thread start(long id, Runnable body, Runnable onExit) {
        Goroutine g = new Goroutine(id, body, onExit);
        Thread t = Holder.FACTORY.newThread(g);
        t.setUncaughtExceptionHandler(g); // how Goroutine.current() finds g
        g.thread = t;
        g.register();
        Liveness.up();
        t.start();
        return t;
    }

    /** runtime.Gosched: lets other goroutines run; this one goes to the global run queue. */
    public static void Gosched() {
        Scheduler s = Holder.SCHEDULER;
        if (s == null) {
            Thread.yield();
            return;
        }
        s.markYieldToGlobal();
        Thread.yield();
        s.clearYieldToGlobal();
    }

    /** runtime.NumGoroutine: goroutines that exist now. */
    public static long NumGoroutine() {
        return Goroutine.count();
    }

    /** runtime.GOMAXPROCS(n): sets the number of processors when n ≥ 1; returns the previous setting. */
    public static long GOMAXPROCS(long n) {
        Scheduler s = Holder.SCHEDULER;
        if (s == null) {
            return initialGomaxprocs();
        }
        return s.setGomaxprocs(n < 1 ? 0 : (int) Math.min(n, 1 << 16));
    }

    /** runtime.NumCPU. */
    public static long NumCPU() {
        return Runtime.getRuntime().availableProcessors();
    }

    /**
     * runtime.LockOSThread. A goroutine's virtual thread has no fixed OS thread, and nothing a
     * translated program can do depends on one, so this only keeps Go's nesting count.
     */
    public static void LockOSThread() {
        Goroutine.current().lockedToThread++;
    }

    /** runtime.UnlockOSThread. */
    public static void UnlockOSThread() {
        Goroutine g = Goroutine.current();
        if (g.lockedToThread > 0) {
            g.lockedToThread--;
        }
    }

    /** runtime.Goexit: runs the goroutine's deferred calls and ends it; recover cannot stop it. */
    public static void Goexit() {
        throw new GoExit();
    }
}
