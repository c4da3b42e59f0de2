// A goroutine: id, wait state for Go-style dumps, its body's run, and the runtime's parking primitive.
package dev.goloom.runtime;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.locks.LockSupport;

/**
 * The runtime's view of one goroutine. It is its virtual thread's task (so no lambda and no
 * extra frame sit under the body) and its thread's uncaught-exception handler, which is how
 * {@link #current()} finds it: one field read, no per-goroutine binding object, no per-thread
 * cache (a ScopedValue binding cost ~200 bytes and 3 frames per parked goroutine, a
 * ThreadLocal more). Threads that are not goroutines (a test, the JVM's main thread) get a
 * "foreign" instance per thread: they can use channels and locks but do not count for
 * deadlock detection.
 *
 * <p>Parking protocol (every runtime primitive follows it):
 * <ol>
 * <li>under the primitive's lock, enqueue a waiter that points to this goroutine;
 * <li>release the lock and call {@link #park(String, Object)}: it publishes the wait reason,
 *     decrements {@link Liveness}, and parks until {@code ready} is set;
 * <li>the waker, having dequeued the waiter under the same lock, calls {@link #ready()},
 *     which increments Liveness before unparking.
 * </ol>
 * The registry of live goroutines is a doubly linked list under one lock: adding and
 * removing are O(1) and it costs two fields per goroutine.
 */
public final class Goroutine implements Runnable, Thread.UncaughtExceptionHandler {
    /** Stand-ins for threads that are not goroutines. */
    private static final ThreadLocal<Goroutine> FOREIGN = ThreadLocal.withInitial(() -> new Goroutine(0, false));

    /** Go's goroutine id (1 is main.main; 0 for foreign threads). */
    final long id;
    /** Whether parking here counts for deadlock detection (false for foreign threads). */
    final boolean tracked;
    /** The goroutine's code, until it starts running (then it lives on the stack only). */
    private Runnable body;
    /** Goroutine 1 only: runs instead of the usual bookkeeping when it ends normally or by Goexit. */
    private Runnable onExit;
    /** The virtual thread (or foreign thread) that runs this goroutine. */
    volatile Thread thread;
    /** Set by the waker; cleared by the goroutine when it resumes. */
    private volatile boolean ready;
    /** Go's wait reason while parked ("chan receive", ...), else null. */
    volatile String waitReason;
    /** What the goroutine waits on while parked (a channel, select cases), for the deadlock check. */
    volatile Object waitingOn;
    /** The waiter record that completed a select, set by its waker. */
    volatile Waiter.OfSelect selectedBy;
    /** The carrier marked by {@link Syscall#enter()}, until {@link Syscall#exit()}. */
    Carrier syscallCarrier;
    /** Nesting count of LockOSThread. */
    int lockedToThread;
    /** The panic a deferred call now running may recover, or null; see {@link Defer}. */
    GoPanic recoverable;
    /** Whether the deferred call now running is a generated lambda around the Go call; see {@link Defer}. */
    boolean deferredCallWrapped;
    /** Registry links, guarded by {@code REGISTRY_LOCK}. */
    private Goroutine prev;
    private Goroutine next;

    private static final Object REGISTRY_LOCK = new Object();
    /** Head of the registry list. */
    private static Goroutine registryHead;
    /** Live registered goroutines. */
    private static int registered;

    Goroutine(long id, boolean tracked) {
        this.id = id;
        this.tracked = tracked;
        if (!tracked) {
            this.thread = Thread.currentThread();
        }
    }

    /** A goroutine that will run {@code body}; {@link Go#start} gives it its thread. */
    Goroutine(long id, Runnable body, Runnable onExit) {
        this(id, true);
        this.body = body;
        this.onExit = onExit;
    }

    /** The current goroutine (a foreign stand-in on threads that are not goroutines). */
    public static Goroutine current() {
        return Thread.currentThread().getUncaughtExceptionHandler() instanceof Goroutine g ? g : FOREIGN.get();
    }

    /** The goroutine's virtual thread runs this: the body, then the bookkeeping of its end. */
    @Override
    public void run() {
        Runnable code = body;
        Runnable atExit = onExit;
        body = null;
        onExit = null;
        try {
            code.run();
        } catch (GoExit e) {
            if (id == 1) {
                Deadlock.mainGoexited = true;
            }
        } catch (Throwable t) {
            Crash.crash(t, this);
        }
        if (atExit != null && !Deadlock.mainGoexited) {
            atExit.run();
            return;
        }
        unregister();
        Liveness.down();
    }

    /** Only reached if the bookkeeping after the body throws: the JDK's default report. */
    @Override
    public void uncaughtException(Thread t, Throwable e) {
        t.getThreadGroup().uncaughtException(t, e);
    }

    public long id() {
        return id;
    }

    /** Parks until {@link #ready()}; see the protocol above. */
    void park(String reason, Object on) {
        beginPark(reason, on);
        while (!ready) {
            LockSupport.park(this);
        }
        endPark();
    }

    /*
     * The channel operations park inline instead of calling park(): beginPark, then
     * "while (!g.isReady()) LockSupport.park(g)", then endPark. Every frame between the
     * goroutine's code and the JDK's park stays in the parked thread's stack chunk, so one
     * frame fewer there is ~100-250 bytes less heap per parked goroutine.
     */

    /** Step 1 of an inline park: publishes the wait reason and leaves {@link Liveness}. */
    void beginPark(String reason, Object on) {
        waitReason = reason;
        waitingOn = on;
        if (tracked) {
            Liveness.down();
        }
    }

    /** Step 2 of an inline park: loop on LockSupport.park(this) while this is false. */
    boolean isReady() {
        return ready;
    }

    /** Step 3 of an inline park: back to running. */
    void endPark() {
        ready = false;
        waitReason = null;
        waitingOn = null;
    }

    /** Makes this parked (or about to park) goroutine runnable again. */
    void ready() {
        if (tracked) {
            Liveness.up();
        }
        ready = true;
        LockSupport.unpark(thread);
    }

    // ---- registry ---------------------------------------------------------------------------

    void register() {
        synchronized (REGISTRY_LOCK) {
            next = registryHead;
            if (registryHead != null) {
                registryHead.prev = this;
            }
            registryHead = this;
            registered++;
        }
    }

    void unregister() {
        synchronized (REGISTRY_LOCK) {
            if (prev != null) {
                prev.next = next;
            } else if (registryHead == this) {
                registryHead = next;
            }
            if (next != null) {
                next.prev = prev;
            }
            prev = null;
            next = null;
            registered--;
        }
    }

    /** Live goroutines, by id. */
    static List<Goroutine> all() {
        List<Goroutine> out = new ArrayList<>();
        synchronized (REGISTRY_LOCK) {
            for (Goroutine g = registryHead; g != null; g = g.next) {
                out.add(g);
            }
        }
        out.sort(Comparator.comparingLong(g -> g.id));
        return out;
    }

    static int count() {
        synchronized (REGISTRY_LOCK) {
            return registered;
        }
    }

    @Override
    public String toString() {
        String reason = waitReason;
        return "goroutine " + id + " [" + (reason == null ? "running" : reason) + "]";
    }
}
