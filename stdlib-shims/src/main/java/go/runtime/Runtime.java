// Package runtime's functions: scheduling (Gosched, GOMAXPROCS, NumGoroutine), NumCPU, GC, Goexit, Caller/Callers basics.
package go.runtime;

import dev.goloom.runtime.Go;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.Tuple4;
import java.util.List;

/**
 * The functions of package {@code runtime}, over the goloom runtime's scheduler
 * ({@link Go}). runtime.GC is a full Java collection that also drives finalizers. Caller and Callers report the Java frames of the
 * translated code (file {@code Main.java}, Java line numbers): goloom does not map Java
 * lines back to Go yet; program counters are invented (distinct per frame position).
 */
public final class Runtime {
    private Runtime() {}

    /** Lets other goroutines run. */
    public static void Gosched() {
        Go.Gosched();
    }

    /** Sets the number of processors when n ≥ 1 and returns the previous setting. */
    public static long GOMAXPROCS(long n) {
        return Go.GOMAXPROCS(n);
    }

    /** Goroutines that exist now. */
    public static long NumGoroutine() {
        return Go.NumGoroutine();
    }

    /** Logical CPUs usable by the process. */
    public static long NumCPU() {
        return Go.NumCPU();
    }

    /**
     * runtime.GC: a full collection (so MemStats after it show live memory, as in Go), then the
     * finalizers of objects found unreachable start ({@link dev.goloom.runtime.Finalizers}).
     */
    public static void GC() {
        dev.goloom.runtime.Finalizers.gc();
    }

    /** runtime.KeepAlive: x stays reachable (for the collector and finalizers) until this call. */
    public static void KeepAlive(Object x) {
        java.lang.ref.Reference.reachabilityFence(x);
    }

    /** runtime.SetFinalizer; see {@link dev.goloom.runtime.Finalizers} for how Java's collector drives it. */
    public static void SetFinalizer(Object obj, Object finalizer) {
        dev.goloom.runtime.Finalizers.set(obj, finalizer);
    }

    /** Ends the calling goroutine after running its deferred calls. */
    public static void Goexit() {
        Go.Goexit();
    }

    public static void LockOSThread() {
        Go.LockOSThread();
    }

    public static void UnlockOSThread() {
        Go.UnlockOSThread();
    }

    /** The Go release goloom follows. */
    public static String Version() {
        return "go1.26";
    }

    /**
     * The frames Go would count: translated code and the shims (Go's standard library), without
     * this class, the goloom runtime (Go's runtime frames) and the JDK.
     */
    private static List<StackWalker.StackFrame> goFrames() {
        return StackWalker.getInstance().walk(s -> s.filter(f -> {
            String c = f.getClassName();
            return !c.equals(Runtime.class.getName()) && !c.startsWith("dev.goloom.") && !c.startsWith("java.")
                    && !c.startsWith("jdk.") && !c.startsWith("sun.");
        }).toList());
    }

    /** An invented program counter for a frame: stable for the same method and line. */
    private static long pc(StackWalker.StackFrame f) {
        return 0x400000L + ((f.getClassName() + "." + f.getMethodName()).hashCode() & 0xfffffL) * 0x1000L
                + (f.getLineNumber() & 0xfff);
    }

    /**
     * runtime.Caller(skip): the caller {@code skip} frames up (0 is the function calling
     * Caller) as (pc, file, line, ok).
     */
    public static Tuple4<Long, String, Long, Boolean> Caller(long skip) {
        List<StackWalker.StackFrame> frames = goFrames();
        if (skip < 0 || skip >= frames.size()) {
            return new Tuple4<>(0L, "", 0L, false);
        }
        StackWalker.StackFrame f = frames.get((int) skip);
        String file = f.getFileName() == null ? "?" : f.getFileName();
        return new Tuple4<>(pc(f), file, (long) f.getLineNumber(), true);
    }

    /**
     * runtime.Callers(skip, pc): fills pc with the program counters of the calling frames
     * (skip 0 is Callers itself, 1 its caller, as in Go) and returns how many it wrote.
     */
    public static long Callers(long skip, LongSlice pc) {
        List<StackWalker.StackFrame> frames = goFrames();
        long n = 0;
        for (int i = (int) Math.max(skip - 1, 0); i < frames.size() && n < pc.len(); i++) {
            pc.set(n++, pc(frames.get(i)));
        }
        return n;
    }

    /**
     * runtime.MemProfileRate: 0, as in a Go program that never reads a memory profile (the
     * linker then disables profiling); goloom keeps no profile, so the variable only holds a value.
     */
    public static long MemProfileRate = 0;

    /** runtime.Breakpoint: without a debugger Go dies of SIGTRAP, status 2. */
    public static void Breakpoint() {
        dev.goloom.runtime.Traps.breakpoint();
    }

    /**
     * runtime.ReadMemStats from the JVM's MXBeans: Alloc/HeapAlloc/HeapInuse = heap used,
     * HeapSys = heap committed, Sys = heap and non-heap committed, TotalAlloc = bytes every
     * thread allocated so far, NumGC/PauseTotalNs from the collectors (pause times are the
     * collectors' accumulated times). Object counts are 0: the JVM does not count objects.
     */
    public static void ReadMemStats(MemStats m) {
        java.lang.management.MemoryMXBean mem = java.lang.management.ManagementFactory.getMemoryMXBean();
        java.lang.management.MemoryUsage heap = mem.getHeapMemoryUsage();
        java.lang.management.MemoryUsage nonHeap = mem.getNonHeapMemoryUsage();
        MemStats z = new MemStats();
        z.Alloc = heap.getUsed();
        z.HeapAlloc = heap.getUsed();
        z.HeapInuse = heap.getUsed();
        z.HeapSys = heap.getCommitted();
        z.HeapIdle = heap.getCommitted() - heap.getUsed();
        z.Sys = heap.getCommitted() + nonHeap.getCommitted();
        z.OtherSys = nonHeap.getCommitted();
        z.NextGC = heap.getMax() > 0 ? heap.getMax() : heap.getCommitted();
        if (java.lang.management.ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean t
                && t.isThreadAllocatedMemorySupported()) {
            z.TotalAlloc = Math.max(t.getTotalThreadAllocatedBytes(), z.Alloc);
        } else {
            z.TotalAlloc = z.Alloc;
        }
        long count = 0;
        long millis = 0;
        for (java.lang.management.GarbageCollectorMXBean gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            count += Math.max(gc.getCollectionCount(), 0);
            millis += Math.max(gc.getCollectionTime(), 0);
        }
        z.NumGC = (int) count;
        z.NumForcedGC = (int) dev.goloom.runtime.Finalizers.forcedCollections();
        z.PauseTotalNs = millis * 1_000_000L;
        z.EnableGC = true;
        m.set(z);
    }
}
