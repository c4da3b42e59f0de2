// The standard library's own Example functions ($GOROOT/src), ratcheted by known-failures/stdexamples.tsv.
package dev.goloom.conformance;

import dev.goloom.emit.OutputTree;
import dev.goloom.loader.BuildConstraints;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every {@code func ExampleXxx()} with an output comment in the external test files
 * ({@code package PKG_test}) of {@link #PACKAGES} is one case, {@code PKG/ExampleXxx}. The test
 * files are read in place from {@code $(go env GOROOT)/src} and each becomes one program in
 * {@code conformance/target/stdexamples/} ({@link ExampleProgram}); nothing is copied into the
 * repository. Skipped with a message when Go is not installed.
 */
class StdExamplesTest {
    /** The packages whose examples make up the suite (issue #9). */
    static final List<String> PACKAGES = List.of("fmt", "strconv", "strings", "bytes", "errors", "unicode",
            "unicode/utf8", "math", "math/bits", "math/cmplx", "cmp", "sort", "slices", "maps", "container/heap", "container/list",
            "io", "bufio", "os");

    @TestFactory
    Stream<DynamicTest> stdExamples() throws IOException {
        Path src = GoSuiteTest.goroot() == null ? null : GoSuiteTest.goroot().resolve("src");
        if (src == null || !Files.isDirectory(src)) {
            System.out.println("stdexamples: SKIPPED: Go is not installed (no `go env GOROOT`), so the standard library's examples do not run");
        }
        Assumptions.assumeTrue(src != null && Files.isDirectory(src),
                "Go is not installed (no `go env GOROOT`): the standard library's examples are skipped");
        var repo = ConformanceSuite.repo();
        return new ConformanceSuite("stdexamples", discover(src, repo.resolve("conformance/target/stdexamples")),
                repo.resolve("conformance/known-failures/stdexamples.tsv")).tests();
    }

    /** Writes one program per example file below {@code out} and returns the examples as cases. */
    static List<StdExample> discover(Path src, Path out) throws IOException {
        OutputTree.deleteTree(out);
        List<StdExample> cases = new ArrayList<>();
        for (String pkg : PACKAGES) {
            Path dir = src.resolve(pkg);
            List<Path> files;
            try (Stream<Path> list = Files.list(dir)) {
                files = list.filter(f -> f.getFileName().toString().endsWith("_test.go")).sorted().toList();
            }
            for (Path f : files) {
                String source = Files.readString(f, StandardCharsets.ISO_8859_1);
                if (!source.contains("\nfunc Example") || !external(source) || !buildable(source)) {
                    continue;
                }
                List<GoExamples.Example> examples = GoExamples.find(source);
                if (examples.isEmpty()) {
                    continue;
                }
                Path program = out.resolve(pkg).resolve(f.getFileName().toString().replaceAll("_test\\.go$", ""));
                ExampleProgram.write(f, source, examples, program);
                for (GoExamples.Example e : examples) {
                    cases.add(new StdExample(pkg + "/" + e.function(), program, dir, e));
                }
            }
        }
        return cases;
    }

    /**
     * Whether the file is in the external test package ({@code package PKG_test}). Examples of
     * internal test files see the package's unexported names and cannot become a main program;
     * none of {@link #PACKAGES} has any.
     */
    private static boolean external(String source) {
        return source.lines().anyMatch(l -> l.matches("package \\w+_test\\s*"));
    }

    /** The file's {@code //go:build} line (before the package clause) holds for linux/amd64. */
    private static boolean buildable(String source) {
        int pkg = source.indexOf("\npackage ");
        String header = pkg < 0 ? source : source.substring(0, pkg);
        return header.lines().filter(l -> l.startsWith("//go:build "))
                .allMatch(l -> BuildConstraints.satisfied(l.substring("//go:build ".length())));
    }
}
