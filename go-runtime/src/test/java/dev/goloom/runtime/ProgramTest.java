// Whole-program behaviour in child JVMs: deadlock reports, panics, exit codes, cooperative order, syscall hand-off.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Each test runs {@link Scenarios} in a fresh JVM and compares stdout, stderr and the exit
 * status with what real Go 1.26 printed for the same program (recorded below; Go's traceback
 * lines after each "goroutine N [...]:" header are dropped, as the conformance harness does,
 * and Go's ids of goroutines other than 1 are the ones Go prints with GOMAXPROCS=1).
 */
class ProgramTest {
    record Result(String out, String err, int status) {}

    static Result run(String scenario, String gomaxprocs) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "--add-opens", "java.base/java.lang=ALL-UNNAMED",
                "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"),
                Scenarios.class.getName(), scenario));
        ProcessBuilder pb = new ProcessBuilder(cmd);
        if (gomaxprocs != null) {
            pb.environment().put("GOMAXPROCS", gomaxprocs);
        }
        Process p = pb.start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(scenario + " did not finish");
        }
        return new Result(new String(out, StandardCharsets.ISO_8859_1), new String(err, StandardCharsets.ISO_8859_1), p.exitValue());
    }

    static void expect(String scenario, String out, String err, int status) throws Exception {
        expect(scenario, null, out, err, status);
    }

    static void expect(String scenario, String gomaxprocs, String out, String err, int status) throws Exception {
        Result r = run(scenario, gomaxprocs);
        assertEquals(new Result(out, err, status), r, scenario);
    }

    private static final String DEADLOCK = "fatal error: all goroutines are asleep - deadlock!\n\n";

    @Test
    void deadlockReportsEveryGoroutineWithGosWaitReason() throws Exception {
        expect("deadlockRecv", "", DEADLOCK + "goroutine 1 [chan receive]:\n\ngoroutine 6 [select (no cases)]:\n", 2);
        expect("deadlockSelectNoCases", "", DEADLOCK + "goroutine 1 [select (no cases)]:\n", 2);
        expect("deadlockWaitGroup", "", DEADLOCK + "goroutine 1 [sync.WaitGroup.Wait]:\n", 2);
        expect("deadlockMutex", "", DEADLOCK + "goroutine 1 [sync.Mutex.Lock]:\n", 2);
        expect("deadlockMany", "1", "", DEADLOCK + "goroutine 1 [chan receive (nil chan)]:\n\ngoroutine 6 [chan send]:\n"
                + "\ngoroutine 7 [chan send]:\n\ngoroutine 8 [chan send]:\n", 2);
    }

    @Test
    void idleTickerDoesNotHideADeadlock() throws Exception {
        // Go 1.23+: a timer channel nobody waits on keeps no one alive.
        expect("deadlockNilSendWithIdleTicker", "", DEADLOCK + "goroutine 1 [chan send (nil chan)]:\n", 2);
    }

    @Test
    void noFalseDeadlockWhileTimersOrSystemCallsArePending() throws Exception {
        expect("noDeadlockWhileAfterFuncPending", "fired\n", "", 3);
        expect("noDeadlockWhileWaitingOnTimer", "timer\n", DEADLOCK + "goroutine 1 [chan receive (nil chan)]:\n", 2);
        expect("noDeadlockWhileSleeping", "1\n", "", 0);
        expect("noDeadlockDuringSyscall", "1\n", "", 0);
    }

    @Test
    void programEndsWhenMainReturns() throws Exception {
        expect("mainReturnEndsProgram", "main returns\n", "", 0);
    }

    @Test
    void unrecoveredPanicsPrintLikeGo() throws Exception {
        expect("panicInGoroutine", "", "panic: in goroutine\n\ngoroutine 6 [running]:\n", 2);
        expect("panicChain", "", "panic: first\n\tpanic: second\n\ngoroutine 1 [running]:\n", 2);
        expect("panicRepanicked", "", "panic: first [recovered, repanicked]\n\ngoroutine 1 [running]:\n", 2);
        expect("panicNil", "", "panic: panic called with nil argument\n\ngoroutine 1 [running]:\n", 2);
        expect("panicRecoveredThenStringer", "multi\nline\n",
                "panic: multi\n\tline [recovered]\n\tpanic: stringer!\n\ngoroutine 1 [running]:\n", 2);
        expect("unlockOfUnlocked", "", "fatal error: sync: unlock of unlocked mutex\n\ngoroutine 1 [running]:\n", 2);
    }

    @Test
    void osExitDoesNotRunDeferredCalls() throws Exception {
        expect("osExitSkipsDefers", "", "", 3);
    }

    @Test
    void cooperativeModeInterleavesExactlyAsGoWithOneProcessor() throws Exception {
        // go run coop.go with GOMAXPROCS=1 (identical on every run):
        String go = "2 0\n0 0\n1 0\n2 1\n0 1\n1 1\n2 2\n0 2\n1 2\ngot 3\ngot 0\ngot 1\ngot 2\n"
                + "sent 0\nsent 1\nsent 2\nrecv 0\nrecv 1\nrecv 2\nrecv 3\nsent 3\nsent 4\nrecv 4\n";
        for (int i = 0; i < 3; i++) {
            expect("cooperative", "1", go, "", 0);
        }
    }

    @Test
    void aGoroutineInASystemCallDoesNotStallTheOnlyCarrier() throws Exception {
        expect("syscallHandOff", "1", "ping-pong finished during the system call\nsystem call returned\n", "", 0);
    }
}
