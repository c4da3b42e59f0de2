// The carrier scheduler: GOMAXPROCS processors with their run queues, a global queue, carriers, work stealing.
package dev.goloom.runtime;

import java.util.ArrayDeque;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The {@link Executor} behind every goroutine's virtual thread. The JDK hands it a goroutine's
 * continuation task whenever the goroutine becomes runnable (started, unparked, yielded).
 *
 * <p>Invariants:
 * <ul>
 * <li>Exactly {@code gomaxprocs} processors are live; each is held by one carrier, or by
 *     none for an instant while it changes hands. Carriers beyond that are spares.
 * <li>A task submitted from a carrier that holds a processor and is not inside a system call
 *     goes to that processor's runnext (Go's {@code ready(gp, next=true)} and
 *     {@code newproc}); that carrier is the only one that ever adds to the processor's local
 *     queue, which {@link Processor}'s lock-free ring relies on. A task submitted after
 *     {@link #gosched()} goes to the global queue, as Go's goschedImpl does; a task submitted
 *     from any other thread (timers, the JDK's unparkers, the program's main thread) goes to
 *     the global queue.
 * <li>A carrier parks only after re-checking every queue with its {@code idle} flag set, and
 *     every submitter that queues work another carrier could take wakes an idle carrier after
 *     queueing: no task is left behind while a carrier sleeps.
 * <li>With one processor the order of execution depends only on the program (runnext, the
 *     local FIFO, global batches, the 61-tick fairness check), so runs are reproducible, like
 *     Go's with GOMAXPROCS=1.
 * </ul>
 */
final class Scheduler implements Executor {
    /** The live processors, index = id; replaced wholesale when GOMAXPROCS changes. */
    private volatile Processor[] processors;
    /** Tasks not bound to a processor; guarded by itself. */
    private final ArrayDeque<Runnable> global = new ArrayDeque<>();
    /** Size of {@code global}, readable without its lock. */
    private volatile int globalSize;
    /** Carriers that hold no processor and wait for one. */
    private final ConcurrentLinkedQueue<Carrier> spares = new ConcurrentLinkedQueue<>();
    /** Carriers parked with a processor but no work. */
    private final AtomicInteger idleCount = new AtomicInteger();
    /** Carriers ever created, for their names. */
    private final AtomicInteger carriersCreated = new AtomicInteger();
    /** Serializes GOMAXPROCS changes and processor hand-offs. */
    private final Object resizeLock = new Object();

    Scheduler(int gomaxprocs) {
        Processor[] ps = new Processor[gomaxprocs];
        for (int i = 0; i < gomaxprocs; i++) {
            ps[i] = new Processor(i);
        }
        processors = ps;
        for (Processor p : ps) {
            startCarrier(p);
        }
    }

    int gomaxprocs() {
        return processors.length;
    }

    Processor[] processors() {
        return processors;
    }

    int globalSize() {
        return globalSize;
    }

    boolean hasIdleCarrier() {
        return idleCount.get() > 0;
    }

    // ---- submission ------------------------------------------------------------------------

    @Override
    public void execute(Runnable task) {
        if (VirtualThreads.currentCarrier() instanceof Carrier c && c.scheduler == this) {
            Processor p = c.processor;
            // Inside a system call the monitor may hand p to another carrier at any moment,
            // and p's local queue takes tasks from its holder only: queue globally then.
            if (p != null && c.syscallState == Carrier.RUNNING) {
                if (c.yieldToGlobal) {
                    c.yieldToGlobal = false;
                    putGlobal(task);
                    wakeIdleCarrier();
                    return;
                }
                Runnable displaced = p.putNext(task);
                if (displaced != null) {
                    Runnable[] spill = p.putLocal(displaced);
                    if (spill != null) {
                        putGlobal(spill);
                    }
                    wakeIdleCarrier();
                }
                return;
            }
        }
        putGlobal(task);
        wakeIdleCarrier();
    }

    /** Makes the next submission from the current goroutine's carrier go to the global queue. */
    void markYieldToGlobal() {
        if (VirtualThreads.currentCarrier() instanceof Carrier c && c.scheduler == this) {
            c.yieldToGlobal = true;
        }
    }

    /** Undoes {@link #markYieldToGlobal()} if the yield did not happen (a pinned thread). */
    void clearYieldToGlobal() {
        if (VirtualThreads.currentCarrier() instanceof Carrier c && c.scheduler == this) {
            c.yieldToGlobal = false;
        }
    }

    void putGlobal(Runnable task) {
        synchronized (global) {
            global.addLast(task);
            globalSize = global.size();
        }
    }

    private void putGlobal(Runnable[] tasks) {
        synchronized (global) {
            for (Runnable t : tasks) {
                global.addLast(t);
            }
            globalSize = global.size();
        }
    }

    private Runnable pollGlobal() {
        if (globalSize == 0) {
            return null;
        }
        synchronized (global) {
            Runnable r = global.pollFirst();
            globalSize = global.size();
            return r;
        }
    }

    /** Go's globrunqget: takes a fair share of the global queue into p's local queue; returns one to run. */
    private Runnable takeGlobalBatch(Processor p) {
        if (globalSize == 0) {
            return null;
        }
        Runnable first;
        Runnable[] rest;
        synchronized (global) {
            int size = global.size();
            if (size == 0) {
                return null;
            }
            int n = Math.min(size, size / processors.length + 1);
            n = Math.min(n, Processor.LOCAL_CAPACITY / 2);
            first = global.pollFirst();
            rest = new Runnable[n - 1];
            for (int i = 0; i < n - 1; i++) {
                rest[i] = global.pollFirst();
            }
            globalSize = global.size();
        }
        for (Runnable r : rest) {
            Runnable[] spill = p.putLocal(r);
            if (spill != null) {
                putGlobal(spill);
            }
        }
        return first;
    }

    // ---- carriers ---------------------------------------------------------------------------

    /** Finds the next task for carrier c holding p; parks c while there is none. Null: look again. */
    Runnable findRunnable(Carrier c, Processor p) {
        if (p.schedtick % 61 == 0 && globalSize > 0) {
            Runnable r = pollGlobal();
            if (r != null) {
                p.schedtick++;
                return r;
            }
        }
        Runnable r = p.takeNext();
        if (r != null) {
            return r; // inherits the time slice: no tick, as in Go
        }
        r = p.pollLocal();
        if (r == null) {
            r = takeGlobalBatch(p);
        }
        if (r == null) {
            r = steal(p);
        }
        if (r != null) {
            p.schedtick++;
            return r;
        }
        // Nothing to do: announce idleness, look once more, then sleep.
        c.idle = true;
        idleCount.incrementAndGet();
        if (globalSize > 0 || p.hasWork() || anyStealable(p) || p.retired || c.processor != p) {
            if (cancelIdle(c)) {
                return null;
            }
        }
        while (c.idle) {
            c.parkIdle();
        }
        return null;
    }

    /** Clears c's idle flag if it is still set; true when this call cleared it. */
    private boolean cancelIdle(Carrier c) {
        synchronized (c) {
            if (!c.idle) {
                return false;
            }
            c.idle = false;
        }
        idleCount.decrementAndGet();
        return true;
    }

    /** Wakes one idle carrier, if any, so that queued work does not wait for a busy one. */
    void wakeIdleCarrier() {
        if (idleCount.get() == 0) {
            return;
        }
        for (Processor q : processors) {
            Carrier c = q.owner;
            if (c != null && c.idle && cancelIdle(c)) {
                c.unparkIdle();
                return;
            }
        }
    }

    /** Wakes every idle carrier (GOMAXPROCS changed). */
    private void wakeAllIdle() {
        for (Processor q : processors) {
            Carrier c = q.owner;
            if (c != null && c.idle && cancelIdle(c)) {
                c.unparkIdle();
            }
        }
    }

    private boolean anyStealable(Processor self) {
        for (Processor q : processors) {
            if (q != self && q.localSize() > 0) {
                return true;
            }
        }
        return false;
    }

    /** Takes half of another processor's local queue (never its runnext: the monitor moves a stale one). */
    private Runnable steal(Processor self) {
        Processor[] ps = processors;
        if (ps.length == 1) {
            return null;
        }
        int start = ThreadLocalRandom.current().nextInt(ps.length);
        for (int i = 0; i < ps.length; i++) {
            Processor victim = ps[(start + i) % ps.length];
            if (victim != self && victim.localSize() > 0) {
                Runnable r = victim.stealInto(self, false);
                if (r != null) {
                    return r;
                }
            }
        }
        return null;
    }

    /** Moves a runnext task that has waited a whole monitor tick to the global queue, for an idle carrier. */
    void rescueStaleNext(Processor p) {
        Runnable r = p.takeNext();
        if (r != null) {
            putGlobal(r);
            wakeIdleCarrier();
        }
    }

    private void startCarrier(Processor p) {
        Carrier c = new Carrier(this, carriersCreated.incrementAndGet());
        c.processor = p;
        p.owner = c;
        c.start();
    }

    /** Gives p to a spare carrier, or to a new one. */
    private void handToCarrier(Processor p) {
        Carrier spare = spares.poll();
        if (spare == null) {
            startCarrier(p);
            return;
        }
        synchronized (spare) {
            p.owner = spare;
            spare.processor = p;
            spare.notifyAll();
        }
    }

    /** A carrier without a processor waits here until it is given one. */
    void waitAsSpare(Carrier c) {
        synchronized (c) {
            if (c.processor != null) {
                return;
            }
            spares.add(c);
            while (c.processor == null) {
                try {
                    c.wait();
                } catch (InterruptedException e) {
                    // carriers are never interrupted on purpose; keep waiting
                }
            }
        }
    }

    /**
     * System-call hand-off: c has been inside one call for a whole monitor tick and its
     * processor has work. The processor moves to another carrier; c, when the call returns,
     * queues its goroutine globally and becomes a spare.
     */
    void handOff(Carrier c) {
        synchronized (resizeLock) {
            Processor p = c.processor;
            if (p == null || !c.retakeForHandOff()) {
                return;
            }
            c.processor = null;
            p.owner = null;
            handToCarrier(p);
        }
    }

    /** c's processor was retired by a GOMAXPROCS decrease: its tasks go to the global queue. */
    void retire(Carrier c, Processor p) {
        c.processor = null;
        p.owner = null;
        p.drainTo(this::putGlobal);
        wakeIdleCarrier();
    }

    /** runtime.GOMAXPROCS(n): sets the number of processors when n ≥ 1; returns the previous number. */
    int setGomaxprocs(int n) {
        synchronized (resizeLock) {
            Processor[] old = processors;
            if (n < 1 || n == old.length) {
                return old.length;
            }
            Processor[] next = new Processor[n];
            for (int i = 0; i < n; i++) {
                next[i] = i < old.length ? old[i] : new Processor(i);
            }
            processors = next;
            for (int i = n; i < old.length; i++) {
                old[i].retired = true;
                Carrier owner = old[i].owner;
                if (owner != null && owner.idle && cancelIdle(owner)) {
                    owner.unparkIdle();
                }
            }
            for (int i = old.length; i < n; i++) {
                handToCarrier(next[i]);
            }
            wakeAllIdle();
            return old.length;
        }
    }
}
