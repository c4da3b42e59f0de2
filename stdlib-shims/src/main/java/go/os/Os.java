// Package os: the process environment and exit (the subset declared in goloom/std/os/os.go).
package go.os;

import dev.goloom.runtime.GoProgram;

/** Go's package os. Strings are Go byte strings. */
public final class Os {
    private Os() {}

    /** "Exit causes the current program to exit with the given status code." Deferred calls do not run. */
    public static void Exit(long code) {
        GoProgram.exit((int) code);
    }

    /** The value of the environment variable, or "" when it is unset. */
    public static String Getenv(String key) {
        String v = System.getenv(GoProgram.toJavaText(key));
        return v == null ? "" : GoProgram.toGoBytes(v);
    }
}
