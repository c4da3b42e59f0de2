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

    /** What happened: a goloom-side failure (translation, compilation) or a finished run. */
    sealed interface Outcome {
        record NotTranslated(String category, String firstError) implements Outcome {}
        record Ran(int exit, byte[] stdout, String stderr) implements Outcome {}
        record TimedOut() implements Outcome {}
    }

    static Outcome run(GoldenProgram program, Path workDir) throws IOException, InterruptedException {
        Diagnostics diags = new Diagnostics();
        BuildCache.Entry built;
        try {
            built = Programs.build(PackageLoader.programFiles(List.of(program.source())), "prog", diags, null);
        } catch (InMemoryCompiler.GeneratedJavaError e) {
            return new Outcome.NotTranslated("javac", firstLine(e.getMessage().replaceFirst("^[^\\n]*\\n\\s*", "")));
        } catch (RuntimeException e) {
            return new Outcome.NotTranslated("crash", e.toString());
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
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(cwd.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.redirectInput(program.stdin() == null ? ProcessBuilder.Redirect.from(new java.io.File("/dev/null"))
                : ProcessBuilder.Redirect.from(program.stdin().toFile()));
        pb.environment().remove("GOMAXPROCS");
        Process p = pb.start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly().waitFor();
            return new Outcome.TimedOut();
        }
        return new Outcome.Ran(p.exitValue(), Files.readAllBytes(out),
                TracebackNormalizer.normalize(Files.readString(err, StandardCharsets.ISO_8859_1)));
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
