// fs.DirEntry (os.DirEntry): an entry read from a directory by ReadDir.
package go.io.fs;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's {@code fs.DirEntry}; Type is the type bits of the FileMode. */
public interface DirEntry {
    String Name();

    boolean IsDir();

    int Type();

    Tuple2<FileInfo, GoError> Info();
}
