// runtime.Breakpoint: the SIGTRAP crash Go's breakpoint instruction causes when no debugger is attached.
package dev.goloom.runtime;

/** Go's breakpoint trap ends the program with the signal report and status 2; nothing can recover it. */
public final class Traps {
    private Traps() {}

    /** Prints Go's SIGTRAP report (program counters are 0: goloom has none) and exits with status 2. */
    public static void breakpoint() {
        Goroutine g = Goroutine.current();
        long id = g == null ? 1 : g.id();
        Stdio.writeErr("SIGTRAP: trace trap\nPC=0x0 m=0 sigcode=128\n\ngoroutine " + id + " [running]:\n");
        GoProgram.exit(2);
    }
}
