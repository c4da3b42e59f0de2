// fs.FileInfo (os.FileInfo): what Stat and Lstat describe, without ModTime.
package go.io.fs;

/**
 * Go's {@code fs.FileInfo}. {@code ModTime() time.Time} is left out until the time shim's
 * Time type exists. Mode is Go's {@code FileMode} (uint32 → int).
 */
public interface FileInfo {
    String Name();

    long Size();

    int Mode();

    boolean IsDir();

    Object Sys();
}
