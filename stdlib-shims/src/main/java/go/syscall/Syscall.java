// Package syscall's functions as goloom implements them: process ids, the page size, signals, Kill.
package go.syscall;

import dev.goloom.runtime.GoError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The package class of {@code syscall} (see the API file goloom/std/syscall/syscall.go).
 * Java cannot make system calls itself: process ids come from {@link ProcessHandle}, the page
 * size from the JDK's {@code Unsafe}, and {@code Kill} runs the system's {@code kill} command
 * (kill(2) underneath), mapping its failure to the errno Linux reports. The JVM handles some
 * signals itself where a Go program would not: SIGQUIT prints a thread dump instead of ending
 * the program, and SIGTERM/SIGINT/SIGHUP end it through Java's shutdown (exit status 128+n)
 * instead of a death by signal.
 */
public final class Syscall {
    private Syscall() {}

    /** strsignal's texts as Go's signal table has them (Linux), by number; "" where Go has none. */
    private static final String[] SIGNAL_TEXTS = {
        "", "hangup", "interrupt", "quit", "illegal instruction", "trace/breakpoint trap", "aborted",
        "bus error", "floating point exception", "killed", "user defined signal 1", "segmentation fault",
        "user defined signal 2", "broken pipe", "alarm clock", "terminated", "stack fault", "child exited",
        "continued", "stopped (signal)", "stopped", "stopped (tty input)", "stopped (tty output)",
        "urgent I/O condition", "CPU time limit exceeded", "file size limit exceeded", "virtual timer expired",
        "profiling timer expired", "window changed", "I/O possible", "power failure", "bad system call",
    };

    /** The highest signal number Linux accepts (SIGRTMAX). */
    private static final int MAX_SIGNAL = 64;

    /** Go's Signal.String: the signal's description, or "signal N". */
    public static String Signal_String(long s) {
        if (s >= 0 && s < SIGNAL_TEXTS.length && !SIGNAL_TEXTS[(int) s].isEmpty()) {
            return SIGNAL_TEXTS[(int) s];
        }
        return "signal " + s;
    }

    /** Go's Signal.Signal: the marker method of os.Signal. */
    public static void Signal_Signal(long s) {}

    public static long Getpid() {
        return ProcessHandle.current().pid();
    }

    public static long Getppid() {
        return ProcessHandle.current().parent().map(ProcessHandle::pid).orElse(0L);
    }

    /** The memory page size of the machine (the JDK knows it; Java code cannot otherwise ask). */
    public static long Getpagesize() {
        try {
            Class<?> unsafeClass = Class.forName("sun.misc.Unsafe");
            java.lang.reflect.Field theUnsafe = unsafeClass.getDeclaredField("theUnsafe");
            theUnsafe.setAccessible(true);
            return (int) unsafeClass.getMethod("pageSize").invoke(theUnsafe.get(null));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("goloom: syscall.Getpagesize: the JDK's page size is not reachable", e);
        }
    }

    /**
     * kill(2): sends sig to pid (0 only checks that pid exists and may be signalled). Returns
     * nil, or ESRCH, EPERM or EINVAL as Linux does.
     */
    public static GoError Kill(long pid, long sig) {
        if (sig < 0 || sig > MAX_SIGNAL) {
            return Errno.EINVAL;
        }
        ProcessBuilder kill = new ProcessBuilder("kill", "-" + sig, "--", Long.toString((int) pid))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD);
        return dev.goloom.runtime.Syscall.call(() -> {
            try {
                Process p = kill.start();
                String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
                if (p.waitFor() == 0) {
                    return null;
                }
                if (err.contains("No such process")) {
                    return Errno.ESRCH;
                }
                if (err.contains("not permitted")) {
                    return Errno.EPERM;
                }
                return Errno.EINVAL;
            } catch (IOException e) {
                throw new IllegalStateException("goloom: syscall.Kill needs the system's kill command: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("goloom: syscall.Kill interrupted", e);
            }
        });
    }
}
