// fs.PathError (os.PathError is an alias of it): an error and the operation and file path that caused it.
package go.io.fs;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import go.errors.Unwrapper;
import java.util.List;

/** Go's {@code *fs.PathError}: prints "op path: err" and unwraps to err. */
public final class PathError implements GoError, Unwrapper, GoStruct<PathError> {
    /** {@code fs.PathError}, the struct type the pointer points to. */
    public static final GoType.Named TYPE = new GoType.Named("io/fs", "fs", "PathError")
            .define(new GoType.Struct(List.of(
                    new GoType.Field("Op", GoType.STRING, false, ""),
                    new GoType.Field("Path", GoType.STRING, false, ""),
                    new GoType.Field("Err", GoType.ERROR, false, ""))));

    /** The failing operation ("open", "read", "remove", ...). */
    public String Op = "";
    /** The file path. */
    public String Path = "";
    /** The underlying error (usually a syscall.Errno). */
    public GoError Err;

    public PathError() {}

    public PathError(String op, String path, GoError err) {
        this.Op = op;
        this.Path = path;
        this.Err = err;
    }

    @Override public String Error() {
        return Op + " " + Path + ": " + Err.Error();
    }

    @Override public GoError Unwrap() {
        return Err;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return switch (i) {
            case 0 -> Op;
            case 1 -> Path;
            default -> Err;
        };
    }

    @Override public PathError copy() {
        return new PathError(Op, Path, Err);
    }
}
