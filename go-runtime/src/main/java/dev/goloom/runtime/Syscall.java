// The system-call hand-off that every blocking operation in the shims goes through (Go's entersyscall/exitsyscall).
package dev.goloom.runtime;

import java.util.function.Supplier;

/**
 * A goroutine about to block its carrier (file I/O, a process wait, anything native that
 * pins a virtual thread) marks it:
 * <pre>{@code
 * Syscall.enter();
 * try { n = in.read(buf); } finally { Syscall.exit(); }
 * // or: n = Syscall.call(() -> in.read(buf));
 * }</pre>
 * The marks are a release store and a compare-and-set on the carrier. If the call lasts a
 * whole monitor tick while other goroutines wait for that carrier, the {@link SystemMonitor}
 * gives the carrier's processor to a spare carrier; when the call returns, {@link #exit()}
 * sees that and requeues the goroutine, whose old carrier then becomes a spare. A goroutine in
 * a system call stays counted as runnable, so it never causes a false deadlock report.
 *
 * <p>Use it around calls that hold the carrier (native, pinned). Calls that unmount the
 * virtual thread (JDK sockets, which park on the JDK's pollers) need no marks.
 */
public final class Syscall {
    private Syscall() {}

    /** Marks the start of a blocking call on the current goroutine's carrier. */
    public static void enter() {
        if (VirtualThreads.currentCarrier() instanceof Carrier c) {
            Goroutine.current().syscallCarrier = c;
            c.enterSyscall();
        }
    }

    /** Marks its end; if the carrier's processor was handed off meanwhile, waits for a processor again. */
    public static void exit() {
        Goroutine g = Goroutine.current();
        Carrier c = g.syscallCarrier;
        if (c == null) {
            return;
        }
        g.syscallCarrier = null;
        boolean kept = c.exitSyscall();
        if (!kept && VirtualThreads.currentCarrier() == c) {
            // Our processor went to another carrier: queue this goroutine globally (the yield
            // submits from a carrier without a processor) and let this carrier become a spare.
            Thread.yield();
        }
    }

    /** Runs a blocking call between {@link #enter()} and {@link #exit()}. */
    public static <T> T call(Supplier<T> blocking) {
        enter();
        try {
            return blocking.get();
        } finally {
            exit();
        }
    }

    /** Runs a blocking action between {@link #enter()} and {@link #exit()}. */
    public static void run(Runnable blocking) {
        enter();
        try {
            blocking.run();
        } finally {
            exit();
        }
    }
}
