// Runs a translated Go program: package initialization, then main.main as goroutine 1.
package dev.goloom.runtime;

/**
 * The entry point that a translated {@code main} package calls from
 * {@code public static void main(String[])}. Package initialization and main.main run as
 * goroutine 1 on the runtime's scheduler. The program ends when main.main returns, with
 * status 0, whatever other goroutines do; an unrecovered panic in any goroutine prints Go's
 * report to standard error and exits with status 2, as does a deadlock; os.Exit ends it at
 * once without running deferred calls.
 */
public final class GoProgram {
    private GoProgram() {}

    /** Command-line arguments as Go sees them: os.Args[0] is the program name. */
    private static volatile String[] args = {"main"};

    public static String[] args() {
        return args.clone();
    }

    /**
     * Initializes the program's packages ({@code init}, dependencies first) and runs
     * {@code main}; never returns.
     */
    public static void run(String programName, String[] javaArgs, Runnable init, Runnable main) {
        String[] goArgs = new String[javaArgs.length + 1];
        goArgs[0] = toGoBytes(programName);
        for (int i = 0; i < javaArgs.length; i++) {
            goArgs[i + 1] = toGoBytes(javaArgs[i]);
        }
        args = goArgs;
        Deadlock.enabled = true;
        int times = RepeatedMain.times();
        Go.start(1, times > 1 ? () -> RepeatedMain.run(times, init, main, System.err) : () -> {
            init.run();
            main.run();
        }, () -> exit(0));
        // The program ends by exit(): main.main returning, an unrecovered panic, a deadlock, os.Exit.
        while (true) {
            java.util.concurrent.locks.LockSupport.park();
        }
    }

    /** Prints an unrecovered panic as Go does and returns the exit status (2). */
    static int reportPanic(Throwable t, long goroutineId) {
        Stdio.writeErr(Crash.report(t, goroutineId));
        return 2;
    }

    /** Java text (UTF-16) as a Go byte string: its UTF-8 bytes, one char each. */
    public static String toGoBytes(String text) {
        return new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    /** A Go byte string as Java text, decoding its bytes as UTF-8. */
    public static String toJavaText(String bytes) {
        return new String(bytes.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** os.Exit: ends the process at once with {@code code}. */
    public static void exit(int code) {
        System.out.flush();
        System.err.flush();
        Runtime.getRuntime().halt(code);
    }
}
