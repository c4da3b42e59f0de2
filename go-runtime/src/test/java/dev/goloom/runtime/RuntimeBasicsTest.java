// Tests of the runtime's first pieces: panic values, Go shifts, print formats, byte strings.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RuntimeBasicsTest {
    @Test
    void divisionByZeroMapsToGoRuntimeError() {
        long zero = 0;
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> System.out.println(1L / zero));
        GoPanic p = GoPanic.of(e);
        assertSame(RuntimeError.INTEGER_DIVIDE_BY_ZERO, p.value());
        assertEquals("runtime error: integer divide by zero", p.getMessage());
        assertNull(GoPanic.of(new IllegalStateException("not a Go panic")));
    }

    @Test
    void shiftsByLargeCountsFollowGo() {
        assertEquals(0L, Ints.shl(1L, 64));
        assertEquals(-1L, Ints.shr(-8L, 200));
        assertEquals(0L, Ints.shr(8L, 64));
        assertEquals(1L << 63, Ints.shl(1L, 63));
        assertEquals(0, Ints.shl(1, 32));
        GoPanic p = assertThrows(GoPanic.class, () -> Ints.shl(1L, -1));
        assertEquals("runtime error: negative shift amount", p.getMessage());
    }

    @Test
    void printFormatsFloatsLikeGo() {
        // From Go 1.26: println(1.5, -0.25, 1e100, 0.0, 100000000.0, 1e21, 1e20, 1e-5, 123456789.0, 100000.0, 1000000.0)
        // prints 1.5 -0.25 1e+100 0 1e+08 1e+21 1e+20 1e-05 1.23456789e+08 100000 1e+06
        double[] in = {1.5, -0.25, 1e100, 0.0, 100000000.0, 1e21, 1e20, 1e-5, 123456789.0, 100000.0, 1000000.0};
        String[] want = {"1.5", "-0.25", "1e+100", "0", "1e+08", "1e+21", "1e+20", "1e-05", "1.23456789e+08", "100000", "1e+06"};
        for (int i = 0; i < in.length; i++) {
            assertEquals(want[i], Builtins.float64(in[i]), "println(" + in[i] + ")");
        }
        assertEquals("-0", Builtins.float64(-0.0));
        assertEquals("NaN", Builtins.float64(Double.NaN));
        assertEquals("+Inf", Builtins.float64(Double.POSITIVE_INFINITY));
        // var f float32 = 1.1; println(f, float32(16777216.0)) prints 1.1 1.6777216e+07
        assertEquals("1.1", Builtins.float32(1.1f));
        assertEquals("1.6777216e+07", Builtins.float32(16777216.0f));
    }

    @Test
    void byteStringsRoundTrip() {
        String goBytes = GoProgram.toGoBytes("héllo");
        assertEquals(6, goBytes.length());
        assertEquals("h\u00c3\u00a9llo", goBytes);
        assertEquals("héllo", GoProgram.toJavaText(goBytes));
    }

    @Test
    void panicValuesPrintAsGoPrintsThem() {
        assertEquals("boom", PanicPrinter.describe("boom"));
        assertEquals("42", PanicPrinter.describe(42L));
        assertEquals("runtime error: integer divide by zero", PanicPrinter.describe(RuntimeError.INTEGER_DIVIDE_BY_ZERO));
    }
}
