// Package runtime's functions: scheduling (Gosched, GOMAXPROCS, NumGoroutine), NumCPU, GC, Goexit, Caller/Callers basics.
package go.runtime;

import dev.goloom.runtime.Go;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.Tuple4;
import java.util.List;

/**
 * The functions of package {@code runtime}, over the goloom runtime's scheduler
 * ({@link Go}). Go's garbage collector has no counterpart a program can observe through
 * goloom (no finalizers), so GC is a no-op. Caller and Callers report the Java frames of the
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

    /** runtime.GC: nothing a goloom program can observe depends on a collection, so nothing is done. */
    public static void GC() {}

    /** runtime.KeepAlive: the JVM keeps reachable objects alive by itself. */
    public static void KeepAlive(Object x) {}

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
}
