// Package os: the process's arguments, environment, exit, and standard streams (the subset in goloom/std/os/os.go).
package go.os;

import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoProgram;
import dev.goloom.runtime.Slice;

/** Go's package os. Strings are Go byte strings. */
public final class Os {
    private Os() {}

    /**
     * "Args hold the command-line arguments, starting with the program name." Read from
     * GoProgram when this class initializes, which is after GoProgram.run recorded them (shim
     * classes initialize on first use, from translated code).
     */
    public static Slice<String> Args = args();

    /** Standard output and standard error: unbuffered, as in Go. */
    public static File Stdout = new File(1, "/dev/stdout");
    public static File Stderr = new File(2, "/dev/stderr");

    /** The arguments GoProgram.run recorded (os.Args[0] is the program name). */
    static Slice<String> args() {
        String[] a = GoProgram.args();
        return Slice.of(ElemType.STRING, a);
    }

    /** "Exit causes the current program to exit with the given status code." Deferred calls do not run. */
    public static void Exit(long code) {
        GoProgram.exit((int) code);
    }

    /** The value of the environment variable, or "" when it is unset. */
    public static String Getenv(String key) {
        String v = System.getenv(GoProgram.toJavaText(key));
        return v == null ? "" : GoProgram.toGoBytes(v);
    }

    /** The value of the environment variable and whether it is set. */
    public static dev.goloom.runtime.Tuple2<String, Boolean> LookupEnv(String key) {
        String v = System.getenv(GoProgram.toJavaText(key));
        return new dev.goloom.runtime.Tuple2<>(v == null ? "" : GoProgram.toGoBytes(v), v != null);
    }
}
