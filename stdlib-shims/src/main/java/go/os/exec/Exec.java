// Package os/exec's functions: Command, CommandContext, LookPath, and its sentinel errors.
package go.os.exec;

import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoProgram;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Syscall;
import dev.goloom.runtime.Tuple2;
import go.context.Context;
import go.errors.Errors;
import go.io.fs.Fs;
import go.os.Os;
import go.path.filepath.Filepath;
import go.syscall.Errno;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;

/** Go's package os/exec (Unix): commands run as child processes of the JVM. */
public final class Exec {
    private Exec() {}

    /** A PATH search found no executable file. */
    public static final GoError ErrNotFound = Errors.New("executable file not found in $PATH");
    /** A PATH search found the executable through a relative PATH entry. */
    public static final GoError ErrDot = Errors.New("cannot run executable found relative to current directory");

    /** A command to run name with args; a bare name is looked up in PATH now (the error waits for Start). */
    public static Cmd Command(String name, String... arg) {
        Cmd c = new Cmd();
        c.Path = name;
        String[] args = new String[arg.length + 1];
        args[0] = name;
        System.arraycopy(arg, 0, args, 1, arg.length);
        c.Args = Slice.of(ElemType.STRING, args);
        if (Filepath.Base(name).equals(name)) {
            Tuple2<String, GoError> lp = LookPath(name);
            if (!lp.v0().isEmpty()) {
                c.Path = lp.v0();
            }
            if (lp.v1() != null) {
                c.Err = lp.v1();
            }
        }
        return c;
    }

    /** Command whose process is killed if ctx is done before it exits; a nil ctx panics as in Go. */
    public static Cmd CommandContext(Context ctx, String name, String... arg) {
        if (ctx == null) {
            throw new dev.goloom.runtime.GoPanic("nil Context");
        }
        Cmd c = Command(name, arg);
        c.ctx = ctx;
        return c;
    }

    /** Go's LookPath on Unix: a name with '/' is checked as is; otherwise each PATH entry is tried. */
    public static Tuple2<String, GoError> LookPath(String file) {
        if (file.indexOf('/') >= 0) {
            GoError err = findExecutable(file);
            return err == null ? new Tuple2<>(file, null) : new Tuple2<>("", new Error(file, err));
        }
        Slice<String> dirs = Filepath.SplitList(Os.Getenv("PATH"));
        for (long i = 0; i < dirs.len(); i++) {
            String dir = dirs.get(i).isEmpty() ? "." : dirs.get(i);
            String path = Filepath.Join(dir, file);
            if (findExecutable(path) == null) {
                if (!Filepath.IsAbs(path)) {
                    return new Tuple2<>(path, new Error(file, ErrDot));
                }
                return new Tuple2<>(path, null);
            }
        }
        return new Tuple2<>("", new Error(file, ErrNotFound));
    }

    /** nil when file is a regular file someone may execute; else why not. */
    private static GoError findExecutable(String file) {
        Syscall.enter();
        try {
            PosixFileAttributes a = Files.readAttributes(Path.of(GoProgram.toJavaText(file)), PosixFileAttributes.class);
            if (a.isDirectory()) {
                return Errno.EISDIR;
            }
            var p = a.permissions();
            if (p.contains(PosixFilePermission.OWNER_EXECUTE) || p.contains(PosixFilePermission.GROUP_EXECUTE)
                    || p.contains(PosixFilePermission.OTHERS_EXECUTE)) {
                return null;
            }
            return Fs.ErrPermission;
        } catch (IOException | RuntimeException e) {
            return new go.io.fs.PathError("stat", file, Errno.of(e));
        } finally {
            Syscall.exit();
        }
    }
}
