// Checker tests: Go files whose // ERROR "regexp" comments must match the errors reported, both ways.
package dev.goloom.types;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.TestFiles;
import dev.goloom.build.Translator;
import dev.goloom.diag.Diagnostics;
import dev.goloom.diag.GoError;
import dev.goloom.loader.PackageLoader;
import dev.goloom.loader.SourcePackage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Each file in {@code testdata/checker} is checked as a main package. A line's comment
 * {@code // ERROR "rx1" "rx2"} expects one reported error per regexp on that line; any
 * other reported error fails the test, as does an expectation nothing matched. The
 * expectations were written from gc's output ({@code go build FILE}).
 */
class ErrorCheckTest {
    private static final Pattern ERROR_COMMENT = Pattern.compile("// ERROR (.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TestFactory
    Stream<DynamicTest> checkerTestdata() {
        return TestFiles.goFiles(TestFiles.testdata("checker"))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> check(f)));
    }

    private record Expectation(int line, Pattern regexp) {}

    private static void check(Path file) throws IOException {
        List<Expectation> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ERROR_COMMENT.matcher(lines.get(i));
            if (m.find()) {
                Matcher q = QUOTED.matcher(m.group(1));
                while (q.find()) {
                    expected.add(new Expectation(i + 1, Pattern.compile(q.group(1).replace("\\\"", "\""))));
                }
            }
        }
        Diagnostics diags = new Diagnostics();
        List<SourcePackage> pkgs = new PackageLoader(diags).load("command-line-arguments", List.of(file));
        if (pkgs != null) {
            Translator.check(pkgs, diags);
        }
        List<String> problems = new ArrayList<>();
        List<GoError> reported = new ArrayList<>(diags.sorted());
        for (Expectation e : expected) {
            GoError match = reported.stream()
                    .filter(r -> r.pos().line() == e.line() && e.regexp().matcher(r.message()).find())
                    .findFirst().orElse(null);
            if (match == null) {
                problems.add("line " + e.line() + ": missing error matching " + e.regexp());
            } else {
                reported.remove(match);
            }
        }
        reported.forEach(r -> problems.add("unexpected error: " + r));
        assertTrue(problems.isEmpty(), file + ":\n  " + String.join("\n  ", problems));
    }
}
