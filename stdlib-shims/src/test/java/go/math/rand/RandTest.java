// math/rand's top-level functions: Go seeds them randomly, so only their ranges, shapes and panics are Go's to check.
package go.math.rand;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.LongSlice;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Panic values are those real Go prints for {@code defer func() { fmt.Println(recover()) }()}
 * around {@code rand.Intn(0)}, {@code rand.Int63n(-1)}, {@code rand.Int31n(0)} and
 * {@code rand.Shuffle(-1, nil)}.
 */
class RandTest {
    @Test
    void rangesHold() {
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            long v = Rand.Intn(10);
            assertTrue(v >= 0 && v < 10);
            seen.add(v);
            assertTrue(Rand.Int63() >= 0);
            assertTrue(Rand.Int31() >= 0);
            double f = Rand.Float64();
            assertTrue(f >= 0 && f < 1);
            float g = Rand.Float32();
            assertTrue(g >= 0 && g < 1);
        }
        assertEquals(10, seen.size(), "Intn(10) should produce every value in 10,000 draws");
    }

    @Test
    void permIsAPermutation() {
        LongSlice p = Rand.Perm(50);
        assertEquals(50, p.len());
        assertEquals(50, p.cap());
        Set<Long> values = new HashSet<>();
        for (long i = 0; i < p.len(); i++) {
            values.add(p.get(i));
        }
        for (long i = 0; i < 50; i++) {
            assertTrue(values.contains(i));
        }
        assertEquals(0, Rand.Perm(0).len());
    }

    @Test
    void shuffleSwapsWithinRange() {
        long[] a = {0, 1, 2, 3, 4, 5, 6, 7};
        Rand.Shuffle(a.length, (i, j) -> {
            assertTrue(j <= i && j >= 0, "Go's Shuffle swaps i with some j <= i");
            long t = a[(int) (long) i];
            a[(int) (long) i] = a[(int) (long) j];
            a[(int) (long) j] = t;
        });
        assertEquals(28, java.util.Arrays.stream(a).sum());
    }

    @Test
    void invalidArgumentsPanicWithGoTexts() {
        assertEquals("invalid argument to Intn", assertThrows(GoPanic.class, () -> Rand.Intn(0)).value());
        assertEquals("invalid argument to Int63n", assertThrows(GoPanic.class, () -> Rand.Int63n(-1)).value());
        assertEquals("invalid argument to Int31n", assertThrows(GoPanic.class, () -> Rand.Int31n(0)).value());
        assertEquals("invalid argument to Shuffle", assertThrows(GoPanic.class, () -> Rand.Shuffle(-1, null)).value());
    }
}
