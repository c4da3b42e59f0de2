// Parse throughput harness (run by bench/parse): files/s and lines/s over a tree, warm, 1 and N threads.
package dev.goloom.syntax;

import dev.goloom.diag.Diagnostics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A benchmark, not a test: parses every .go file under a directory (read into memory first)
 * with {@link GoSyntax}, once cold, then warm rounds with 1 and with 2 threads, and prints
 * one line per measurement. Usage: {@code java -cp goloom.jar dev.goloom.syntax.ParseBenchmark DIR [ROUNDS]}.
 */
public final class ParseBenchmark {
    private ParseBenchmark() {}

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(root)) {
            paths = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        }
        List<byte[]> sources = new ArrayList<>();
        long lines = 0;
        for (Path p : paths) {
            byte[] b = Files.readAllBytes(p);
            sources.add(b);
            for (byte c : b) {
                if (c == '\n') {
                    lines++;
                }
            }
        }
        System.out.printf("PARSE corpus=%s files=%d lines=%d%n", root, sources.size(), lines);
        report("cold  threads=1", sources, paths, lines, 1);
        for (int r = 0; r < rounds; r++) {
            report("warm  threads=1", sources, paths, lines, 1);
        }
        for (int r = 0; r < rounds; r++) {
            report("warm  threads=2", sources, paths, lines, 2);
        }
    }

    private static void report(String label, List<byte[]> sources, List<Path> paths, long lines, int threads)
            throws Exception {
        long t0 = System.nanoTime();
        int errors = parseAll(sources, paths, threads);
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf("PARSE %s seconds=%.2f files/s=%.0f lines/s=%.0f rejected=%d%n", label, s,
                sources.size() / s, lines / s, errors);
    }

    private static int parseAll(List<byte[]> sources, List<Path> paths, int threads) throws Exception {
        AtomicInteger next = new AtomicInteger();
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            done.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < sources.size(); i = next.getAndIncrement()) {
                    if (GoSyntax.parse(paths.get(i).toString(), sources.get(i), new Diagnostics()) == null) {
                        errors.incrementAndGet();
                    }
                }
            }));
        }
        for (Future<?> f : done) {
            f.get();
        }
        pool.shutdown();
        return errors.get();
    }
}
