// Runs one top-level Go test function on a goroutine and waits for it: what `go test` does per TestXxx.
package go.testing;

import dev.goloom.runtime.Go;
import dev.goloom.runtime.Proc1;
import java.util.concurrent.CountDownLatch;

/**
 * The entry point of the JUnit classes goloom-maven-plugin generates for a Go package's
 * tests:
 * <pre>{@code
 * @Test
 * void TestArea() {
 *     TestResult r = TestRunner.run("TestArea", Shapes::initPackage, Shapes::TestArea);
 *     Assumptions.assumeFalse(r.skipped(), r::report);
 *     Assertions.assertTrue(r.passed(), r::report);
 * }
 * }</pre>
 * The package is initialized on the test's goroutine first (once per class loader, as
 * {@code initPackage} guards itself), so that init panics fail the test that ran into them.
 */
public final class TestRunner {
    private TestRunner() {}

    /** Runs {@code test} as the Go test {@code name}; blocks until it and its subtests end. */
    public static TestResult run(String name, Runnable initPackage, Proc1<T> test) {
        T t = new T(name, null);
        CountDownLatch done = new CountDownLatch(1);
        Go.go(() -> {
            try {
                t.runBody(tt -> {
                    initPackage.run();
                    test.call(tt);
                });
            } finally {
                done.countDown();
            }
        });
        try {
            done.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while Go test " + name + " ran", e);
        }
        return TestResult.of(t);
    }
}
