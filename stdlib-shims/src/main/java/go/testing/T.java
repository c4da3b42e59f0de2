// testing.T: the state of one running Go test or subtest — failure, skip, log, cleanups, subtests.
package go.testing;

import dev.goloom.runtime.Go;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Proc0;
import dev.goloom.runtime.Proc1;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.WaitGroup;
import go.fmt.Fmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's {@code *testing.T}. Invariants:
 * <ul>
 * <li>a test body runs on a goroutine of its own ({@link #runBody}); FailNow and SkipNow end
 *     that goroutine with runtime.Goexit, so its deferred calls run and recover cannot stop it;</li>
 * <li>failing a subtest fails every ancestor (Go's {@code Fail} walks up the parents);</li>
 * <li>{@link #output} holds this test's log lines and its finished failing subtests' reports,
 *     in the order they happened, indented relative to this test's own {@code --- FAIL} header;</li>
 * <li>all state is guarded by {@code this}: goroutines started by a test may log concurrently.</li>
 * </ul>
 * Log lines lack Go's {@code file.go:line: } prefix: translated code does not know the Go
 * line of its caller.
 */
public final class T {
    /** The full name: {@code TestX} or {@code TestX/sub}. */
    private final String name;
    /** The test that ran this one with Run, or null for a top-level test. */
    private final T parent;
    /** Set by Fail and by a failing subtest. */
    private boolean failed;
    /** Set by SkipNow. */
    private boolean skipped;
    /** Log lines and failing subtests' reports (Go bytes, one char per byte). */
    private final StringBuilder output = new StringBuilder();
    /** Functions registered by Cleanup, run last-first when the test ends. */
    private final List<Proc0> cleanups = new ArrayList<>();
    /** How often each subtest name was used, for Go's {@code #01} suffixes. */
    private final Map<String, Integer> subtestNames = new HashMap<>();
    /** The Goexit in flight after FailNow or SkipNow, told apart from a Goexit of the test's own. */
    private RuntimeException stopSignal;
    /** Wall time of the body, subtests and cleanups, in nanoseconds. */
    private long elapsedNanos;

    T(String name, T parent) {
        this.name = name;
        this.parent = parent;
    }

    public String Name() {
        return name;
    }

    public void Fail() {
        if (parent != null) {
            parent.Fail();
        }
        synchronized (this) {
            failed = true;
        }
    }

    public synchronized boolean Failed() {
        return failed;
    }

    public void FailNow() {
        Fail();
        stop();
    }

    // Variadic methods: translated Go passes a method's variadic arguments as one slice (the
    // []any that Go's callee sees); the Object... overloads are the same for Java callers.

    public void Log(Slice<Object> args) {
        log(Fmt.Sprintln(values(args)));
    }

    public void Log(Object... args) {
        log(Fmt.Sprintln(args));
    }

    public void Logf(String format, Slice<Object> args) {
        log(Fmt.Sprintf(format, values(args)));
    }

    public void Logf(String format, Object... args) {
        log(Fmt.Sprintf(format, args));
    }

    public void Error(Slice<Object> args) {
        Log(args);
        Fail();
    }

    public void Error(Object... args) {
        Log(args);
        Fail();
    }

    public void Errorf(String format, Slice<Object> args) {
        Logf(format, args);
        Fail();
    }

    public void Errorf(String format, Object... args) {
        Logf(format, args);
        Fail();
    }

    public void Fatal(Slice<Object> args) {
        Log(args);
        FailNow();
    }

    public void Fatal(Object... args) {
        Log(args);
        FailNow();
    }

    public void Fatalf(String format, Slice<Object> args) {
        Logf(format, args);
        FailNow();
    }

    public void Fatalf(String format, Object... args) {
        Logf(format, args);
        FailNow();
    }

    public void Skip(Slice<Object> args) {
        Log(args);
        SkipNow();
    }

    public void Skip(Object... args) {
        Log(args);
        SkipNow();
    }

    public void Skipf(String format, Slice<Object> args) {
        Logf(format, args);
        SkipNow();
    }

    public void Skipf(String format, Object... args) {
        Logf(format, args);
        SkipNow();
    }

    private static Object[] values(Slice<Object> args) {
        return args.toArray(args.len());
    }

    public void SkipNow() {
        synchronized (this) {
            skipped = true;
        }
        stop();
    }

    public synchronized boolean Skipped() {
        return skipped;
    }

    /** Go uses it to report callers' lines; goloom reports no lines, so there is nothing to do. */
    public void Helper() {}

    public synchronized void Cleanup(Proc0 f) {
        cleanups.add(f);
    }

    /**
     * Runs {@code f} as subtest {@code name} on a goroutine of its own and waits for it, as Go
     * does (subtests are never parallel here: T.Parallel is not provided).
     */
    public boolean Run(String name, Proc1<T> f) {
        T sub = new T(this.name + "/" + subtestName(name), this);
        WaitGroup done = new WaitGroup();
        done.Add(1);
        Go.go(() -> {
            try {
                sub.runBody(f);
            } finally {
                done.Done();
            }
        });
        done.Wait();
        if (sub.Failed()) {
            String report = sub.report("FAIL");
            synchronized (this) {
                output.append(indent(report));
            }
        }
        return !sub.Failed();
    }

    /** Go's rewrite of a subtest name: spaces become underscores; repeats get #01, #02, .... */
    private synchronized String subtestName(String requested) {
        String base = requested.replace(' ', '_');
        int seen = subtestNames.merge(base, 1, Integer::sum) - 1;
        if (base.isEmpty()) {
            return String.format("#%02d", seen);
        }
        return seen == 0 ? base : base + String.format("#%02d", seen);
    }

    /**
     * Runs a test body on the calling goroutine, then the cleanups; records how it ended. A
     * panic fails the test with Go's {@code panic: VALUE} line (Go would end the whole test
     * binary; one JUnit test failing is the Java equivalent).
     */
    void runBody(Proc1<T> body) {
        long start = System.nanoTime();
        try {
            body.call(this);
        } catch (Throwable t) {
            ended(t);
        }
        List<Proc0> toRun;
        synchronized (this) {
            toRun = List.copyOf(cleanups.reversed());
        }
        for (Proc0 cleanup : toRun) {
            try {
                cleanup.call();
            } catch (Throwable t) {
                ended(t);
            }
        }
        synchronized (this) {
            elapsedNanos = System.nanoTime() - start;
        }
    }

    /** Records why a body or cleanup stopped early. */
    private void ended(Throwable t) {
        synchronized (this) {
            if (t == stopSignal) {
                return;
            }
        }
        GoPanic p = GoPanic.of(t);
        if (p != null) {
            // Go prints the panic below the test's report, unindented, and ends the binary.
            synchronized (this) {
                output.append("panic: ").append(p.getMessage()).append(" [recovered, repanicked]\n");
            }
        } else if (t.getClass().getName().equals("dev.goloom.runtime.GoExit")) {
            // runtime.Goexit called by the test itself, not through FailNow or SkipNow.
            log("test executed panic(nil) or runtime.Goexit\n");
        } else if (t instanceof Error e) {
            throw e;
        } else {
            log("unexpected Java exception: " + t + "\n");
        }
        Fail();
    }

    /** FailNow and SkipNow: runtime.Goexit, remembering the signal so that runBody knows it. */
    private void stop() {
        try {
            Go.Goexit();
        } catch (RuntimeException goexit) {
            synchronized (this) {
                stopSignal = goexit;
            }
            throw goexit;
        }
    }

    /** Appends one log entry as Go decorates it: indented 4, continuation lines 8. */
    private void log(String text) {
        String s = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        StringBuilder line = new StringBuilder("    ");
        line.append(s.replace("\n", "\n        "));
        line.append('\n');
        synchronized (this) {
            output.append(line);
        }
    }

    /** Every line of {@code report} indented by 4 more spaces (a subtest's report in its parent's). */
    private static String indent(String report) {
        StringBuilder sb = new StringBuilder();
        for (String line : report.split("\n", -1)) {
            if (!line.isEmpty()) {
                sb.append("    ").append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** {@code --- FAIL: TestX (0.00s)} followed by the output. */
    synchronized String report(String verdict) {
        return "--- " + verdict + ": " + name + " (" + String.format("%.2fs", elapsedNanos / 1e9) + ")\n" + output;
    }

    /** The log and subtest reports without a header. */
    synchronized String output() {
        return output.toString();
    }
}
