// package math/cmplx against Go on special values and random inputs (results recorded from real Go).
package go.math.cmplx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.goloom.runtime.Complex128;
import dev.goloom.runtime.GoPanic;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * {@code cmplx-results.txt.gz} is the output of {@code src/test/go/cmplxgen}: lines
 * "Func re im [re2 im2] resultRe resultIm" in float64 bits. Functions that use only exact
 * operations of package math must give Go's bits (NaNs compare as NaN); the others inherit
 * the last-bit differences of go.math.Math's transcendental functions and are held to a
 * relative difference of 1e-10 of the result's magnitude (see {@link #close}), except that a
 * result part that Go gives as zero, infinite or NaN must be exactly that (the special cases,
 * signs of zero included).
 */
class CmplxTest {
    private static final Map<String, UnaryOperator<Complex128>> ONE = Map.ofEntries(
            Map.entry("Sqrt", Cmplx::Sqrt), Map.entry("Exp", Cmplx::Exp), Map.entry("Log", Cmplx::Log),
            Map.entry("Log10", Cmplx::Log10), Map.entry("Conj", Cmplx::Conj), Map.entry("Sin", Cmplx::Sin),
            Map.entry("Cos", Cmplx::Cos), Map.entry("Tan", Cmplx::Tan), Map.entry("Cot", Cmplx::Cot),
            Map.entry("Sinh", Cmplx::Sinh), Map.entry("Cosh", Cmplx::Cosh), Map.entry("Tanh", Cmplx::Tanh),
            Map.entry("Asin", Cmplx::Asin), Map.entry("Acos", Cmplx::Acos), Map.entry("Atan", Cmplx::Atan),
            Map.entry("Asinh", Cmplx::Asinh), Map.entry("Acosh", Cmplx::Acosh), Map.entry("Atanh", Cmplx::Atanh),
            Map.entry("Abs", x -> new Complex128(Cmplx.Abs(x), 0)),
            Map.entry("Phase", x -> new Complex128(Cmplx.Phase(x), 0)),
            Map.entry("Rect", x -> Cmplx.Rect(x.real(), x.imag())),
            Map.entry("IsInf", x -> new Complex128(Cmplx.IsInf(x) ? 1 : 0, 0)),
            Map.entry("IsNaN", x -> new Complex128(Cmplx.IsNaN(x) ? 1 : 0, 0)));

    /** Functions whose every result must be Go's bits (Abs and Sqrt: math's Hypot and Sqrt are exact). */
    private static final Set<String> EXACT = Set.of("Abs", "Sqrt", "Conj", "IsInf", "IsNaN");

    /** Mismatching lines per function ("... ours=re im"). */
    private static Map<String, List<String>> mismatches() throws IOException {
        Map<String, List<String>> bad = new TreeMap<>();
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(CmplxTest.class.getResourceAsStream("/go/cmplx-results.txt.gz")), StandardCharsets.US_ASCII))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] p = line.split(" ");
                Complex128 x = new Complex128(bits(p[1]), bits(p[2]));
                Complex128 got = p[0].equals("Pow")
                        ? Cmplx.Pow(x, new Complex128(bits(p[3]), bits(p[4])))
                        : ONE.get(p[0]).apply(x);
                double wantRe = bits(p[p.length - 2]), wantIm = bits(p[p.length - 1]);
                if (!same(wantRe, got.real()) || !same(wantIm, got.imag())) {
                    bad.computeIfAbsent(p[0], k -> new ArrayList<>()).add(line + " ours="
                            + Long.toHexString(Double.doubleToRawLongBits(got.real())) + " "
                            + Long.toHexString(Double.doubleToRawLongBits(got.imag())));
                }
            }
        }
        return bad;
    }

    private static boolean same(double want, double got) {
        return Double.isNaN(want) ? Double.isNaN(got) : Double.doubleToRawLongBits(want) == Double.doubleToRawLongBits(got);
    }

    private static double bits(String hex) {
        return Double.longBitsToDouble(Long.parseUnsignedLong(hex, 16));
    }

    @Test
    void exactFunctionsMatchGoBitForBitOthersClosely() throws IOException {
        Map<String, String> summary = new TreeMap<>();
        mismatches().forEach((name, lines) -> {
            for (String line : lines) {
                String[] p = line.replace("ours=", "").split(" ");
                int n = p.length;
                double wantRe = bits(p[n - 4]), wantIm = bits(p[n - 3]), gotRe = bits(p[n - 2]), gotIm = bits(p[n - 1]);
                double magnitude = Math.max(Math.abs(wantRe), Math.abs(wantIm));
                boolean close = !EXACT.contains(name) && Double.isFinite(magnitude)
                        && close(wantRe, gotRe, magnitude) && close(wantIm, gotIm, magnitude);
                if (!close) {
                    summary.merge(name, line, (a, b) -> a);
                }
            }
        });
        assertEquals(Map.of(), summary);
    }

    /**
     * Equal, or (unless Go's part is zero: signs of zero are special cases) both finite, of the
     * same sign and within 1e-10 of the result's magnitude: Go's formulas cancel for some inputs
     * (Asin's 1 - x² at |x| ~ 1e3, Cos and Tan of 3.5e10), which turns last-bit differences of
     * math's Log, Sin and Exp into differences up to 3e-11.
     */
    private static boolean close(double want, double got, double magnitude) {
        return same(want, got) || want != 0 && Double.isFinite(want) && Double.isFinite(got) && (want < 0) == (got < 0)
                && Math.abs(want - got) <= 1e-10 * magnitude;
    }

    /** Figures for the report: how many results equal Go's exactly, per function. */
    @Test
    void countExactMatches() throws IOException {
        mismatches().forEach((name, lines) -> System.out.println("cmplx." + name + ": " + lines.size() + " results differ from Go"));
    }

    @Test
    void powOfZeroToNaNPlusInfinityPanicsAsGo() {
        var panic = assertThrows(GoPanic.class,
                () -> Cmplx.Pow(new Complex128(0, 0), new Complex128(Double.NaN, Double.POSITIVE_INFINITY)));
        assertEquals("not reached", panic.value());
    }
}
