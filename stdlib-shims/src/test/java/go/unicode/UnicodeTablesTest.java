// Every code point's classes and case mappings against Go's answers (Go's tables are Unicode 15.0.0).
package go.unicode;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code unicode-sig.txt} is the output of {@code src/test/go/unicodesig}: runs of code points
 * with the same signature (IsLetter, IsDigit, IsNumber, IsSpace, IsUpper, IsLower, IsTitle,
 * IsPunct, IsSymbol, IsMark, IsControl, IsGraphic, IsPrint as bits 0..12, then the deltas of
 * ToUpper, ToLower, ToTitle and SimpleFold).
 */
class UnicodeTablesTest {

    private static String signature(int r) {
        boolean[] f = {Unicode.IsLetter(r), Unicode.IsDigit(r), Unicode.IsNumber(r), Unicode.IsSpace(r),
            Unicode.IsUpper(r), Unicode.IsLower(r), Unicode.IsTitle(r), Unicode.IsPunct(r), Unicode.IsSymbol(r),
            Unicode.IsMark(r), Unicode.IsControl(r), Unicode.IsGraphic(r), Unicode.IsPrint(r)};
        int bits = 0;
        for (int i = 0; i < f.length; i++) {
            bits |= f[i] ? 1 << i : 0;
        }
        return bits + " " + (Unicode.ToUpper(r) - r) + " " + (Unicode.ToLower(r) - r) + " "
                + (Unicode.ToTitle(r) - r) + " " + (Unicode.SimpleFold(r) - r);
    }

    @Test
    void everyCodePointAgreesWithGo() throws IOException {
        List<String> failures = new ArrayList<>();
        int covered = 0;
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                getClass().getResourceAsStream("/go/unicode-sig.txt"), StandardCharsets.US_ASCII))) {
            for (String line; (line = in.readLine()) != null; ) {
                String[] p = line.split(" ", 3);
                int lo = Integer.parseInt(p[0], 16);
                int hi = Integer.parseInt(p[1], 16);
                for (int r = lo; r <= hi; r++, covered++) {
                    String ours = signature(r);
                    if (!ours.equals(p[2]) && failures.size() < 20) {
                        failures.add(String.format("U+%04X go=%s ours=%s", r, p[2], ours));
                    }
                }
            }
        }
        assertEquals(List.of(), failures);
        assertEquals(0x110000, covered);
    }

    @Test
    void outOfRangeRunes() {
        // Go: unicode.IsLetter(-1) == false, ToUpper(-1) == -1, SimpleFold(0x110000) == 0x110000.
        assertEquals(false, Unicode.IsLetter(-1));
        assertEquals(-1, Unicode.ToUpper(-1));
        assertEquals(0x110000, Unicode.SimpleFold(0x110000));
        assertEquals(0x110000, Unicode.ToLower(0x110000));
    }
}
