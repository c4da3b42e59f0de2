// A carrier thread (Go's M): a platform thread that runs goroutines from the processor it holds.
package dev.goloom.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs the continuation tasks of goroutines, one at a time, from its {@link Processor}.
 * A carrier without a processor (its processor was handed to another carrier during a long
 * system call, or GOMAXPROCS shrank) waits in the scheduler's spare pool.
 */
final class Carrier extends Thread {
    /** Not in a system call. */
    static final int RUNNING = 0;
    /** The goroutine mounted here is inside {@link Syscall#enter()} … {@link Syscall#exit()}. */
    static final int IN_SYSCALL = 1;
    /** The system monitor took this carrier's processor while the call lasted. */
    static final int HANDED_OFF = 2;

    /** The scheduler this carrier belongs to. */
    final Scheduler scheduler;
    /** The processor whose tasks this carrier runs; null while spare. Written by the monitor during hand-off. */
    volatile Processor processor;
    /** RUNNING, IN_SYSCALL or HANDED_OFF; see {@link Syscall}. */
    volatile int syscallState;
    /** Tasks run so far; the monitor sees a carrier stuck on one task when this stops moving. */
    volatile long dispatches;
    /** Set by a goroutine mounted here just before Thread.yield: its next submission goes to the global queue (Gosched). */
    boolean yieldToGlobal;
    /** Parked for lack of work while holding a processor. */
    volatile boolean idle;

    /**
     * A goroutine's frames live on its carrier's stack while it runs, so the carrier's stack
     * bounds recursion depth. Go allows 1 GB; we reserve 512 MB of address space (committed
     * only as it is touched) unless {@code -Dgoloom.stackSize=BYTES} says otherwise.
     */
    private static final long STACK_SIZE = Long.getLong("goloom.stackSize", 512L << 20);

    private static final VarHandle SYSCALL_STATE;

    static {
        try {
            SYSCALL_STATE = MethodHandles.lookup().findVarHandle(Carrier.class, "syscallState", int.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    Carrier(Scheduler scheduler, int number) {
        super(null, null, "goloom-carrier-" + number, STACK_SIZE, false);
        this.scheduler = scheduler;
        setDaemon(true);
    }

    /** Marks entry into a system call: a plain release store, as cheap as Go's entersyscall. */
    void enterSyscall() {
        SYSCALL_STATE.setRelease(this, IN_SYSCALL);
    }

    /** Marks the end of a system call; false when the processor was handed off meanwhile. */
    boolean exitSyscall() {
        if (SYSCALL_STATE.compareAndSet(this, IN_SYSCALL, RUNNING)) {
            return true;
        }
        SYSCALL_STATE.setRelease(this, RUNNING);
        return false;
    }

    /** The monitor's half of the hand-off: succeeds only while the call is still in progress. */
    boolean retakeForHandOff() {
        return SYSCALL_STATE.compareAndSet(this, IN_SYSCALL, HANDED_OFF);
    }

    @Override
    public void run() {
        while (true) {
            Processor p = processor;
            if (p == null) {
                scheduler.waitAsSpare(this);
                continue;
            }
            if (p.retired) {
                scheduler.retire(this, p);
                continue;
            }
            Runnable task = scheduler.findRunnable(this, p);
            if (task != null) {
                dispatches = dispatches + 1;
                task.run();
            }
        }
    }

    /** Parks until {@link #unparkIdle()} (or a spurious wake-up). */
    void parkIdle() {
        LockSupport.park(this);
    }

    void unparkIdle() {
        LockSupport.unpark(this);
    }
}
