// Translates Go programs with goloom, compiles them in batches, and runs each in a child JVM.
package dev.goloom.conformance;

import dev.goloom.build.InMemoryCompiler;
import dev.goloom.build.Programs;
import dev.goloom.diag.Diagnostics;
import dev.goloom.emit.JavaSource;
import dev.goloom.loader.PackageLoader;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The three steps of a conformance run. {@link #translate} turns one program into Java below
 * its own Java package prefix, so that {@link InMemoryCompiler#compileBatch} can compile all
 * programs of a suite in one javac task; {@link #execute} runs one program in its own JVM
 * (process isolation: exit status, stdin, file descriptors and stray goroutines cannot leak
 * into the next program), with the class path of this test JVM plus the program's classes.
 */
final class ProgramRunner {
    private ProgramRunner() {}

    static final int TRANSLATE_TIMEOUT_SECONDS = 60;

    /**
     * How to run one program: its source (a .go file or a directory), inputs, output handling,
     * and the directory it runs in (null: a fresh empty one).
     */
    record Spec(Path source, List<String> args, Path stdin, boolean mergeStderr, int timeoutSeconds, Path workDir) {}

    /** What happened: a goloom-side failure (translation, compilation) or a finished run. */
    sealed interface Outcome {
        record NotTranslated(String category, String firstError) implements Outcome {}
        record Ran(int exit, byte[] stdout, String stderr) implements Outcome {}
        record TimedOut() implements Outcome {}
    }

    /** A translated program: its Java sources and the class with {@code main(String[])}. */
    record Translated(String mainClass, List<JavaSource> sources) {}

    /**
     * Translates one program with its Java packages below {@code prefix}. Returns a
     * {@link Translated} or an {@link Outcome.NotTranslated}. Translation runs on its own
     * daemon thread, so that a goloom bug that never finishes costs one program its time limit
     * instead of hanging the suite.
     */
    static Object translate(Spec program, String prefix) {
        Diagnostics diags = new Diagnostics();
        FutureTask<List<JavaSource>> task = new FutureTask<>(() -> Programs.translate(
                PackageLoader.programFiles(List.of(program.source())), "prog", prefix, diags));
        Thread thread = new Thread(task, "translate " + program.source().getFileName());
        thread.setDaemon(true);
        thread.start();
        List<JavaSource> sources;
        try {
            sources = task.get(TRANSLATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            return new Outcome.NotTranslated("timeout", "translation took longer than " + TRANSLATE_TIMEOUT_SECONDS + " s");
        } catch (ExecutionException e) {
            return new Outcome.NotTranslated("crash", String.valueOf(e.getCause()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome.NotTranslated("crash", "interrupted");
        }
        if (sources == null) {
            // Errors after an unsupported construct are usually its consequences: name the construct.
            var unsupported = diags.sorted().stream().filter(e -> e.message().startsWith("unsupported")).findFirst();
            if (unsupported.isPresent()) {
                return new Outcome.NotTranslated("unsupported", unsupported.get().message());
            }
            String first = diags.sorted().isEmpty() ? "no diagnostics" : diags.sorted().getFirst().toString();
            return new Outcome.NotTranslated("rejected", first);
        }
        return new Translated(sources.getLast().className(), sources);
    }

    /** Runs a compiled program in a child JVM. */
    static Outcome execute(Spec program, String mainClass, Map<String, byte[]> classes, Path workDir)
            throws IOException, InterruptedException {
        Path classDir = Files.createTempDirectory(workDir, "classes");
        for (Map.Entry<String, byte[]> e : classes.entrySet()) {
            Path f = classDir.resolve(e.getKey().replace('.', '/') + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-cp", classDir + File.pathSeparator + System.getProperty("java.class.path"),
                mainClass));
        cmd.addAll(program.args());
        Path out = workDir.resolve("stdout"), err = workDir.resolve("stderr");
        Path cwd = program.workDir() != null ? program.workDir() : Files.createTempDirectory(workDir, "cwd");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(out.toFile());
        if (program.mergeStderr()) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(err.toFile());
        }
        pb.redirectInput(ProcessBuilder.Redirect.from(program.stdin() == null ? new File("/dev/null") : program.stdin().toFile()));
        pb.environment().remove("GOMAXPROCS");
        Process p = pb.start();
        if (!p.waitFor(program.timeoutSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Outcome.TimedOut();
        }
        String stderr = program.mergeStderr() ? "" : Files.readString(err, StandardCharsets.ISO_8859_1);
        return new Outcome.Ran(p.exitValue(), Files.readAllBytes(out), TracebackNormalizer.normalize(stderr));
    }
}
