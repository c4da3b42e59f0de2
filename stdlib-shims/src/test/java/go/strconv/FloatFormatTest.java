// Float formatting against real Go on random doubles: a stored sample always, 100,000 more when Go is installed.
package go.strconv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import go.fmt.Fmt;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;

/**
 * Each line of the Go program {@code src/test/go/floatgen} is a double's bits followed by Go's
 * {@code %v}, {@code %g}, {@code %e}, {@code %.3f}, {@code strconv.FormatFloat(x, 'g', -1, 64)}
 * and {@code %v} of {@code float32(x)}, then the same for every power of two. The stored sample is
 * {@code go run ./floatgen -n 3000 -seed 7}.
 */
class FloatFormatTest {

    @Test
    void storedSampleFromGo() throws IOException {
        try (InputStream in = new GZIPInputStream(getClass().getResourceAsStream("/go/floats-seed7.txt.gz"))) {
            int n = check(new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1)));
            assertEquals(3000 + 2098, n);
        }
    }

    @Test
    void hundredThousandDoublesAgainstGoWhenInstalled() throws Exception {
        Path dir = Path.of("src/test/go");
        assumeTrue(Files.isDirectory(dir), "the Go test programs are not here");
        ProcessBuilder pb;
        Path out = Files.createTempFile("floats", ".txt");
        try {
            pb = new ProcessBuilder("go", "run", "./floatgen", "-n", "100000", "-seed", "42").directory(dir.toFile())
                    .redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.INHERIT);
            Process p;
            try {
                p = pb.start();
            } catch (IOException e) {
                assumeTrue(false, "Go is not installed: skipping the 100,000-double comparison");
                return;
            }
            assumeTrue(p.waitFor(5, TimeUnit.MINUTES) && p.exitValue() == 0, "go run ./floatgen failed");
            try (BufferedReader r = Files.newBufferedReader(out, StandardCharsets.ISO_8859_1)) {
                assertEquals(100_000 + 2098, check(r));
            }
        } finally {
            Files.deleteIfExists(out);
        }
    }

    /** Compares every line; reports all mismatches (up to 20) at once. */
    private static int check(BufferedReader r) throws IOException {
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (String line; (line = r.readLine()) != null; n++) {
            String[] go = line.split("\t");
            double x = Double.longBitsToDouble(Long.parseUnsignedLong(go[0], 16));
            String[] got = {
                go[0],
                Fmt.Sprintf("%v", x),
                Fmt.Sprintf("%g", x),
                Fmt.Sprintf("%e", x),
                Fmt.Sprintf("%.3f", x),
                Strconv.FormatFloat(x, (byte) 'g', -1, 64),
                Fmt.Sprintf("%v", (float) x),
            };
            String ours = String.join("\t", got);
            if (!ours.equals(line) && failures.size() < 20) {
                failures.add("go:  " + line + "\nours: " + ours);
            }
        }
        assertEquals(List.of(), failures);
        return n;
    }
}
