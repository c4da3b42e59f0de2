// Runs a list of golden programs as JUnit dynamic tests, with the known-failures ratchet.
package dev.goloom.conformance;

import dev.goloom.emit.OutputTree;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;

/**
 * One dynamic test per program, so Surefire counts them. All programs are translated and
 * compiled (in one javac task) before the first runs; each then runs in its own JVM. A program passes when goloom's
 * stdout, normalized stderr and exit status equal real Go's goldens. With a known-failures
 * file, a listed failure passes the test (it is known), an unlisted one fails it, and a
 * listed program that now passes fails it too, asking for its removal.
 * <p>
 * Cases with equal {@link ProgramRunner.Spec}s are one program (the examples of one file):
 * it is translated, compiled and run once, and each case judges the same run.
 */
final class ConformanceSuite {
    private final String corpusName;
    private final List<? extends ConformanceCase> programs;
    private final Path knownFailuresFile;
    private final Map<String, Verdict> results = new ConcurrentHashMap<>();

    ConformanceSuite(String corpusName, List<? extends ConformanceCase> programs, Path knownFailuresFile) {
        this.corpusName = corpusName;
        // -Dgoloom.only=typeparam/ runs the programs whose name contains it (a developer's loop):
        // the known-failures list and the summary of the whole corpus are then left alone.
        this.programs = only() == null ? programs : programs.stream().filter(p -> p.name().contains(only())).toList();
        this.knownFailuresFile = knownFailuresFile;
    }

    static Path repo() {
        return Path.of(System.getProperty("goloom.repo", "..")).toAbsolutePath().normalize();
    }

    /** The name filter of -Dgoloom.only, or null. */
    static String only() {
        String only = System.getProperty("goloom.only", "");
        return only.isEmpty() ? null : only;
    }

    static boolean update() {
        return Boolean.getBoolean("goloom.update");
    }

    Stream<DynamicTest> tests() throws IOException {
        KnownFailures known = knownFailuresFile == null ? null : KnownFailures.read(knownFailuresFile);
        Stream<DynamicTest> each = programs.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            Verdict v = judge(p, prepared().get(p.spec()));
            results.put(p.name(), v == null ? PASS : v);
            if (update()) {
                return;
            }
            boolean listed = known != null && known.contains(p.name());
            if (listed && known.flaky(p.name())) {
                return; // passes or fails with the machine's load (the list says why)
            }
            if (v == null && listed) {
                Assertions.fail(p.name() + " passes now: take it off " + knownFailuresFile);
            }
            if (v != null && !listed) {
                Assertions.fail(p.name() + " [" + v.category() + "] " + v.reason());
            }
        }));
        DynamicTest finish = DynamicTest.dynamicTest("summary", this::finish);
        return Stream.concat(each, Stream.of(finish));
    }

    static final Verdict PASS = new Verdict("pass", "");

    /** A program after translation and compilation: the outcome if it cannot run, else what to run. */
    private record Prepared(ProgramRunner.Outcome notRunnable, String mainClass, Map<String, byte[]> classes) {}

    /** Per distinct program: its translation and compilation, made once before the first run. */
    private Map<ProgramRunner.Spec, Prepared> prepared;

    /** How many cases each program has; made with {@link #prepared}. */
    private final Map<ProgramRunner.Spec, Integer> casesPerProgram = new java.util.HashMap<>();

    /** Finished runs of programs that several cases share. */
    private final Map<ProgramRunner.Spec, ProgramRunner.Outcome> sharedRuns = new java.util.HashMap<>();

    /**
     * Translates every distinct program (each below its own Java package, {@code c<N>}), then
     * compiles all of them in one javac task. Done once, before the first program runs.
     */
    private synchronized Map<ProgramRunner.Spec, Prepared> prepared() throws IOException {
        if (prepared != null) {
            return prepared;
        }
        prepared = new java.util.HashMap<>();
        List<ProgramRunner.Spec> specs = new java.util.ArrayList<>();
        for (ConformanceCase c : programs) {
            ProgramRunner.Spec spec = c.spec();
            if (casesPerProgram.merge(spec, 1, Integer::sum) == 1) {
                specs.add(spec);
            }
        }
        Map<ProgramRunner.Spec, ProgramRunner.Translated> translated = new java.util.LinkedHashMap<>();
        List<dev.goloom.emit.JavaSource> sources = new java.util.ArrayList<>();
        for (int i = 0; i < specs.size(); i++) {
            ProgramRunner.Spec spec = specs.get(i);
            Object t = ProgramRunner.translate(spec, "c" + i);
            if (t instanceof ProgramRunner.Translated tr) {
                translated.put(spec, tr);
                sources.addAll(tr.sources());
            } else {
                prepared.put(spec, new Prepared((ProgramRunner.Outcome) t, null, null));
            }
        }
        // A program's sources share their first package segment (c<N>).
        var batch = dev.goloom.build.InMemoryCompiler.compileBatch(sources, s -> s.className().split("\\.")[0]);
        for (int i = 0; i < specs.size(); i++) {
            ProgramRunner.Spec spec = specs.get(i);
            ProgramRunner.Translated tr = translated.get(spec);
            if (tr == null) {
                continue;
            }
            String error = tr.sources().stream().map(s -> batch.errorsByClass().get(s.className()))
                    .filter(java.util.Objects::nonNull).findFirst().orElse(null);
            if (error != null) {
                prepared.put(spec, new Prepared(new ProgramRunner.Outcome.NotTranslated("javac", error), null, null));
                continue;
            }
            String prefix = "c" + i + ".";
            Map<String, byte[]> own = new TreeMap<>();
            batch.classes().forEach((name, bytes) -> {
                if (name.startsWith(prefix)) {
                    own.put(name, bytes);
                }
            });
            prepared.put(spec, new Prepared(null, tr.mainClass(), own));
        }
        return prepared;
    }

    /** Runs the case's program (once, when cases share it) and judges the run for this case. */
    private Verdict judge(ConformanceCase p, Prepared prep) throws Exception {
        if (prep.notRunnable() != null) {
            return Verdict.notRun(prep.notRunnable());
        }
        ProgramRunner.Spec spec = p.spec();
        ProgramRunner.Outcome outcome = casesPerProgram.get(spec) == 1 ? run(spec, prep) : sharedRun(spec, prep);
        return outcome instanceof ProgramRunner.Outcome.Ran r ? p.judge(r) : Verdict.notRun(outcome);
    }

    private synchronized ProgramRunner.Outcome sharedRun(ProgramRunner.Spec spec, Prepared prep) throws Exception {
        ProgramRunner.Outcome outcome = sharedRuns.get(spec);
        if (outcome == null) {
            outcome = run(spec, prep);
            sharedRuns.put(spec, outcome);
        }
        return outcome;
    }

    private static ProgramRunner.Outcome run(ProgramRunner.Spec spec, Prepared prep) throws Exception {
        Path work = Files.createTempDirectory("goloom-conformance-");
        try {
            return ProgramRunner.execute(spec, prep.mainClass(), prep.classes(), work);
        } finally {
            OutputTree.deleteTree(work);
        }
    }

    /** Prints "N passed, N failed" and, in update mode, rewrites the known-failures list. */
    private void finish() throws IOException {
        Map<String, Verdict> failures = new TreeMap<>();
        results.forEach((name, v) -> {
            if (v != PASS) {
                failures.put(name, v);
            }
        });
        int passed = results.size() - failures.size();
        System.out.println(corpusName + ": " + passed + " passed, " + failures.size() + " failed");
        Path summary = repo().resolve("conformance/target/" + corpusName + (only() == null ? "" : "-only") + "-results.tsv");
        Files.createDirectories(summary.getParent());
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(results).forEach((n, v) -> sb.append(n).append('\t').append(v.category()).append('\t')
                .append(v.reason().replace('\n', ' ')).append('\n'));
        Files.writeString(summary, sb);
        if (update() && knownFailuresFile != null && only() == null) {
            // Flaky entries stay listed, with their reason, whatever this run gave.
            KnownFailures.read(knownFailuresFile).flakyEntries().forEach(failures::put);
            KnownFailures.write(knownFailuresFile, corpusName, failures);
        }
        if (Boolean.getBoolean("goloom.scoreboard") && only() == null) {
            Scoreboard.write(repo());
        }
    }
}
