// The FileInfo and DirEntry that os.Stat, Lstat and ReadDir return (Go's *os.fileStat).
package go.os;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;
import go.io.fs.DirEntry;
import go.io.fs.FileInfo;
import go.io.fs.FileModes;

/**
 * A snapshot of a file's metadata.
 *
 * @param name  the base name
 * @param size  length in bytes for regular files
 * @param mode  Go's FileMode bits
 * @param mtime modification time in nanoseconds since the epoch (kept for ModTime)
 * @param key   the file's identity (device and inode) for SameFile, or null when unknown
 */
record FileStat(String name, long size, int mode, long mtime, Object key) implements FileInfo, DirEntry {
    FileStat(String name, long size, int mode, long mtime) {
        this(name, size, mode, mtime, null);
    }

    @Override public String Name() {
        return name;
    }

    @Override public long Size() {
        return size;
    }

    @Override public int Mode() {
        return mode;
    }

    @Override public boolean IsDir() {
        return (mode & FileModes.ModeDir) != 0;
    }

    @Override public Object Sys() {
        return null;
    }

    @Override public int Type() {
        return mode & FileModes.ModeType;
    }

    @Override public Tuple2<FileInfo, GoError> Info() {
        return new Tuple2<>(this, null);
    }
}
