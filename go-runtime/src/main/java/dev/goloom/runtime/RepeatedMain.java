// Benchmark mode: with -Dgoloom.repeat=N a program runs main.main N times in one JVM and reports each run's time.
package dev.goloom.runtime;

import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintStream;

/**
 * Steady-state measurement for {@code bench/run}: package initialization runs once, then
 * main.main runs {@code times} times in the same JVM, and after each run one line
 * {@code goloom-repeat: run I seconds=S} goes to standard error. The first runs include class
 * loading and JIT compilation; the later ones show the warmed-up program. Standard input is
 * rewound before each run when it is a regular file (a pipe cannot be rewound: later runs read
 * end of file). Package variables are not reset between runs, so a program whose output
 * depends on their state (a seeded generator) may print something else after the first run.
 */
final class RepeatedMain {
    private RepeatedMain() {}

    /** The system property that asks for repeated runs; absent or below 2 means one ordinary run. */
    static final String PROPERTY = "goloom.repeat";

    /** How many times main.main should run: the property's value, or 1. */
    static int times() {
        String value = System.getProperty(PROPERTY);
        if (value == null) {
            return 1;
        }
        try {
            return Math.max(1, Integer.parseInt(value.trim()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** Runs {@code init} once and {@code main} {@code times} times, reporting each run to {@code report}. */
    static void run(int times, Runnable init, Runnable main, PrintStream report) {
        init.run();
        for (int i = 1; i <= times; i++) {
            if (i > 1) {
                rewindStdin();
            }
            long start = System.nanoTime();
            main.run();
            long elapsed = System.nanoTime() - start;
            report.printf("goloom-repeat: run %d seconds=%.6f%n", i, elapsed / 1e9);
            report.flush();
        }
    }

    /** Seeks standard input back to its start when it is a regular file; otherwise leaves it. */
    private static void rewindStdin() {
        try {
            @SuppressWarnings("resource") // closing it would close fd 0
            FileInputStream in = new FileInputStream(FileDescriptor.in);
            in.getChannel().position(0);
        } catch (IOException | RuntimeException e) {
            // not seekable (a pipe or terminal): later runs see end of file
        }
    }
}
