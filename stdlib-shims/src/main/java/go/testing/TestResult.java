// How one top-level Go test ended, in the shape the generated JUnit classes check.
package go.testing;

import dev.goloom.runtime.GoProgram;

/**
 * The outcome of a Go test. {@code report} is what {@code go test} prints for it: for a failed
 * test the {@code --- FAIL: TestX (0.01s)} header, its log and its failed subtests; for a
 * skipped or passing one its log lines only. It is Java text (decoded from Go's UTF-8 bytes).
 */
public record TestResult(String name, boolean failed, boolean skipped, String report) {
    /** Whether the test neither failed nor was skipped. */
    public boolean passed() {
        return !failed && !skipped;
    }

    static TestResult of(T t) {
        String report = t.Failed() ? t.report("FAIL") : t.output();
        return new TestResult(t.Name(), t.Failed(), t.Skipped() && !t.Failed(), GoProgram.toJavaText(report));
    }
}
