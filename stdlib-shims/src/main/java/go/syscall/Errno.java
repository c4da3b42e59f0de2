// syscall.Errno: the operating-system error numbers goloom reports, with Linux's texts and os's Is rules.
package go.syscall;

import dev.goloom.runtime.GoError;
import go.errors.Unwrapper;
import go.io.fs.Fs;

/**
 * Go's {@code syscall.Errno} for the errors the os shim can produce. Java reports file-system
 * failures as exceptions; {@link #of(Exception)} maps them back to the errno Linux would have
 * returned, so error texts are Go's ("no such file or directory"). {@code errors.Is(err,
 * fs.ErrNotExist)} holds for ENOENT, as in Go.
 *
 * @param number the errno value on Linux/amd64
 * @param text   strerror's text as Go prints it
 */
public record Errno(int number, String text) implements GoError, Unwrapper.Is {
    public static final Errno EPERM = new Errno(1, "operation not permitted");
    public static final Errno ENOENT = new Errno(2, "no such file or directory");
    public static final Errno ESRCH = new Errno(3, "no such process");
    public static final Errno EIO = new Errno(5, "input/output error");
    public static final Errno EBADF = new Errno(9, "bad file descriptor");
    public static final Errno EACCES = new Errno(13, "permission denied");
    public static final Errno EEXIST = new Errno(17, "file exists");
    public static final Errno ENOTDIR = new Errno(20, "not a directory");
    public static final Errno EISDIR = new Errno(21, "is a directory");
    public static final Errno EINVAL = new Errno(22, "invalid argument");
    public static final Errno ENOTEMPTY = new Errno(39, "directory not empty");

    @Override public String Error() {
        return text;
    }

    /** Go's Errno.Is: the portable fs errors each errno stands for. */
    @Override public boolean Is(GoError target) {
        if (target == Fs.ErrPermission) {
            return this == EACCES || this == EPERM;
        }
        if (target == Fs.ErrExist) {
            return this == EEXIST || this == ENOTEMPTY;
        }
        if (target == Fs.ErrNotExist) {
            return this == ENOENT;
        }
        return false;
    }

    /** The errno behind a Java I/O failure (EIO when Java does not say). */
    public static Errno of(Exception e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException x -> ENOENT;
            case java.io.FileNotFoundException x -> fromReason(x.getMessage());
            case java.nio.file.FileAlreadyExistsException x -> EEXIST;
            case java.nio.file.AccessDeniedException x -> EACCES;
            case java.nio.file.DirectoryNotEmptyException x -> ENOTEMPTY;
            case java.nio.file.NotDirectoryException x -> ENOTDIR;
            case java.nio.file.FileSystemException x -> fromReason(x.getReason());
            case java.nio.channels.NonWritableChannelException x -> EBADF;
            case java.nio.channels.NonReadableChannelException x -> EBADF;
            default -> fromReason(e.getMessage());
        };
    }

    /** Maps the strerror text inside a Java message to its errno. */
    private static Errno fromReason(String reason) {
        if (reason == null) {
            return EIO;
        }
        String r = reason.toLowerCase(java.util.Locale.ROOT);
        for (Errno e : new Errno[] {ENOENT, EACCES, EEXIST, ENOTDIR, EISDIR, ENOTEMPTY, EPERM, EINVAL, EBADF}) {
            if (r.contains(e.text)) {
                return e;
            }
        }
        return EIO;
    }
}
