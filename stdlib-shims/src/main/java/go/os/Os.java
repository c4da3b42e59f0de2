// Package os: arguments, environment, exit, the standard streams, and files and directories by path.
package go.os;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoProgram;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Syscall;
import dev.goloom.runtime.Tuple2;
import go.errors.Errors;
import go.io.fs.DirEntry;
import go.io.fs.FileInfo;
import go.io.fs.FileModes;
import go.io.fs.Fs;
import go.io.fs.PathError;
import go.syscall.Errno;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributes;
import java.util.EnumSet;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Go's package os. Strings are Go byte strings; paths and environment values are converted
 * to Java text (UTF-8) only at the boundary. Every call that touches the file system runs
 * between {@code Syscall.enter/exit}. Failures are {@code *PathError}s whose texts are Go's on
 * Linux ("open x: no such file or directory").
 */
public final class Os {
    private Os() {}

    /**
     * "Args hold the command-line arguments, starting with the program name." Read from
     * GoProgram when this class initializes, which is after GoProgram.run recorded them (shim
     * classes initialize on first use, from translated code).
     */
    public static Slice<String> Args = args();

    /** Standard input, output and error: unbuffered, as in Go. */
    public static File Stdin = new File(0, "/dev/stdin");
    public static File Stdout = new File(1, "/dev/stdout");
    public static File Stderr = new File(2, "/dev/stderr");

    public static final GoError ErrInvalid = Fs.ErrInvalid;
    public static final GoError ErrPermission = Fs.ErrPermission;
    public static final GoError ErrExist = Fs.ErrExist;
    public static final GoError ErrNotExist = Fs.ErrNotExist;
    public static final GoError ErrClosed = Fs.ErrClosed;

    // Flags to OpenFile (Linux values).
    public static final long O_RDONLY = 0;
    public static final long O_WRONLY = 1;
    public static final long O_RDWR = 2;
    public static final long O_APPEND = 0x400;
    public static final long O_CREATE = 0x40;
    public static final long O_EXCL = 0x80;
    public static final long O_SYNC = 0x101000;
    public static final long O_TRUNC = 0x200;

    /** The arguments GoProgram.run recorded (os.Args[0] is the program name). */
    static Slice<String> args() {
        String[] a = GoProgram.args();
        return Slice.of(ElemType.STRING, a);
    }

    /** "Exit causes the current program to exit with the given status code." Deferred calls do not run. */
    public static void Exit(long code) {
        GoProgram.exit((int) code);
    }

    // ---- environment ----

    /** Setenv/Unsetenv changes: Java cannot change its own environment, so os keeps them here (null = unset). */
    private static final Map<String, String> envChanges = new ConcurrentHashMap<>();
    /** Marks an unset variable in envChanges. */
    private static final String UNSET = new String("\0unset");

    private static String lookup(String key) {
        String changed = envChanges.get(key);
        if (changed != null) {
            return changed == UNSET ? null : changed;
        }
        String v = System.getenv(GoProgram.toJavaText(key));
        return v == null ? null : GoProgram.toGoBytes(v);
    }

    /** The value of the environment variable, or "" when it is unset. */
    public static String Getenv(String key) {
        String v = lookup(key);
        return v == null ? "" : v;
    }

    /** The value of the environment variable and whether it is set. */
    public static Tuple2<String, Boolean> LookupEnv(String key) {
        String v = lookup(key);
        return new Tuple2<>(v == null ? "" : v, v != null);
    }

    /** Sets the variable for this program (Getenv, LookupEnv, Environ see it). */
    public static GoError Setenv(String key, String value) {
        if (key.isEmpty() || key.indexOf('=') >= 0 || key.indexOf(0) >= 0 || value.indexOf(0) >= 0) {
            return new SyscallError("setenv", Errno.EINVAL);
        }
        envChanges.put(key, value);
        return null;
    }

    public static GoError Unsetenv(String key) {
        envChanges.put(key, UNSET);
        return null;
    }

    /** "key=value" for every variable, in the order of the process's environment (changes last). */
    public static Slice<String> Environ() {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        System.getenv().forEach((k, v) -> all.put(GoProgram.toGoBytes(k), GoProgram.toGoBytes(v)));
        envChanges.forEach((k, v) -> {
            all.remove(k);
            if (v != UNSET) {
                all.put(k, v);
            }
        });
        String[] out = all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
        return Slice.of(ElemType.STRING, out);
    }

    /** The current directory. */
    public static Tuple2<String, GoError> Getwd() {
        return new Tuple2<>(GoProgram.toGoBytes(System.getProperty("user.dir")), null);
    }

    /** $TMPDIR, or "/tmp". */
    public static String TempDir() {
        String dir = Getenv("TMPDIR");
        return dir.isEmpty() ? "/tmp" : dir;
    }

    public static long Getpid() {
        return ProcessHandle.current().pid();
    }

    public static Tuple2<String, GoError> Hostname() {
        try {
            return new Tuple2<>(GoProgram.toGoBytes(Files.readString(Path.of("/proc/sys/kernel/hostname")).trim()), null);
        } catch (IOException e) {
            return new Tuple2<>("", new SyscallError("hostname", Errno.of(e)));
        }
    }

    // ---- errors ----

    /** Unwraps PathError, LinkError and SyscallError, as Go's underlyingError does. */
    private static GoError underlying(GoError err) {
        return switch (err) {
            case PathError p -> p.Err;
            case SyscallError s -> s.Err;
            case null, default -> err;
        };
    }

    public static boolean IsNotExist(GoError err) {
        GoError u = underlying(err);
        return u == Errno.ENOENT || u == Fs.ErrNotExist;
    }

    public static boolean IsExist(GoError err) {
        GoError u = underlying(err);
        return u == Errno.EEXIST || u == Errno.ENOTEMPTY || u == Fs.ErrExist;
    }

    public static boolean IsPermission(GoError err) {
        GoError u = underlying(err);
        return u == Errno.EACCES || u == Errno.EPERM || u == Fs.ErrPermission;
    }

    // ---- files ----

    private static Path path(String name) {
        return Path.of(GoProgram.toJavaText(name));
    }

    /** File descriptors handed out to opened files (Go's start after the three standard ones). */
    private static final java.util.concurrent.atomic.AtomicInteger nextFd = new java.util.concurrent.atomic.AtomicInteger(3);

    /** Opens for reading. */
    public static Tuple2<File, GoError> Open(String name) {
        return OpenFile(name, O_RDONLY, 0);
    }

    /** Creates or truncates the named file, mode 0666 before umask. */
    public static Tuple2<File, GoError> Create(String name) {
        return OpenFile(name, O_RDWR | O_CREATE | O_TRUNC, 0666);
    }

    /** The generalized open call: flag is O_* bits, perm the mode of a created file (before umask). */
    public static Tuple2<File, GoError> OpenFile(String name, long flag, long perm) {
        EnumSet<StandardOpenOption> options = EnumSet.noneOf(StandardOpenOption.class);
        long access = flag & 3;
        if (access == O_RDONLY || access == O_RDWR) {
            options.add(StandardOpenOption.READ);
        }
        if (access == O_WRONLY || access == O_RDWR) {
            options.add(StandardOpenOption.WRITE);
        }
        if ((flag & O_CREATE) != 0) {
            options.add((flag & O_EXCL) != 0 ? StandardOpenOption.CREATE_NEW : StandardOpenOption.CREATE);
        }
        if ((flag & O_TRUNC) != 0) {
            options.add(StandardOpenOption.TRUNCATE_EXISTING);
        }
        if ((flag & O_SYNC) == O_SYNC) {
            options.add(StandardOpenOption.SYNC);
        }
        boolean append = (flag & O_APPEND) != 0;
        Path p = path(name);
        Syscall.enter();
        try {
            if (Files.isDirectory(p) && options.contains(StandardOpenOption.WRITE)) {
                return new Tuple2<>(null, new PathError("open", name, Errno.EISDIR));
            }
            FileChannel ch = FileChannel.open(p, options,
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(FileModes.permissions(perm)));
            return new Tuple2<>(new File(nextFd.getAndIncrement(), name, ch, append), null);
        } catch (IOException | RuntimeException e) {
            return new Tuple2<>(null, new PathError("open", name, Errno.of(e)));
        } finally {
            Syscall.exit();
        }
    }

    /**
     * The whole file. As Go's ReadFile, the slice has room for one more byte than the file's
     * size and at least 512 bytes, so its cap is Go's for files that do not change meanwhile.
     */
    public static Tuple2<ByteSlice, GoError> ReadFile(String name) {
        Path p = path(name);
        Syscall.enter();
        try {
            if (Files.isDirectory(p)) {
                return new Tuple2<>(ByteSlice.make(0, 512), new PathError("read", name, Errno.EISDIR));
            }
            byte[] data = Files.readAllBytes(p);
            long size = Files.size(p) + 1;
            ByteSlice out = ByteSlice.make(0, Math.max(size, 512));
            if (data.length >= out.cap()) {
                out = ByteSlice.make(0, data.length + 1);
            }
            out = out.slice(0, data.length);
            go.io.SliceBytes.copyIn(out, data, 0, data.length);
            return new Tuple2<>(out, null);
        } catch (IOException | RuntimeException e) {
            return new Tuple2<>(ByteSlice.NIL, new PathError("open", name, Errno.of(e)));
        } finally {
            Syscall.exit();
        }
    }

    /** Writes data to the named file, creating it with perm (before umask) or truncating it. */
    public static GoError WriteFile(String name, ByteSlice data, long perm) {
        Tuple2<File, GoError> f = OpenFile(name, O_WRONLY | O_CREATE | O_TRUNC, perm);
        if (f.v1() != null) {
            return f.v1();
        }
        GoError err = f.v0().Write(data).v1();
        GoError closeErr = f.v0().Close();
        return err != null ? err : closeErr;
    }

    /** Removes the named file or empty directory. */
    public static GoError Remove(String name) {
        Syscall.enter();
        try {
            Files.delete(path(name));
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("remove", name, Errno.of(e));
        } finally {
            Syscall.exit();
        }
    }

    /** Removes path and everything it contains; nil if path does not exist. */
    public static GoError RemoveAll(String name) {
        if (name.isEmpty()) {
            return null;
        }
        if (name.equals(".") || name.endsWith("/.")) {
            return new PathError("RemoveAll", name, Errno.EINVAL);
        }
        Path root = path(name);
        Syscall.enter();
        try {
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                return null;
            }
            try (var walk = Files.walk(root)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("unlinkat", name, Errno.of(e));
        } finally {
            Syscall.exit();
        }
    }

    /** Creates a directory; "mkdir NAME: file exists" if it exists. */
    public static GoError Mkdir(String name, long perm) {
        Syscall.enter();
        try {
            Files.createDirectory(path(name),
                    java.nio.file.attribute.PosixFilePermissions.asFileAttribute(FileModes.permissions(perm)));
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("mkdir", name, Errno.of(e));
        } finally {
            Syscall.exit();
        }
    }

    /** Creates a directory and any missing parents; nil if it already is a directory. */
    public static GoError MkdirAll(String name, long perm) {
        Tuple2<FileInfo, GoError> st = Stat(name);
        if (st.v1() == null) {
            if (st.v0().IsDir()) {
                return null;
            }
            return new PathError("mkdir", name, Errno.ENOTDIR);
        }
        // Create the parent first, as Go does, so an error names the first component that failed.
        int i = name.length();
        while (i > 0 && name.charAt(i - 1) == '/') {
            i--;
        }
        int j = i;
        while (j > 0 && name.charAt(j - 1) != '/') {
            j--;
        }
        if (j > 1) {
            GoError err = MkdirAll(name.substring(0, j - 1), perm);
            if (err != null) {
                return err;
            }
        }
        GoError err = Mkdir(name, perm);
        if (err != null) {
            Tuple2<FileInfo, GoError> again = Lstat(name);
            if (again.v1() == null && again.v0().IsDir()) {
                return null;
            }
            return err;
        }
        return null;
    }

    /** A new directory in dir (TempDir() if "") named pattern with its last "*" replaced by a random string. */
    public static Tuple2<String, GoError> MkdirTemp(String dir, String pattern) {
        if (dir.isEmpty()) {
            dir = TempDir();
        }
        if (pattern.indexOf('/') >= 0) {
            return new Tuple2<>("", new PathError("mkdirtemp", pattern, Errors.New("pattern contains path separator")));
        }
        int star = pattern.lastIndexOf('*');
        String prefix = star < 0 ? pattern : pattern.substring(0, star);
        String suffix = star < 0 ? "" : pattern.substring(star + 1);
        for (int attempt = 0; attempt < 10000; attempt++) {
            String name = dir + "/" + prefix + Integer.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextInt()) + suffix;
            GoError err = Mkdir(name, 0700);
            if (err == null) {
                return new Tuple2<>(name, null);
            }
            if (!IsExist(err)) {
                return new Tuple2<>("", err);
            }
        }
        return new Tuple2<>("", new PathError("mkdirtemp", dir + "/" + pattern, Fs.ErrExist));
    }

    /** A new file in dir (TempDir() if "") opened for reading and writing, named like MkdirTemp's. */
    public static Tuple2<File, GoError> CreateTemp(String dir, String pattern) {
        if (dir.isEmpty()) {
            dir = TempDir();
        }
        int star = pattern.lastIndexOf('*');
        String prefix = star < 0 ? pattern : pattern.substring(0, star);
        String suffix = star < 0 ? "" : pattern.substring(star + 1);
        for (int attempt = 0; attempt < 10000; attempt++) {
            String name = dir + "/" + prefix + Integer.toUnsignedString(java.util.concurrent.ThreadLocalRandom.current().nextInt()) + suffix;
            Tuple2<File, GoError> f = OpenFile(name, O_RDWR | O_CREATE | O_EXCL, 0600);
            if (f.v1() == null || !IsExist(f.v1())) {
                return f;
            }
        }
        return new Tuple2<>(null, new PathError("createtemp", dir + "/" + pattern, Fs.ErrExist));
    }

    /** Renames (moves) oldpath to newpath, replacing a file there. */
    public static GoError Rename(String oldpath, String newpath) {
        Syscall.enter();
        try {
            Files.move(path(oldpath), path(newpath), java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            return null;
        } catch (IOException | RuntimeException e) {
            return new LinkError("rename", oldpath, newpath, Errno.of(e));
        } finally {
            Syscall.exit();
        }
    }

    /** The FileInfo of the named file, following symbolic links. */
    public static Tuple2<FileInfo, GoError> Stat(String name) {
        return statPath("stat", name, true);
    }

    /** The FileInfo of the named file, not following a final symbolic link. */
    public static Tuple2<FileInfo, GoError> Lstat(String name) {
        return statPath("lstat", name, false);
    }

    static Tuple2<FileInfo, GoError> statPath(String op, String name, boolean follow) {
        Path p = path(name);
        Syscall.enter();
        try {
            PosixFileAttributes a = follow ? Files.readAttributes(p, PosixFileAttributes.class)
                    : Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            return new Tuple2<>(stat(base(name), a), null);
        } catch (IOException | RuntimeException e) {
            return new Tuple2<>(null, new PathError(op, name, Errno.of(e)));
        } finally {
            Syscall.exit();
        }
    }

    private static FileStat stat(String base, PosixFileAttributes a) {
        long size = a.size();
        return new FileStat(base, size, FileModes.of(a), a.lastModifiedTime().to(java.util.concurrent.TimeUnit.NANOSECONDS), a.fileKey());
    }

    /** Go's filepath.Base for the name a FileInfo reports. */
    private static String base(String name) {
        int end = name.length();
        while (end > 1 && name.charAt(end - 1) == '/') {
            end--;
        }
        String trimmed = name.substring(0, end);
        int slash = trimmed.lastIndexOf('/');
        String b = slash < 0 ? trimmed : trimmed.substring(slash + 1);
        return b.isEmpty() ? (name.startsWith("/") ? "/" : ".") : b;
    }

    /** The entries of the named directory, sorted by name. */
    public static Tuple2<Slice<DirEntry>, GoError> ReadDir(String name) {
        Path dir = path(name);
        TreeMap<String, DirEntry> entries = new TreeMap<>();
        Syscall.enter();
        try (var list = Files.list(dir)) {
            for (Path p : list.toList()) {
                String entryName = GoProgram.toGoBytes(p.getFileName().toString());
                entries.put(entryName, stat(entryName, Files.readAttributes(p, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS)));
            }
        } catch (IOException | RuntimeException e) {
            Errno errno = Errno.of(e);
            return new Tuple2<>(Slice.nil(ElemType.pointer()), new PathError("open", name, errno));
        } finally {
            Syscall.exit();
        }
        return new Tuple2<>(Slice.of(ElemType.<DirEntry>pointer(), entries.values().toArray(new DirEntry[0])), null);
    }

    // ---- links, modes, times ----

    /** Creates newname as a symbolic link to oldname. */
    public static GoError Symlink(String oldname, String newname) {
        Syscall.enter();
        try {
            Files.createSymbolicLink(path(newname), path(oldname));
            return null;
        } catch (IOException | RuntimeException e) {
            return new LinkError("symlink", oldname, newname, Errno.of(e));
        } finally {
            Syscall.exit();
        }
    }

    /** The destination of the named symbolic link, as stored. */
    public static Tuple2<String, GoError> Readlink(String name) {
        Syscall.enter();
        try {
            return new Tuple2<>(GoProgram.toGoBytes(Files.readSymbolicLink(path(name)).toString()), null);
        } catch (IOException | RuntimeException e) {
            return new Tuple2<>("", new PathError("readlink", name, Errno.of(e)));
        } finally {
            Syscall.exit();
        }
    }

    /** Sets the permission bits of the named file (setuid, setgid and sticky bits are not supported by Java). */
    public static GoError Chmod(String name, int mode) {
        Syscall.enter();
        try {
            Files.setPosixFilePermissions(path(name), FileModes.permissions(mode & 0777));
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("chmod", name, Errno.of(e));
        } finally {
            Syscall.exit();
        }
    }

    /** Sets the access and modification times of the named file. */
    public static GoError Chtimes(String name, go.time.Time atime, go.time.Time mtime) {
        Syscall.enter();
        try {
            var view = Files.getFileAttributeView(path(name), java.nio.file.attribute.BasicFileAttributeView.class);
            view.setTimes(fileTime(mtime), fileTime(atime), null);
            return null;
        } catch (IOException | RuntimeException e) {
            return new PathError("chtimes", name, Errno.of(e));
        } finally {
            Syscall.exit();
        }
    }

    /** A zero Time leaves the time unchanged in Go; Java's null does the same. */
    private static java.nio.file.attribute.FileTime fileTime(go.time.Time t) {
        return t.IsZero() ? null : java.nio.file.attribute.FileTime.from(java.time.Instant.ofEpochSecond(t.Unix(), t.Nanosecond()));
    }

    /** Whether fi1 and fi2 describe the same file (device and inode), as Stat reports them. */
    public static boolean SameFile(FileInfo fi1, FileInfo fi2) {
        return fi1 instanceof FileStat a && fi2 instanceof FileStat b && a.key() != null && a.key().equals(b.key());
    }

    // ---- user directories ----

    /** $XDG_CACHE_HOME, else $HOME/.cache. */
    public static Tuple2<String, GoError> UserCacheDir() {
        return userDir("XDG_CACHE_HOME", ".cache");
    }

    /** $XDG_CONFIG_HOME, else $HOME/.config. */
    public static Tuple2<String, GoError> UserConfigDir() {
        return userDir("XDG_CONFIG_HOME", ".config");
    }

    private static Tuple2<String, GoError> userDir(String xdg, String under) {
        String dir = Getenv(xdg);
        if (dir.isEmpty()) {
            dir = Getenv("HOME");
            if (dir.isEmpty()) {
                return new Tuple2<>("", Errors.New("neither $" + xdg + " nor $HOME are defined"));
            }
            dir += "/" + under;
        } else if (!dir.startsWith("/")) {
            return new Tuple2<>("", Errors.New("path in $" + xdg + " is relative"));
        }
        return new Tuple2<>(dir, null);
    }

    // ---- expanding $var and ${var} ----

    /** s with each $var or ${var} replaced by mapping(var); Go's shell-like rules for special and bad names. */
    public static String Expand(String s, dev.goloom.runtime.Func1<String, String> mapping) {
        StringBuilder buf = null;
        int i = 0;
        for (int j = 0; j < s.length(); j++) {
            if (s.charAt(j) == '$' && j + 1 < s.length()) {
                if (buf == null) {
                    buf = new StringBuilder(2 * s.length());
                }
                buf.append(s, i, j);
                String rest = s.substring(j + 1);
                String name;
                int w;
                if (rest.charAt(0) == '{') {
                    if (rest.length() > 2 && isShellSpecialVar(rest.charAt(1)) && rest.charAt(2) == '}') {
                        name = rest.substring(1, 2);
                        w = 3;
                    } else {
                        int close = rest.indexOf('}', 1);
                        if (close == 1) {
                            name = "";
                            w = 2;
                        } else if (close > 1) {
                            name = rest.substring(1, close);
                            w = close + 1;
                        } else {
                            name = "";
                            w = 1;
                        }
                    }
                } else if (isShellSpecialVar(rest.charAt(0))) {
                    name = rest.substring(0, 1);
                    w = 1;
                } else {
                    int k = 0;
                    while (k < rest.length() && isAlphaNum(rest.charAt(k))) {
                        k++;
                    }
                    name = rest.substring(0, k);
                    w = k;
                }
                if (name.isEmpty() && w > 0) {
                    // Bad syntax: the characters are dropped.
                } else if (name.isEmpty()) {
                    buf.append('$');
                } else {
                    buf.append(mapping.call(name));
                }
                j += w;
                i = j + 1;
            }
        }
        return buf == null ? s : buf.append(s, Math.min(i, s.length()), s.length()).toString();
    }

    public static String ExpandEnv(String s) {
        return Expand(s, Os::Getenv);
    }

    private static boolean isShellSpecialVar(char c) {
        return "*#$@!?-0123456789".indexOf(c) >= 0;
    }

    private static boolean isAlphaNum(char c) {
        return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
