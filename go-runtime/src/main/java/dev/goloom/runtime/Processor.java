// A run queue in the sense of Go's P: runnext slot, local FIFO, and the tick that keeps the global queue fair.
package dev.goloom.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * Invariants:
 * <ul>
 * <li>A processor is held by at most one {@link Carrier} at a time ({@code owner}); the
 *     system monitor may move it to another carrier while its holder is stuck in a system
 *     call, exactly as Go's sysmon retakes a P.
 * <li>{@code runnext} holds the goroutine readied most recently by the goroutine running here
 *     (a wake-up or a {@code go} statement); it runs next and inherits the time slice. A newer
 *     one kicks the older to the tail of the local queue, as in Go.
 * <li>The local queue is Go's runq: a ring of {@link #LOCAL_CAPACITY} slots holding the tasks
 *     {@code ring[head .. tail)} (indices modulo the capacity, counters wrap). Only the
 *     holding carrier writes slots and {@code tail} (it is the only producer: the scheduler
 *     queues locally only from the carrier that holds the processor and is not inside a
 *     system call, so the monitor cannot hand the processor away meanwhile). Consumers — the
 *     holder and thieves — claim slots by a compare-and-set on {@code head}; a consumer whose
 *     CAS fails discards what it read. {@code tail - head} never exceeds the capacity; on
 *     overflow half of the queue moves to the global queue, as Go's runqputslow does.
 * <li>Slots are not cleared when thieves take them (the holder may already be reusing them),
 *     so up to {@link #LOCAL_CAPACITY} finished tasks stay reachable until overwritten; the
 *     holder clears the slots it consumes itself.
 * <li>Tasks are the JDK's per-thread continuation runnables: one stable object per goroutine.
 * </ul>
 */
final class Processor {
    /** Go's runq has 256 slots (a power of two: indices are masked). */
    static final int LOCAL_CAPACITY = 256;
    /** Index mask for {@code ring}. */
    private static final int MASK = LOCAL_CAPACITY - 1;

    /** 0-based index, for diagnostics. */
    final int id;
    /** The task to run next; swapped atomically so that stealers and the owner never lose one. */
    private volatile Runnable runnext;
    /** The local run queue's slots; see the invariants. */
    private final Runnable[] ring = new Runnable[LOCAL_CAPACITY];
    /** Next slot to consume; advanced only by compare-and-set (holder and thieves). */
    private volatile int head;
    /** Next slot to fill; written only by the holder, with a volatile store after the slot. */
    private volatile int tail;
    /** Schedules that started a new time slice; every 61st looks at the global queue first. */
    int schedtick;
    /** The carrier holding this processor, or null while it is idle in the pool. */
    volatile Carrier owner;
    /** Set when GOMAXPROCS shrank below this processor: its holder gives it up. */
    volatile boolean retired;

    private static final VarHandle RUNNEXT;
    private static final VarHandle HEAD;
    private static final VarHandle TAIL;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            RUNNEXT = lookup.findVarHandle(Processor.class, "runnext", Runnable.class);
            HEAD = lookup.findVarHandle(Processor.class, "head", int.class);
            TAIL = lookup.findVarHandle(Processor.class, "tail", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    Processor(int id) {
        this.id = id;
    }

    /** Puts a readied task in runnext; returns the task it displaced (to be queued), or null. */
    Runnable putNext(Runnable task) {
        return (Runnable) RUNNEXT.getAndSet(this, task);
    }

    /** Takes runnext, or null. */
    Runnable takeNext() {
        return runnext == null ? null : (Runnable) RUNNEXT.getAndSet(this, (Runnable) null);
    }

    boolean hasNext() {
        return runnext != null;
    }

    /**
     * Appends to the local queue (holder only: Go's runqput). Returns null, or (when the queue
     * was full) the batch of tasks that must go to the global queue: half of the local queue
     * and then {@code task} (Go's runqputslow).
     */
    Runnable[] putLocal(Runnable task) {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getOpaque(this); // only this thread writes tail
            if (t - h < LOCAL_CAPACITY) {
                ring[t & MASK] = task;
                // A volatile store, not just a release: it publishes the slot, and the caller's
                // next read of the idle-carrier count must not move before it (an idle carrier
                // counts itself, then looks at our tail: one of the two must see the other).
                TAIL.setVolatile(this, t + 1);
                return null;
            }
            int n = LOCAL_CAPACITY / 2;
            Runnable[] spill = new Runnable[n + 1];
            for (int i = 0; i < n; i++) {
                spill[i] = ring[(h + i) & MASK];
            }
            if (HEAD.compareAndSet(this, h, h + n)) {
                for (int i = 0; i < n; i++) {
                    ring[(h + i) & MASK] = null; // ours now, as in pollLocal
                }
                spill[n] = task;
                return spill;
            }
            // a thief took some meanwhile: there is room now, or we try the spill again
        }
    }

    /** Takes the head of the local queue, or null (holder only: Go's runqget). */
    Runnable pollLocal() {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getOpaque(this); // only this thread writes tail
            if (t == h) {
                return null;
            }
            Runnable r = ring[h & MASK];
            if (HEAD.compareAndSet(this, h, h + 1)) {
                ring[h & MASK] = null; // ours now: only we write slots, so no one loses a task
                return r;
            }
        }
    }

    /** Whether anything is queued here (racy; a hint). */
    boolean hasWork() {
        return runnext != null || localSize() > 0;
    }

    /** Tasks in the local queue (racy; a hint for stealers and the monitor). */
    int localSize() {
        int h = head;
        int t = tail;
        return Math.max(0, Math.min(t - h, LOCAL_CAPACITY));
    }

    /**
     * Moves half of this processor's local tasks to {@code thief}'s local queue and returns one
     * more to run, or null (Go's runqsteal; called by thief's holder, whose queue is empty).
     * With {@code includeNext}, a lone runnext may be taken too (the owner has sat on it for a
     * whole monitor tick).
     */
    Runnable stealInto(Processor thief, boolean includeNext) {
        while (true) {
            int h = (int) HEAD.getAcquire(this);
            int t = (int) TAIL.getAcquire(this); // pairs with the holder's store of tail
            int n = t - h;
            n = n - n / 2;
            if (n <= 0) {
                return includeNext ? takeNext() : null;
            }
            if (n > LOCAL_CAPACITY / 2) {
                continue; // h and t read at different times: inconsistent, read again
            }
            // Copy into the thief's free slots first; they become visible only when its tail moves.
            int th = (int) HEAD.getAcquire(thief);
            int tt = (int) TAIL.getOpaque(thief);
            n = Math.min(n, LOCAL_CAPACITY - (tt - th));
            if (n <= 0) {
                return null;
            }
            for (int i = 0; i < n; i++) {
                thief.ring[(tt + i) & MASK] = ring[(h + i) & MASK];
            }
            if (!HEAD.compareAndSet(this, h, h + n)) {
                continue; // someone else took some of them: what we copied is discarded
            }
            // The last task copied is returned to run now; the others are published.
            int last = (tt + n - 1) & MASK;
            Runnable first = thief.ring[last];
            thief.ring[last] = null;
            if (n > 1) {
                TAIL.setRelease(thief, tt + n - 1);
            }
            return first;
        }
    }

    /** Empties this processor into {@code sink} (when it is retired). */
    void drainTo(java.util.function.Consumer<Runnable> sink) {
        Runnable n = takeNext();
        if (n != null) {
            sink.accept(n);
        }
        Runnable r;
        while ((r = pollLocal()) != null) {
            sink.accept(r);
        }
    }
}
