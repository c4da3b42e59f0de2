// Div and Rem panic with Go's runtime errors; the texts were printed by recover() in real Go.
package go.math.bits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import org.junit.jupiter.api.Test;

/**
 * Go program: {@code try(func() { bits.Div64(0, 1, 0) })} and so on, with
 * {@code defer func() { fmt.Println(recover()) }()} printing the values asserted here.
 */
class BitsPanicsTest {
    private static String panicText(Runnable f) {
        GoPanic p = assertThrows(GoPanic.class, f::run);
        return ((GoError) p.value()).Error();
    }

    @Test
    void divideByZeroAndOverflow() {
        assertEquals("runtime error: integer divide by zero", panicText(() -> Bits.Div64(0, 1, 0)));
        assertEquals("runtime error: integer overflow", panicText(() -> Bits.Div64(5, 1, 5)));
        assertEquals("runtime error: integer divide by zero", panicText(() -> Bits.Div32(0, 1, 0)));
        assertEquals("runtime error: integer overflow", panicText(() -> Bits.Div32(7, 1, 3)));
        assertEquals("runtime error: integer divide by zero", panicText(() -> Bits.Rem64(0, 1, 0)));
    }
}
