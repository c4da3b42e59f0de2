// Package runtime/debug: Go's runtime settings, kept with Go's defaults and returned as Go returns them.
package go.runtime.debug;

import dev.goloom.runtime.Finalizers;

/**
 * Go's runtime/debug. Each setter returns the previous value as Go does (defaults: GOGC or 100,
 * 1 GB stacks, 10000 threads, no memory limit). The JVM's collector and its thread stacks do
 * not follow these values: a Go program cannot observe the collector's pacing, and a stack
 * deeper than SetMaxStack allows does not fail (goloom's stack limit is its carriers' stack
 * size).
 */
public final class Debug {
    private Debug() {}

    /** The GC percentage: $GOGC ("off" is -1), else 100. */
    private static long gcPercent = initialGcPercent();
    /** The stack limit SetMaxStack set (Go's 64-bit default: 1 GB). */
    private static long maxStack = 1_000_000_000L;
    /** The thread limit SetMaxThreads set. */
    private static long maxThreads = 10_000;
    /** SetPanicOnFault's flag. */
    private static boolean panicOnFault;
    /** The soft memory limit ($GOMEMLIMIT is not parsed: math.MaxInt64). */
    private static long memoryLimit = Long.MAX_VALUE;

    private static long initialGcPercent() {
        String gogc = System.getenv("GOGC");
        if (gogc == null || gogc.isEmpty()) {
            return 100;
        }
        if (gogc.equals("off")) {
            return -1;
        }
        try {
            return Long.parseLong(gogc);
        } catch (NumberFormatException e) {
            return 100;
        }
    }

    /** Sets the GC percentage (negative disables) and returns the previous one; Go collects when it lowers it. */
    public static synchronized long SetGCPercent(long percent) {
        long old = gcPercent;
        gcPercent = percent < 0 ? -1 : percent;
        return old;
    }

    /** A full collection (Go also returns memory to the OS). */
    public static void FreeOSMemory() {
        Finalizers.collect();
    }

    public static synchronized long SetMaxStack(long bytes) {
        long old = maxStack;
        maxStack = bytes;
        return old;
    }

    public static synchronized long SetMaxThreads(long threads) {
        long old = maxThreads;
        maxThreads = threads;
        return old;
    }

    public static synchronized boolean SetPanicOnFault(boolean enabled) {
        boolean old = panicOnFault;
        panicOnFault = enabled;
        return old;
    }

    /** Sets the soft memory limit when limit ≥ 0; returns the previous limit. */
    public static synchronized long SetMemoryLimit(long limit) {
        long old = memoryLimit;
        if (limit >= 0) {
            memoryLimit = limit;
        }
        return old;
    }

    /** Go's traceback levels only change crash reports' detail; goloom's reports have none to change. */
    public static void SetTraceback(String level) {
        // nothing to set
    }
}
