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
 * One dynamic test per program, so Surefire counts them. A program passes when goloom's
 * stdout, normalized stderr and exit status equal real Go's goldens. With a known-failures
 * file, a listed failure passes the test (it is known), an unlisted one fails it, and a
 * listed program that now passes fails it too, asking for its removal.
 */
final class ConformanceSuite {
    private final String corpusName;
    private final List<? extends ConformanceCase> programs;
    private final Path knownFailuresFile;
    private final Map<String, Verdict> results = new ConcurrentHashMap<>();

    ConformanceSuite(String corpusName, List<? extends ConformanceCase> programs, Path knownFailuresFile) {
        this.corpusName = corpusName;
        this.programs = programs;
        this.knownFailuresFile = knownFailuresFile;
    }

    static Path repo() {
        return Path.of(System.getProperty("goloom.repo", "..")).toAbsolutePath().normalize();
    }

    static boolean update() {
        return Boolean.getBoolean("goloom.update");
    }

    Stream<DynamicTest> tests() throws IOException {
        KnownFailures known = knownFailuresFile == null ? null : KnownFailures.read(knownFailuresFile);
        Stream<DynamicTest> each = programs.stream().map(p -> DynamicTest.dynamicTest(p.name(), () -> {
            Verdict v = runOne(p);
            results.put(p.name(), v == null ? PASS : v);
            if (update()) {
                return;
            }
            boolean listed = known != null && known.contains(p.name());
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

    private static Verdict runOne(ConformanceCase p) throws Exception {
        Path work = Files.createTempDirectory("goloom-conformance-");
        try {
            return p.run(work);
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
        Path summary = repo().resolve("conformance/target/" + corpusName + "-results.tsv");
        Files.createDirectories(summary.getParent());
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(results).forEach((n, v) -> sb.append(n).append('\t').append(v.category()).append('\t')
                .append(v.reason().replace('\n', ' ')).append('\n'));
        Files.writeString(summary, sb);
        if (update() && knownFailuresFile != null) {
            KnownFailures.write(knownFailuresFile, corpusName, failures);
        }
        if (Boolean.getBoolean("goloom.scoreboard")) {
            Scoreboard.write(repo());
        }
    }
}
