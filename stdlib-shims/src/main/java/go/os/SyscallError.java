// os.SyscallError: an error from a particular system call.
package go.os;

import dev.goloom.runtime.GoError;
import go.errors.Unwrapper;

/** Go's {@code *os.SyscallError}: prints "syscall: err". */
public final class SyscallError implements GoError, Unwrapper {
    /** The system call's name. */
    public String Syscall;
    /** The error it returned. */
    public GoError Err;

    public SyscallError(String syscall, GoError err) {
        this.Syscall = syscall;
        this.Err = err;
    }

    @Override public String Error() {
        return Syscall + ": " + Err.Error();
    }

    @Override public GoError Unwrap() {
        return Err;
    }
}
