// Runs a translated Go program: package initialization, then main.main as goroutine 1.
package dev.goloom.runtime;

/**
 * The entry point that a translated {@code main} package calls from
 * {@code public static void main(String[])}. The program ends when main.main returns,
 * with status 0; an unrecovered panic prints Go's report to standard error and exits
 * with status 2, as Go does.
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
        int[] status = {0};
        Thread goroutine1 = Thread.ofVirtual().name("goroutine 1").unstarted(() -> {
            try {
                init.run();
                main.run();
            } catch (Throwable t) {
                status[0] = reportPanic(t, 1);
            }
        });
        goroutine1.start();
        try {
            goroutine1.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        exit(status[0]);
    }

    /** Prints an unrecovered panic as Go does and returns the exit status (2). */
    static int reportPanic(Throwable t, long goroutineId) {
        GoPanic p = GoPanic.of(t);
        if (p == null) {
            // Not a Go panic: a goloom bug or a JVM limit. Say so plainly, with the Java trace.
            Stdio.writeErr("fatal error: unexpected Java exception in goroutine " + goroutineId + "\n");
            t.printStackTrace();
            return 2;
        }
        String text = PanicPrinter.describe(p.value());
        String signal = p.signalLine();
        Stdio.writeErr("panic: " + text + "\n" + (signal == null ? "" : signal + "\n") + "\ngoroutine " + goroutineId + " [running]:\n");
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
