// Measures the two ways to translate Go generics: erased Java generics (boxed elements plus a
// dictionary of the type's operations) against specialization per instance (primitive code).
//
// Run: java bench/generics/ErasureVsSpecialization.java   (JDK 25; prints one line per kernel)
//
// Each kernel is written twice, exactly as the two strategies would emit it for the Go code in
// its comment; both run the same work after a warm-up, and the best of several rounds counts.
import java.util.ArrayList;
import java.util.List;
import java.util.function.BinaryOperator;
import java.util.function.Supplier;

public final class ErasureVsSpecialization {
    /** The operations a dictionary passes for a type parameter constrained by Number. */
    interface Num<T> {
        T zero();
        T add(T a, T b);
        boolean less(T a, T b);
    }

    static final Num<Long> LONGS = new Num<>() {
        public Long zero() { return 0L; }
        public Long add(Long a, Long b) { return a + b; }
        public boolean less(Long a, Long b) { return a < b; }
    };

    // func Sum[T Number](xs []T) T { var s T; for _, x := range xs { s += x }; return s }
    static <T> T sumErased(List<T> xs, Num<T> n) {
        T s = n.zero();
        for (T x : xs) {
            s = n.add(s, x);
        }
        return s;
    }

    static long sumSpecialized(long[] xs) {
        long s = 0;
        for (long x : xs) {
            s += x;
        }
        return s;
    }

    // func Max[T Ordered](xs []T) T
    static <T> T maxErased(List<T> xs, Num<T> n) {
        T m = xs.get(0);
        for (T x : xs) {
            if (n.less(m, x)) {
                m = x;
            }
        }
        return m;
    }

    static long maxSpecialized(long[] xs) {
        long m = xs[0];
        for (long x : xs) {
            if (m < x) {
                m = x;
            }
        }
        return m;
    }

    // func Index[T comparable](xs []T, v T) int
    static <T> int indexErased(List<T> xs, T v) {
        for (int i = 0; i < xs.size(); i++) {
            if (xs.get(i).equals(v)) {
                return i;
            }
        }
        return -1;
    }

    static int indexSpecialized(long[] xs, long v) {
        for (int i = 0; i < xs.length; i++) {
            if (xs[i] == v) {
                return i;
            }
        }
        return -1;
    }

    // func Map[T, U any](xs []T, f func(T) U) []U
    static <T, U> List<U> mapErased(List<T> xs, java.util.function.Function<T, U> f) {
        List<U> out = new ArrayList<>(xs.size());
        for (T x : xs) {
            out.add(f.apply(x));
        }
        return out;
    }

    static long[] mapSpecialized(long[] xs, java.util.function.LongUnaryOperator f) {
        long[] out = new long[xs.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = f.applyAsLong(xs[i]);
        }
        return out;
    }

    static volatile Object sink;

    /** Best time of {@code rounds} rounds of {@code reps} calls, in nanoseconds per call. */
    static double time(Supplier<Object> kernel, int reps, int rounds) {
        double best = Double.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < reps; i++) {
                sink = kernel.get();
            }
            best = Math.min(best, (System.nanoTime() - t0) / (double) reps);
        }
        return best;
    }

    public static void main(String[] args) {
        int n = 100_000;
        long[] prim = new long[n];
        List<Long> boxed = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            prim[i] = (i * 7919L) % 10007;
            boxed.add(prim[i]);
        }
        record Kernel(String name, Supplier<Object> erased, Supplier<Object> specialized) {}
        List<Kernel> kernels = List.of(
                new Kernel("Sum[int]", () -> sumErased(boxed, LONGS), () -> sumSpecialized(prim)),
                new Kernel("Max[int]", () -> maxErased(boxed, LONGS), () -> maxSpecialized(prim)),
                new Kernel("Index[int]", () -> indexErased(boxed, -1L), () -> indexSpecialized(prim, -1L)),
                new Kernel("Map[int,int]", () -> mapErased(boxed, x -> x * 2), () -> mapSpecialized(prim, x -> x * 2)));
        double logSum = 0;
        for (Kernel k : kernels) {
            time(k.erased(), 200, 5); // warm-up
            time(k.specialized(), 200, 5);
            double erased = time(k.erased(), 300, 7);
            double specialized = time(k.specialized(), 300, 7);
            logSum += Math.log(erased / specialized);
            System.out.printf("GENERICS %-13s erased=%9.1fus specialized=%9.1fus erased/specialized=%.2f%n",
                    k.name(), erased / 1000, specialized / 1000, erased / specialized);
        }
        System.out.printf("GENERICS geomean erased/specialized=%.2f%n", Math.exp(logSum / kernels.size()));
    }
}
