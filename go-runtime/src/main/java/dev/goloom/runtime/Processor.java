// A run queue in the sense of Go's P: runnext slot, local FIFO, and the tick that keeps the global queue fair.
package dev.goloom.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.ArrayDeque;

/**
 * Invariants:
 * <ul>
 * <li>A processor is held by at most one {@link Carrier} at a time ({@code owner}); the
 *     system monitor may move it to another carrier while its holder is stuck in a system
 *     call, exactly as Go's sysmon retakes a P.
 * <li>{@code runnext} holds the goroutine readied most recently by the goroutine running here
 *     (a wake-up or a {@code go} statement); it runs next and inherits the time slice. A newer
 *     one kicks the older to the tail of {@code local}, as in Go.
 * <li>{@code local} holds at most {@link #LOCAL_CAPACITY} tasks; on overflow half of them
 *     move to the global queue, as Go's runqputslow does.
 * <li>Tasks are the JDK's per-thread continuation runnables: one stable object per goroutine.
 * </ul>
 */
final class Processor {
    /** Go's runq has 256 slots. */
    static final int LOCAL_CAPACITY = 256;

    /** 0-based index, for diagnostics. */
    final int id;
    /** The task to run next; swapped atomically so that stealers and the owner never lose one. */
    private volatile Runnable runnext;
    /** Tasks queued behind runnext; guarded by {@code this}. */
    private final ArrayDeque<Runnable> local = new ArrayDeque<>();
    /** Number of tasks in {@code local}, readable without the lock (a hint for stealers). */
    private volatile int localSize;
    /** Schedules that started a new time slice; every 61st looks at the global queue first. */
    int schedtick;
    /** The carrier holding this processor, or null while it is idle in the pool. */
    volatile Carrier owner;
    /** Set when GOMAXPROCS shrank below this processor: its holder gives it up. */
    volatile boolean retired;

    private static final VarHandle RUNNEXT;

    static {
        try {
            RUNNEXT = MethodHandles.lookup().findVarHandle(Processor.class, "runnext", Runnable.class);
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
     * Appends to the local queue. Returns null, or (when the queue was full) the batch of tasks
     * that must go to the global queue: half of the local queue and then {@code task}.
     */
    Runnable[] putLocal(Runnable task) {
        synchronized (this) {
            if (local.size() < LOCAL_CAPACITY) {
                local.addLast(task);
                localSize = local.size();
                return null;
            }
            Runnable[] spill = new Runnable[LOCAL_CAPACITY / 2 + 1];
            for (int i = 0; i < LOCAL_CAPACITY / 2; i++) {
                spill[i] = local.pollFirst();
            }
            spill[LOCAL_CAPACITY / 2] = task;
            localSize = local.size();
            return spill;
        }
    }

    /** Takes the head of the local queue, or null. */
    Runnable pollLocal() {
        if (localSize == 0) {
            return null;
        }
        synchronized (this) {
            Runnable r = local.pollFirst();
            localSize = local.size();
            return r;
        }
    }

    /** Whether anything is queued here (racy; a hint). */
    boolean hasWork() {
        return runnext != null || localSize > 0;
    }

    int localSize() {
        return localSize;
    }

    /**
     * Moves half of this processor's local tasks to {@code thief} and returns one more to run,
     * or null. With {@code includeNext}, a lone runnext may be taken too (the owner has sat on
     * it for a whole monitor tick).
     */
    Runnable stealInto(Processor thief, boolean includeNext) {
        Runnable first = null;
        if (localSize > 0) {
            Runnable[] batch;
            synchronized (this) {
                int n = local.size() - local.size() / 2;
                batch = new Runnable[n];
                for (int i = 0; i < n; i++) {
                    batch[i] = local.pollFirst();
                }
                localSize = local.size();
            }
            for (Runnable r : batch) {
                if (r == null) {
                    continue;
                }
                if (first == null) {
                    first = r;
                } else {
                    thief.putLocal(r); // the thief's queue was empty: no spill
                }
            }
        }
        if (first == null && includeNext) {
            first = takeNext();
        }
        return first;
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
