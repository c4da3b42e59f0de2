// defer order, recover only directly in a deferred function, panic chains, Goexit.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DeferTest {
    static final List<String> LOG = new ArrayList<>();

    static void log(String s) {
        LOG.add(s);
    }

    /** func helper() { log(recover()) } -- deferred directly it recovers; called from a deferred func it does not. */
    static void helper() {
        LOG.add("helper recovered " + Defer.recover());
    }

    /** defer log("a"); defer log(x) with x evaluated at the defer statement; return normally. */
    @Test
    void deferredCallsRunLastInFirstOutWithArgumentsEvaluatedEarly() {
        LOG.clear();
        Defer d = new Defer();
        try {
            d.defer(() -> log("a"));
            String x = "b";
            d.defer(DeferTest::log, x);
            x = "changed";
            log("body " + x);
        } catch (Throwable t) {
            d.panicked(t);
        } finally {
            d.runDefers();
        }
        assertEquals(List.of("body changed", "b", "a"), LOG);
    }

    @Test
    void recoverStopsThePanicOnlyWhenCalledDirectlyByTheDeferredFunction() {
        LOG.clear();
        // defer func() { helper() }(); panic("p") → helper's recover is nil, the panic goes on
        GoPanic p = assertThrows(GoPanic.class, () -> {
            Defer d = new Defer();
            try {
                d.defer(() -> helper());
                throw new GoPanic("p");
            } catch (Throwable t) {
                d.panicked(t);
            } finally {
                d.runDefers();
            }
        });
        assertEquals("p", p.value());
        assertEquals(List.of("helper recovered null"), LOG);
        LOG.clear();
        // defer helper(); panic("q") → recovered
        Defer d = new Defer();
        try {
            d.defer(DeferTest::helper);
            throw new GoPanic("q");
        } catch (Throwable t) {
            d.panicked(t);
        } finally {
            d.runDefers();
        }
        assertEquals(List.of("helper recovered q"), LOG);
        // recover outside any deferred call is nil
        assertNull(Defer.recover());
    }

    @Test
    void recoverReturnsTheRuntimeErrorOfAJavaDivision() {
        Object[] got = new Object[1];
        Defer d = new Defer();
        try {
            d.defer(() -> got[0] = Defer.recover());
            long zero = 0;
            System.out.println(1 / zero);
        } catch (Throwable t) {
            d.panicked(t);
        } finally {
            d.runDefers();
        }
        assertSame(RuntimeError.INTEGER_DIVIDE_BY_ZERO, got[0]);
    }

    @Test
    void panicNilRecoversAsPanicNilError() {
        Object[] got = new Object[1];
        Defer d = new Defer();
        try {
            d.defer(() -> got[0] = Defer.recover());
            throw new GoPanic(null);
        } catch (Throwable t) {
            d.panicked(t);
        } finally {
            d.runDefers();
        }
        assertTrue(got[0] instanceof go.runtime.PanicNilError e && e.Error().equals("panic called with nil argument"));
    }

    @Test
    void deferredCallsRunWhileTheGoroutineExitsByGoexit() {
        Chan<String> out = Chan.make(3);
        Go.go(() -> {
            Defer d = new Defer();
            try {
                d.defer(() -> out.send("recover: " + Defer.recover()));
                d.defer(() -> out.send("deferred"));
                Go.Goexit();
                out.send("not reached");
            } catch (Throwable t) {
                d.panicked(t);
            } finally {
                d.runDefers();
            }
        });
        assertEquals("deferred", out.recv());
        assertEquals("recover: null", out.recv());
    }

    @Test
    void crashReportsMatchGo() {
        // go run errs.go-style programs (Go 1.26): see ProgramTest for whole programs.
        GoPanic first = new GoPanic("first");
        GoPanic second = new GoPanic((GoError) () -> "second");
        second.linkTo(first);
        assertEquals("panic: first\n\tpanic: second\n\ngoroutine 1 [running]:\n", Crash.report(second, 1));
        assertEquals("panic: runtime error: invalid memory address or nil pointer dereference\n"
                + "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n\ngoroutine 7 [running]:\n",
                Crash.report(new NullPointerException(), 7));
    }

    /** A fatal error (unlock of an unlocked mutex) runs no deferred call, as Go's throw does not. */
    @Test
    void aFatalErrorRunsNoDeferredCalls() {
        LOG.clear();
        Defer d = new Defer();
        Throwable escaped = assertThrows(Throwable.class, () -> {
            try {
                d.defer(() -> log("deferred"));
                new Mutex().Unlock();
            } catch (Throwable t) {
                d.panicked(t);
            } finally {
                d.runDefers();
            }
        });
        assertEquals("sync: unlock of unlocked mutex", escaped.getMessage());
        assertEquals(List.of(), LOG);
    }
}
