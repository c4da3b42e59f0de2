// exec.ExitError: a command that ran and ended unsuccessfully (non-zero status or a signal).
package go.os.exec;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;

/**
 * Go's {@code *exec.ExitError} with the parts of its embedded {@code *os.ProcessState} that
 * programs use. Texts are ProcessState.String's: "exit status N", or "signal: killed" for a
 * process goloom killed because its context was done (Java reports a process killed by a
 * signal as status 128+signal, which it cannot tell from a real exit with that status, so
 * only kills goloom made itself are reported as signals).
 */
public final class ExitError implements GoError {
    /** Standard error captured by Cmd.Output when it was not otherwise collected. */
    public ByteSlice Stderr = ByteSlice.NIL;
    /** The exit status; meaningless when {@link #killed}. */
    private final int status;
    /** Whether the process ended because goloom sent it SIGKILL. */
    private final boolean killed;

    ExitError(int status, boolean killed) {
        this.status = status;
        this.killed = killed;
    }

    @Override public String Error() {
        return String();
    }

    /** ProcessState.String. */
    public String String() {
        return killed ? "signal: killed" : "exit status " + status;
    }

    /** The exit status, or -1 when a signal ended the process. */
    public long ExitCode() {
        return killed ? -1 : status;
    }

    /** Whether the program exited on its own (rather than by a signal). */
    public boolean Exited() {
        return !killed;
    }

    /** Whether the program exited successfully (never, for an ExitError). */
    public boolean Success() {
        return !killed && status == 0;
    }
}
