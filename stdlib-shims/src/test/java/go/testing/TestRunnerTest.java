// The testing shim against real go test: the same test bodies, written in Java, give go test's reports.
package go.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Each test runs, through {@link TestRunner}, the Java equivalent of a Go test function
 * whose {@code go test} output (Go 1.26) is recorded verbatim below. goloom's log lines lack
 * Go's {@code file.go:line: } prefix (translated code does not know Go lines), and durations
 * vary, so both are masked in Go's text before comparing.
 */
class TestRunnerTest {
    /** Go's output with {@code gt_test.go:12: } prefixes removed and durations zeroed. */
    private static String masked(String goOutput) {
        return goOutput.replaceAll("(?m)^(\\s*)\\w+\\.go:\\d+: ", "$1").replaceAll("\\(\\d+\\.\\d\\ds\\)", "(0.00s)");
    }

    private static String maskedTimes(String report) {
        return report.replaceAll("\\(\\d+\\.\\d\\ds\\)", "(0.00s)");
    }

    /*
    func TestMix(t *testing.T) {
        t.Log("first", 1)
        t.Run("a b", func(t *testing.T) {
            t.Errorf("got %d, want %d", 1, 2)
            t.Log("two\nlines")
        })
        t.Run("a b", func(t *testing.T) {
            t.Fatal("stop")
            t.Log("not reached")
        })
        t.Run("", func(t *testing.T) {})
        t.Run("ok", func(t *testing.T) { t.Log("quiet") })
        t.Logf("after %s", "subtests")
    }
    */
    @Test
    void subtestsLogsAndFailuresReportAsGoTestDoes() {
        List<String> names = new ArrayList<>();
        List<Boolean> results = new ArrayList<>();
        TestResult r = TestRunner.run("TestMix", () -> {}, t -> {
            t.Log("first", 1L);
            results.add(t.Run("a b", s -> {
                names.add(s.Name());
                s.Errorf("got %d, want %d", 1L, 2L);
                s.Log("two\nlines");
            }));
            results.add(t.Run("a b", s -> {
                names.add(s.Name());
                s.Fatal("stop");
                s.Log("not reached");
            }));
            results.add(t.Run("", s -> names.add(s.Name())));
            results.add(t.Run("ok", s -> {
                names.add(s.Name());
                s.Log("quiet");
            }));
            t.Logf("after %s", "subtests");
        });
        String go = """
                --- FAIL: TestMix (0.00s)
                    gt_test.go:6: first 1
                    --- FAIL: TestMix/a_b (0.00s)
                        gt_test.go:8: got 1, want 2
                        gt_test.go:9: two
                            lines
                    --- FAIL: TestMix/a_b#01 (0.00s)
                        gt_test.go:12: stop
                    gt_test.go:17: after subtests
                """;
        assertEquals(masked(go), maskedTimes(r.report()));
        assertTrue(r.failed());
        assertFalse(r.skipped());
        assertEquals(List.of("TestMix/a_b", "TestMix/a_b#01", "TestMix/#00", "TestMix/ok"), names);
        assertEquals(List.of(false, false, true, true), results);
    }

    /*
    func TestCleanup(t *testing.T) {
        t.Cleanup(func() { t.Log("cleanup 1") })
        t.Cleanup(func() { t.Log("cleanup 2") })
        defer t.Log("deferred")
        t.Fatalf("fatal %v", true)
    }
    */
    @Test
    void fatalStopsTheTestAndCleanupsRunLastFirst() {
        AtomicInteger after = new AtomicInteger();
        TestResult r = TestRunner.run("TestCleanup", () -> {}, t -> {
            t.Cleanup(() -> t.Log("cleanup 1"));
            t.Cleanup(() -> t.Log("cleanup 2"));
            try {
                t.Fatalf("fatal %v", true);
                after.incrementAndGet();
            } finally {
                t.Log("deferred"); // what a translated defer does: a finally block
            }
        });
        String go = """
                --- FAIL: TestCleanup (0.00s)
                    gt_test.go:28: fatal true
                    panic.go:694: deferred
                    gt_test.go:26: cleanup 2
                    gt_test.go:25: cleanup 1
                """;
        assertEquals(masked(go), maskedTimes(r.report()));
        assertEquals(0, after.get());
    }

    /*
    func TestSkip(t *testing.T) {
        t.Skip("not today")
    }
    go test -v prints "    gt_test.go:21: not today" then "--- SKIP: TestSkip (0.00s)".
    */
    @Test
    void skipIsNotAFailure() {
        TestResult r = TestRunner.run("TestSkip", () -> {}, t -> t.Skip("not today"));
        assertTrue(r.skipped());
        assertFalse(r.failed());
        assertEquals(masked("    gt_test.go:21: not today\n"), r.report());
    }

    /*
    func TestPanic(t *testing.T) {
        var a []int
        _ = a[3]
    }
    go test: "--- FAIL: TestPanic (0.00s)" then
    "panic: runtime error: index out of range [3] with length 0 [recovered, repanicked]"
    (then the goroutine trace, and the test binary ends).
    */
    @Test
    void aPanicFailsTheTestWithGosPanicLine() {
        TestResult r = TestRunner.run("TestPanic", () -> {}, t -> dev.goloom.runtime.LongSlice.NIL.get(3));
        assertEquals("""
                --- FAIL: TestPanic (0.00s)
                panic: runtime error: index out of range [3] with length 0 [recovered, repanicked]
                """, maskedTimes(r.report()));
        assertTrue(r.failed());
    }

    /* Translated Go passes a method's variadic arguments as a slice: t.Errorf("%d-%s", 1, "x"). */
    @Test
    void variadicArgumentsAsTranslatedGoPassesThem() {
        TestResult r = TestRunner.run("TestV", () -> {}, t -> t.Errorf("%d-%s",
                dev.goloom.runtime.Slice.<Object>of(dev.goloom.runtime.ElemType.INTERFACE, 1L, "x")));
        assertEquals("--- FAIL: TestV (0.00s)\n    1-x\n", maskedTimes(r.report()));
    }

    @Test
    void aPassingTestKeepsItsLogAndRunsThePackageInitFirst() {
        List<String> order = new ArrayList<>();
        TestResult r = TestRunner.run("TestOk", () -> order.add("init"), t -> {
            order.add("test " + t.Name());
            t.Logf("x=%d", 3L);
        });
        assertTrue(r.passed());
        assertEquals("    x=3\n", r.report());
        assertEquals(List.of("init", "test TestOk"), order);
    }
}
