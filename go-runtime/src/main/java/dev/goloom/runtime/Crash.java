// Ends the program on an unrecovered panic or a fatal error, printing what Go prints.
package dev.goloom.runtime;

/**
 * An unrecovered panic in any goroutine prints {@code panic: VALUE} (with Go's chains), a
 * blank line and {@code goroutine N [running]:}, and exits with status 2. Fatal errors
 * (Go's throw: unlocking an unlocked mutex, a stack overflow) print
 * {@code fatal error: TEXT} instead and cannot be recovered.
 */
final class Crash {
    private Crash() {}

    /** Only one goroutine reports; the others wait for the exit. */
    private static final Object LOCK = new Object();

    static void crash(Throwable t, Goroutine g) {
        synchronized (LOCK) {
            Stdio.writeErr(report(t, g.id));
            GoProgram.exit(2);
        }
    }

    /** What Go prints for throwable t escaping goroutine id. */
    static String report(Throwable t, long id) {
        if (t instanceof Fatal f) {
            return "fatal error: " + f.getMessage() + "\n\ngoroutine " + id + " [running]:\n";
        }
        if (t instanceof StackOverflowError) {
            return "runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\ngoroutine " + id + " [running]:\n";
        }
        GoPanic p = GoPanic.of(t);
        if (p == null) {
            // Not a Go panic: a goloom bug or a JVM limit. Say so plainly, with the Java trace.
            java.io.StringWriter w = new java.io.StringWriter();
            t.printStackTrace(new java.io.PrintWriter(w));
            return "fatal error: unexpected Java exception in goroutine " + id + "\n" + w;
        }
        return PanicPrinter.report(p) + "\ngoroutine " + id + " [running]:\n";
    }

    /** Go's throw: a fatal error that no recover can stop. */
    static final class Fatal extends Error {
        Fatal(String message) {
            super(message, null, false, false);
        }
    }

    /** Raises a fatal error in the current goroutine. */
    static Fatal fatal(String message) {
        throw new Fatal(message);
    }
}
