// Translates, compiles and runs one Go program with goloom in a child JVM, capturing what it does.
package dev.goloom.conformance;

import dev.goloom.build.BuildCache;
import dev.goloom.build.InMemoryCompiler;
import dev.goloom.build.Programs;
import dev.goloom.diag.Diagnostics;
import dev.goloom.loader.PackageLoader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Each program runs in its own JVM (process isolation: exit status, stdin, file descriptors
 * and stray goroutines cannot leak into the next program), with the class path of this test
 * JVM plus the program's classes, and a timeout.
 */
final class ProgramRunner {
    private ProgramRunner() {}

    static final int TIMEOUT_SECONDS = 30;
    static final int TRANSLATE_TIMEOUT_SECONDS = 60;

    /** How to run one program: its source (a .go file or a directory), inputs, and output handling. */
    record Spec(Path source, List<String> args, Path stdin, boolean mergeStderr, int timeoutSeconds) {}

    /** What happened: a goloom-side failure (translation, compilation) or a finished run. */
    sealed interface Outcome {
        record NotTranslated(String category, String firstError) implements Outcome {}
        record Ran(int exit, byte[] stdout, String stderr) implements Outcome {}
        record TimedOut() implements Outcome {}
    }

    static Outcome run(GoldenProgram program, Path workDir) throws IOException, InterruptedException {
        return run(new Spec(program.source(), program.args(), program.stdin(), false, TIMEOUT_SECONDS), workDir);
    }

    static Outcome run(Spec program, Path workDir) throws IOException, InterruptedException {
        Diagnostics diags = new Diagnostics();
        BuildCache.Entry built;
        // Translation runs on its own daemon thread, so that a goloom bug that never finishes
        // costs one test its time limit instead of hanging the suite.
        java.util.concurrent.FutureTask<BuildCache.Entry> task = new java.util.concurrent.FutureTask<>(
                () -> Programs.build(PackageLoader.programFiles(List.of(program.source())), "prog", diags, null));
        Thread translator = new Thread(task, "translate " + program.source().getFileName());
        translator.setDaemon(true);
        translator.start();
        try {
            built = task.get(TRANSLATE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return new Outcome.NotTranslated("timeout", "translation took longer than " + TRANSLATE_TIMEOUT_SECONDS + " s");
        } catch (java.util.concurrent.ExecutionException e) {
            if (e.getCause() instanceof InMemoryCompiler.GeneratedJavaError g) {
                return new Outcome.NotTranslated("javac", firstLine(g.getMessage().replaceFirst("^[^\\n]*\\n\\s*", "")));
            }
            return new Outcome.NotTranslated("crash", String.valueOf(e.getCause()));
        }
        if (built == null) {
            // Errors after an unsupported construct are usually its consequences: name the construct.
            var unsupported = diags.sorted().stream().filter(e -> e.message().startsWith("unsupported")).findFirst();
            if (unsupported.isPresent()) {
                return new Outcome.NotTranslated("unsupported", unsupported.get().message());
            }
            String first = diags.sorted().isEmpty() ? "no diagnostics" : diags.sorted().getFirst().toString();
            return new Outcome.NotTranslated("rejected", first);
        }
        Path classes = Files.createTempDirectory(workDir, "classes");
        for (Map.Entry<String, byte[]> e : built.classes().entrySet()) {
            Path f = classes.resolve(e.getKey().replace('.', '/') + ".class");
            Files.createDirectories(f.getParent());
            Files.write(f, e.getValue());
        }
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Xshare:auto", "-cp", classes + java.io.File.pathSeparator + System.getProperty("java.class.path"),
                built.mainClass()));
        cmd.addAll(program.args());
        Path out = workDir.resolve("stdout"), err = workDir.resolve("stderr"), cwd = Files.createTempDirectory(workDir, "cwd");
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile()).redirectOutput(out.toFile());
        if (program.mergeStderr()) {
            pb.redirectErrorStream(true);
        } else {
            pb.redirectError(err.toFile());
        }
        pb.redirectInput(program.stdin() == null ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))
                : ProcessBuilder.Redirect.from(program.stdin().toFile()));
        pb.environment().remove("GOMAXPROCS");
        Process p = pb.start();
        if (!p.waitFor(program.timeoutSeconds(), TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Outcome.TimedOut();
        }
        String stderr = program.mergeStderr() ? "" : Files.readString(err, StandardCharsets.ISO_8859_1);
        return new Outcome.Ran(p.exitValue(), Files.readAllBytes(out), TracebackNormalizer.normalize(stderr));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
