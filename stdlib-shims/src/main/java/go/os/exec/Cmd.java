// exec.Cmd: an external command run with java.lang.ProcessBuilder; blocking reads and waits go through Syscall.
package go.os.exec;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoProgram;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Syscall;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.WaitGroup;
import go.bytes.Buffer;
import go.context.Context;
import go.errors.Errors;
import go.io.Reader;
import go.io.SliceBytes;
import go.io.Writer;
import go.io.fs.PathError;
import go.os.Os;
import go.syscall.Errno;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Go's {@code *exec.Cmd}. As in Go, standard streams that are goloom's own {@code os.Stdout}
 * / {@code os.Stderr} / {@code os.Stdin} are handed to the child directly (inherited file
 * descriptors), a nil stream is the null device, and any other Reader or Writer is fed
 * through a pipe by a goroutine of its own that Wait waits for. When Stdout and Stderr are
 * the same Writer, the child gets one pipe for both (so CombinedOutput interleaves as in Go).
 */
public final class Cmd {
    /** The path of the command to run (LookPath's result for a bare name). */
    public String Path = "";
    /** The command line, the command's name first. */
    public Slice<String> Args = Slice.nil(ElemType.STRING);
    /** The environment, "key=value" each; nil means the current process's (os.Environ). */
    public Slice<String> Env = Slice.nil(ElemType.STRING);
    /** The working directory; "" means the caller's. */
    public String Dir = "";
    /** Standard input; nil means the null device. */
    public Reader Stdin;
    /** Standard output; nil means the null device. */
    public Writer Stdout;
    /** Standard error; nil means the null device. */
    public Writer Stderr;
    /** The LookPath error of Command, returned by Start. */
    public GoError Err;

    /** CommandContext's context, or null. */
    Context ctx;
    /** The running process, set by Start. */
    private Process process;
    /** Whether Wait has been called. */
    private boolean waitCalled;
    /** The goroutines copying between pipes and Go Readers/Writers. */
    private final WaitGroup copiers = new WaitGroup();
    /** The first error a copying goroutine met (under {@code this}). */
    private GoError copyError;

    public Cmd() {}

    /** Command line as Go prints it: the resolved path and the arguments. */
    public String String() {
        if (Err != null) {
            return String.join(" ", Args.toArray(new String[(int) Args.len()]));
        }
        StringBuilder b = new StringBuilder(Path);
        for (long i = 1; i < Args.len(); i++) {
            b.append(' ').append(Args.get(i));
        }
        return b.toString();
    }

    /** Start then Wait. */
    public GoError Run() {
        GoError err = Start();
        return err != null ? err : Wait();
    }

    /** Starts the command without waiting for it. */
    public GoError Start() {
        if (Path.isEmpty() && Err == null) {
            Err = Errors.New("exec: no command");
        }
        if (Err != null) {
            return Err;
        }
        if (process != null) {
            return Errors.New("exec: already started");
        }
        if (ctx != null && ctx.Err() != null) {
            return ctx.Err();
        }
        Tuple2<Slice<String>, GoError> env = environ();
        if (env.v1() != null) {
            return env.v1();
        }
        List<String> command = new ArrayList<>();
        command.add(GoProgram.toJavaText(Path));
        for (long i = 1; i < Args.len(); i++) {
            command.add(GoProgram.toJavaText(Args.get(i)));
        }
        ProcessBuilder pb = new ProcessBuilder(command);
        if (!Dir.isEmpty()) {
            java.nio.file.Path dir = java.nio.file.Path.of(GoProgram.toJavaText(Dir));
            if (!Files.isDirectory(dir)) {
                return new PathError("chdir", Dir, Files.exists(dir) ? Errno.ENOTDIR : Errno.ENOENT);
            }
            pb.directory(dir.toFile());
        }
        Map<String, String> penv = pb.environment();
        penv.clear();
        for (long i = 0; i < env.v0().len(); i++) {
            String kv = env.v0().get(i);
            int eq = kv.indexOf('=', 1);
            if (eq < 0) {
                continue; // Java cannot pass an entry without '='
            }
            penv.put(GoProgram.toJavaText(kv.substring(0, eq)), GoProgram.toJavaText(kv.substring(eq + 1)));
        }
        pb.redirectInput(Stdin == null ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))
                : Stdin == Os.Stdin ? ProcessBuilder.Redirect.INHERIT : ProcessBuilder.Redirect.PIPE);
        pb.redirectOutput(outputRedirect(Stdout, Os.Stdout));
        boolean shared = Stdout != null && Stderr == Stdout && Stdout != Os.Stdout;
        if (shared) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(outputRedirect(Stderr, Os.Stderr));
        }
        Syscall.enter();
        try {
            process = pb.start();
        } catch (IOException e) {
            return new PathError("fork/exec", Path, Errno.of(e));
        } finally {
            Syscall.exit();
        }
        if (Stdin != null && Stdin != Os.Stdin) {
            feed(Stdin, process.getOutputStream());
        }
        if (Stdout != null && Stdout != Os.Stdout) {
            drain(process.getInputStream(), Stdout);
        }
        if (!shared && Stderr != null && Stderr != Os.Stderr) {
            drain(process.getErrorStream(), Stderr);
        }
        return null;
    }

    /** The child's descriptor for an output stream: inherited, discarded, or a pipe. */
    private static ProcessBuilder.Redirect outputRedirect(Writer w, Writer same) {
        return w == null ? ProcessBuilder.Redirect.DISCARD : w == same ? ProcessBuilder.Redirect.INHERIT
                : ProcessBuilder.Redirect.PIPE;
    }

    /** A goroutine copying the child's output pipe into w until EOF, as Go's io.Copy does. */
    private void drain(InputStream in, Writer w) {
        copiers.Add(1);
        dev.goloom.runtime.Go.go(() -> {
            try {
                byte[] buf = new byte[32 * 1024];
                while (true) {
                    int n;
                    Syscall.enter();
                    try {
                        n = in.read(buf);
                    } catch (IOException e) {
                        n = -1;
                    } finally {
                        Syscall.exit();
                    }
                    if (n < 0) {
                        break;
                    }
                    if (n > 0) {
                        GoError err = w.Write(SliceBytes.sliceOf(buf, 0, n)).v1();
                        if (err != null) {
                            recordCopyError(err);
                            break;
                        }
                    }
                }
            } finally {
                copiers.Done();
            }
        });
    }

    /** A goroutine copying r into the child's input pipe, then closing it. */
    private void feed(Reader r, OutputStream out) {
        copiers.Add(1);
        dev.goloom.runtime.Go.go(() -> {
            try {
                ByteSlice buf = ByteSlice.make(32 * 1024);
                while (true) {
                    Tuple2<Long, GoError> t = r.Read(buf);
                    long n = t.v0();
                    if (n > 0) {
                        byte[] chunk = SliceBytes.toArray(buf.slice(0, n));
                        Syscall.enter();
                        try {
                            out.write(chunk);
                            out.flush();
                        } catch (IOException e) {
                            break; // the child closed its input (EPIPE): Go ignores that too
                        } finally {
                            Syscall.exit();
                        }
                    }
                    if (t.v1() != null) {
                        if (t.v1() != go.io.Io.EOF) {
                            recordCopyError(t.v1());
                        }
                        break;
                    }
                }
            } finally {
                try {
                    out.close();
                } catch (IOException ignored) {
                    // already closed by the child's exit
                }
                copiers.Done();
            }
        });
    }

    private synchronized void recordCopyError(GoError err) {
        if (copyError == null) {
            copyError = err;
        }
    }

    /**
     * Waits for the command to exit and for the copying goroutines to finish. With a context,
     * a done context kills the process (SIGKILL), and Wait reports "signal: killed".
     */
    public GoError Wait() {
        if (process == null) {
            return Errors.New("exec: not started");
        }
        if (waitCalled) {
            return Errors.New("exec: Wait was already called");
        }
        waitCalled = true;
        boolean killed = false;
        int status;
        Syscall.enter();
        try {
            if (ctx == null) {
                status = process.waitFor();
            } else {
                while (!process.waitFor(10, TimeUnit.MILLISECONDS)) {
                    if (ctx.Err() != null && !killed) {
                        process.destroyForcibly();
                        killed = true;
                    }
                }
                status = process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = -1;
        } finally {
            Syscall.exit();
        }
        copiers.Wait();
        GoError err = status == 0 && !killed ? null : new ExitError(status, killed);
        synchronized (this) {
            return err != null ? err : copyError;
        }
    }

    /** Runs the command and returns its standard output. */
    public Tuple2<ByteSlice, GoError> Output() {
        if (Stdout != null) {
            return new Tuple2<>(ByteSlice.NIL, Errors.New("exec: Stdout already set"));
        }
        Buffer stdout = new Buffer();
        Stdout = stdout;
        Buffer stderr = null;
        if (Stderr == null) {
            stderr = new Buffer();
            Stderr = stderr;
        }
        GoError err = Run();
        if (err instanceof ExitError ee && stderr != null) {
            ee.Stderr = stderr.Bytes();
        }
        return new Tuple2<>(stdout.Bytes(), err);
    }

    /** Runs the command and returns its standard output and standard error, interleaved. */
    public Tuple2<ByteSlice, GoError> CombinedOutput() {
        if (Stdout != null) {
            return new Tuple2<>(ByteSlice.NIL, Errors.New("exec: Stdout already set"));
        }
        if (Stderr != null) {
            return new Tuple2<>(ByteSlice.NIL, Errors.New("exec: Stderr already set"));
        }
        Buffer b = new Buffer();
        Stdout = b;
        Stderr = b;
        GoError err = Run();
        return new Tuple2<>(b.Bytes(), err);
    }

    /** The environment the command would run with. */
    public Slice<String> Environ() {
        return environ().v0();
    }

    /**
     * Go's Cmd.environ: Env, or the current environment plus PWD=Dir (absolute) when Env is nil
     * and Dir is set; later duplicates of a key replace earlier ones, keeping the later place.
     */
    private Tuple2<Slice<String>, GoError> environ() {
        List<String> env = new ArrayList<>();
        Slice<String> base = Env.isNil() ? Os.Environ() : Env;
        for (long i = 0; i < base.len(); i++) {
            env.add(base.get(i));
        }
        if (Env.isNil() && !Dir.isEmpty()) {
            String abs = Dir.startsWith("/") ? Dir : Os.Getwd().v0() + "/" + Dir;
            env.add("PWD=" + go.path.filepath.Filepath.Clean(abs));
        }
        // Go's dedupEnv: from the end, the first entry of each key wins; malformed entries stay.
        List<String> kept = new ArrayList<>();
        java.util.Set<String> saw = new java.util.HashSet<>();
        GoError err = null;
        for (int i = env.size() - 1; i >= 0; i--) {
            String kv = env.get(i);
            if (kv.indexOf(0) >= 0) {
                err = Errors.New("exec: environment variable contains NUL");
                continue;
            }
            int eq = kv.indexOf('=');
            if (eq == 0) {
                eq = kv.indexOf('=', 1);
            }
            if (eq < 0) {
                if (!kv.isEmpty()) {
                    kept.add(kv);
                }
                continue;
            }
            if (saw.add(kv.substring(0, eq))) {
                kept.add(kv);
            }
        }
        java.util.Collections.reverse(kept);
        return new Tuple2<>(Slice.of(ElemType.STRING, kept.toArray(new String[0])), err);
    }
}
