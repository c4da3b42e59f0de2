// exec.Error: LookPath could not classify a file as an executable.
package go.os.exec;

import dev.goloom.runtime.GoError;
import go.errors.Unwrapper;
import go.strconv.Strconv;

/** Go's {@code *exec.Error}: prints {@code exec: "name": err} and unwraps to err. */
public final class Error implements GoError, Unwrapper {
    /** The name of the file the lookup was for. */
    public String Name = "";
    /** The underlying error (ErrNotFound, ErrDot, fs.ErrPermission, ...). */
    public GoError Err;

    public Error() {}

    Error(String name, GoError err) {
        this.Name = name;
        this.Err = err;
    }

    @Override public String Error() {
        return "exec: " + Strconv.Quote(Name) + ": " + Err.Error();
    }

    @Override public GoError Unwrap() {
        return Err;
    }
}
