// Tests of RangeFunc, the state of a range-over-function loop, against Go's run-time checks.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RangeFuncTest {
    private static String panicText(Runnable r) {
        GoPanic p = assertThrows(GoPanic.class, r::run);
        return ((RuntimeError) p.value()).Error();
    }

    @Test
    void iterationsThenBreakGiveTheExitCode() {
        RangeFunc loop = new RangeFunc();
        loop.enter();
        assertTrue(loop.next());
        loop.enter();
        assertFalse(loop.stop(3));
        assertEquals(3, loop.finish());
    }

    @Test
    void yieldAfterFalsePanics() {
        RangeFunc loop = new RangeFunc();
        loop.enter();
        loop.stop(0);
        assertEquals("runtime error: range function continued iteration after function for loop body returned false",
                panicText(loop::enter));
    }

    @Test
    void yieldAfterTheLoopPanics() {
        RangeFunc loop = new RangeFunc();
        loop.finish();
        assertEquals("runtime error: range function continued iteration after whole loop exit", panicText(loop::enter));
    }

    @Test
    void aSwallowedBodyPanicIsReported() {
        RangeFunc loop = new RangeFunc();
        loop.enter(); // the body then panicked, and the iterator recovered
        assertEquals("runtime error: range function continued iteration after loop body panic", panicText(loop::enter));
        assertEquals("runtime error: range function recovered a loop body panic and did not resume panicking",
                panicText(loop::finish));
    }
}
