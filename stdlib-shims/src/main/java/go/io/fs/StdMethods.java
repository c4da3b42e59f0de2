// The String method of fs.FileMode (os.FileMode), registered with fmt when it first meets a FileMode.
package go.io.fs;

import dev.goloom.runtime.GoType;
import go.fmt.Methods;

/** Loaded by {@link Methods} the first time fmt prints a value of a named type of io/fs (as in {@code fmt.Println(fi.Mode())}). */
final class StdMethods {
    private StdMethods() {}

    static {
        Methods.string(GoType.shared("io/fs", "fs", "FileMode", GoType.UINT32), v -> Fs.FileMode_String((Integer) v));
    }
}
