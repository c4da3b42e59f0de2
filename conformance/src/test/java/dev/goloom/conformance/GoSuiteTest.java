// Go's own test suite: the "// run" tests of $GOROOT/test, ratcheted by known-failures/gotest.tsv.
package dev.goloom.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Read in place from {@code $(go env GOROOT)/test}, never copied. Skipped with a message when
 * Go is not installed.
 */
class GoSuiteTest {
    @TestFactory
    Stream<DynamicTest> goTestSuite() throws IOException {
        Path testRoot = goroot() == null ? null : goroot().resolve("test");
        if (testRoot == null || !Files.isDirectory(testRoot)) {
            System.out.println("gotest: SKIPPED: Go is not installed (no `go env GOROOT`), so Go's test suite does not run");
        }
        Assumptions.assumeTrue(testRoot != null && Files.isDirectory(testRoot),
                "Go is not installed (no `go env GOROOT`): Go's test suite is skipped");
        var repo = ConformanceSuite.repo();
        return new ConformanceSuite("gotest", GoTestCase.discover(testRoot),
                repo.resolve("conformance/known-failures/gotest.tsv")).tests();
    }

    /** GOROOT from the environment, else from {@code go env GOROOT}; null without Go. */
    static Path goroot() {
        String env = System.getenv("GOROOT");
        if (env != null && !env.isEmpty()) {
            return Path.of(env);
        }
        try {
            Process p = new ProcessBuilder("go", "env", "GOROOT").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && !out.isEmpty() ? Path.of(out) : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
