// Tests Spread (f(g()) with several results of g) and GoArrays.len (len of an array expression with calls).
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpreadTest {
    @Test
    void applySpreadsTheResultsIntoTheCallAndReturnsItsResult() {
        Tuple2<Long, String> results = new Tuple2<>(7L, "seven");
        String called = Spread.apply(results, t -> t.v0() + "=" + t.v1());
        assertEquals("7=seven", called);
    }

    @Test
    void acceptRunsTheCallOnce() {
        List<Object> seen = new ArrayList<>();
        Spread.accept(new Tuple2<>(1L, 2L), t -> {
            seen.add(t.v0());
            seen.add(t.v1());
        });
        assertEquals(List.of(1L, 2L), seen);
    }

    @Test
    void arrayLenIsTheConstantWhateverTheOperand() {
        assertEquals(4L, GoArrays.len(new long[4], 4L));
        assertEquals(5L, GoArrays.len(null, 5L)); // len of a nil *[5]int is 5 in Go
    }
}
