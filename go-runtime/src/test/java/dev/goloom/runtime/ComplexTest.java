// Complex arithmetic bit for bit against Go (resources/go/complex.go → complex.out) and println's format.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ComplexTest {
    private static double d(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    private static float f(String hex) {
        return Float.intBitsToFloat(Integer.parseUnsignedInt(hex, 16));
    }

    /** Same bits, except that any NaN matches any NaN (payloads are not Go's business to fix). */
    private static void same(String wantRe, String wantIm, double re, double im, String line) {
        double wr = d(wantRe), wi = d(wantIm);
        assertTrue(Double.isNaN(wr) ? Double.isNaN(re) : Double.doubleToRawLongBits(wr) == Double.doubleToRawLongBits(re), line + " real " + re);
        assertTrue(Double.isNaN(wi) ? Double.isNaN(im) : Double.doubleToRawLongBits(wi) == Double.doubleToRawLongBits(im), line + " imag " + im);
    }

    private static void same32(String wantRe, String wantIm, float re, float im, String line) {
        float wr = f(wantRe), wi = f(wantIm);
        assertTrue(Float.isNaN(wr) ? Float.isNaN(re) : Float.floatToRawIntBits(wr) == Float.floatToRawIntBits(re), line + " real " + re);
        assertTrue(Float.isNaN(wi) ? Float.isNaN(im) : Float.floatToRawIntBits(wi) == Float.floatToRawIntBits(im), line + " imag " + im);
    }

    @Test
    void arithmeticMatchesGoBitForBit() {
        int checked = 0;
        for (String line : GoOutput.lines("complex")) {
            String[] t = line.split(" ");
            switch (t[0]) {
                case "div128" -> {
                    Complex128 a = new Complex128(d(t[1]), d(t[2])), b = new Complex128(d(t[3]), d(t[4]));
                    Complex128 q = a.div(b), p = a.mul(b), s = a.add(b), m = a.sub(b);
                    same(t[5], t[6], q.real(), q.imag(), line + " div");
                    same(t[7], t[8], p.real(), p.imag(), line + " mul");
                    same(t[9], t[10], s.real(), s.imag(), line + " add");
                    same(t[11], t[12], m.real(), m.imag(), line + " sub");
                    assertEquals(Boolean.parseBoolean(t[13]), a.eq(b), line + " ==");
                    assertEquals(Boolean.parseBoolean(t[13]), a.equals(b), line + " equals");
                }
                case "div64" -> {
                    Complex64 a = new Complex64(f(t[1]), f(t[2])), b = new Complex64(f(t[3]), f(t[4]));
                    Complex64 q = a.div(b), p = a.mul(b), s = a.add(b), m = a.sub(b);
                    same32(t[5], t[6], q.real(), q.imag(), line + " div");
                    same32(t[7], t[8], p.real(), p.imag(), line + " mul");
                    same32(t[9], t[10], s.real(), s.imag(), line + " add");
                    same32(t[11], t[12], m.real(), m.imag(), line + " sub");
                    assertEquals(Boolean.parseBoolean(t[13]), a.eq(b), line + " ==");
                }
                case "neg" -> {
                    Complex128 n = new Complex128(d(t[1]), d(t[2])).neg();
                    same(t[3], t[4], n.real(), n.imag(), line);
                }
                default -> throw new AssertionError(line);
            }
            checked++;
        }
        assertEquals(13 * 13 * 2 + 13, checked);
    }

    @Test
    void printsAsGoPrintlnDoes() {
        // printcomplex.go printed (stderr, Go 1.26):
        // (1+2i) (1.5-0.25i) (+Inf+NaNi) (-0+1e+300i) (1.23456789e+08+1e-07i)
        // (0+0i) (1e+21+100i) (NaN-Infi) (1.1-1.6777216e+07i)
        String want1 = GoOutput.lines("printcomplex").get(0), want2 = GoOutput.lines("printcomplex").get(1);
        String got1 = String.join(" ", new Complex128(1, 2).toString(), new Complex64(1.5f, -0.25f).toString(),
                new Complex128(Double.POSITIVE_INFINITY, Double.NaN).toString(), new Complex128(-0.0, 1e300).toString(),
                new Complex128(123456789, 1e-7).toString());
        String got2 = String.join(" ", Complex128.ZERO.toString(), new Complex128(1e21, 100).toString(),
                new Complex128(Double.NaN, Double.NEGATIVE_INFINITY).toString(), new Complex64(1.1f, -16777216f).toString());
        assertEquals(want1, got1);
        assertEquals(want2, got2);
    }

    @Test
    void equalityIsGos() {
        Complex128 nan = new Complex128(Double.NaN, 0);
        assertNotEquals(nan, nan);
        assertEquals(new Complex128(0.0, 1), new Complex128(-0.0, 1));
        assertEquals(new Complex128(0.0, 1).hashCode(), new Complex128(-0.0, 1).hashCode());
        Set<Complex128> set = new HashSet<>();
        set.add(new Complex128(0.0, -0.0));
        assertTrue(set.contains(new Complex128(-0.0, 0.0)));
        assertFalse(new Complex64(Float.NaN, 1).eq(new Complex64(Float.NaN, 1)));
        assertEquals(new Complex64(1, 2), Complex64.of(new Complex64(1, 2).toComplex128()));
    }
}
