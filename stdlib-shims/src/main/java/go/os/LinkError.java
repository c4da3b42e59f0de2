// os.LinkError: an error during a link, symlink or rename, naming both paths.
package go.os;

import dev.goloom.runtime.GoError;
import go.errors.Unwrapper;

/** Go's {@code *os.LinkError}: prints "op old new: err". */
public final class LinkError implements GoError, Unwrapper {
    /** The operation ("rename", "link", "symlink"). */
    public String Op;
    /** The source path. */
    public String Old;
    /** The target path. */
    public String New;
    /** The underlying error. */
    public GoError Err;

    public LinkError(String op, String oldPath, String newPath, GoError err) {
        this.Op = op;
        this.Old = oldPath;
        this.New = newPath;
        this.Err = err;
    }

    @Override public String Error() {
        return Op + " " + Old + " " + New + ": " + Err.Error();
    }

    @Override public GoError Unwrap() {
        return Err;
    }
}
