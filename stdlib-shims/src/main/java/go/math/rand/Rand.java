// Package math/rand, its top-level functions: pseudo-random numbers from a randomly seeded generator.
package go.math.rand;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.Proc2;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.Tuple2;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Go's math/rand top-level functions. Since Go 1.20 they are seeded randomly at start-up and
 * since Go 1.24 {@code rand.Seed} does nothing (GODEBUG randseednop=1), so no Go program can
 * rely on their values: any uniformly distributed sequence is a Go sequence. They draw from the
 * JDK's ThreadLocalRandom; the ranges, the panics ("invalid argument to Intn") and the algorithms
 * that shape results (Perm's and Shuffle's swaps) are Go's.
 *
 * <p>Not provided: {@code rand.New(rand.NewSource(seed))}, whose exact sequence would need a
 * port of Go's additive lagged Fibonacci generator and its seed tables.
 */
public final class Rand {
    private Rand() {}

    private static ThreadLocalRandom r() {
        return ThreadLocalRandom.current();
    }

    /** Does nothing, as Go 1.24+ by default. */
    public static void Seed(long seed) {}

    public static long Int63() {
        return r().nextLong() >>> 1;
    }

    public static int Uint32() {
        return (int) (r().nextLong() >>> 31);
    }

    public static long Uint64() {
        return r().nextLong();
    }

    public static int Int31() {
        return (int) (Int63() >>> 32);
    }

    public static long Int() {
        return Int63();
    }

    public static long Int63n(long n) {
        if (n <= 0) {
            throw new GoPanic("invalid argument to Int63n");
        }
        return r().nextLong(n);
    }

    public static int Int31n(int n) {
        if (n <= 0) {
            throw new GoPanic("invalid argument to Int31n");
        }
        return r().nextInt(n);
    }

    public static long Intn(long n) {
        if (n <= 0) {
            throw new GoPanic("invalid argument to Intn");
        }
        return r().nextLong(n);
    }

    /** In [0.0, 1.0). */
    public static double Float64() {
        return r().nextDouble();
    }

    /** In [0.0, 1.0). */
    public static float Float32() {
        return r().nextFloat();
    }

    /** A random permutation of [0, n), built as Go builds it (inside-out shuffle). */
    public static LongSlice Perm(long n) {
        LongSlice m = LongSlice.make(n);
        for (long i = 0; i < n; i++) {
            long j = Intn(i + 1);
            m.set(i, m.get(j));
            m.set(j, i);
        }
        return m;
    }

    /** Fisher–Yates over swap(i, j) for i from n-1 down to 1; n < 0 panics. */
    public static void Shuffle(long n, Proc2<Long, Long> swap) {
        if (n < 0) {
            throw new GoPanic("invalid argument to Shuffle");
        }
        for (long i = n - 1; i > 0; i--) {
            long j = Int63n(i + 1);
            swap.call(i, j);
        }
    }

    /** Fills p with random bytes; always len(p), nil. */
    public static Tuple2<Long, GoError> Read(ByteSlice p) {
        byte[] b = new byte[(int) p.len()];
        r().nextBytes(b);
        go.io.SliceBytes.copyIn(p, b, 0, b.length);
        return new Tuple2<>(p.len(), null);
    }

    /** Standard normal distribution (mean 0, stddev 1). */
    public static double NormFloat64() {
        return r().nextGaussian();
    }

    /** Exponential distribution with rate 1. */
    public static double ExpFloat64() {
        return r().nextExponential();
    }
}
