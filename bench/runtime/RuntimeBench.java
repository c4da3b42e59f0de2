// The Java side of bench/runtime: the programs of go/main.go on goloom's runtime, timed the same way.
import dev.goloom.runtime.Chan;
import dev.goloom.runtime.Go;
import dev.goloom.runtime.GoProgram;
import dev.goloom.runtime.Select;
import dev.goloom.runtime.Stdio;
import dev.goloom.runtime.WaitGroup;
import java.util.Map;
import java.util.function.IntConsumer;

/** {@code java -cp go-runtime/target/classes bench/runtime/RuntimeBench.java NAME N}; runs as goroutine 1. */
public class RuntimeBench {
    static void pingpong(int n) {
        Chan<Long> ping = Chan.make(0);
        Chan<Long> pong = Chan.make(0);
        Go.go(() -> {
            Chan.Received<Long> r;
            while ((r = ping.recv2()).ok()) {
                pong.send(r.value());
            }
        });
        for (long i = 0; i < n; i++) {
            ping.send(i);
            pong.recv();
        }
        ping.close();
    }

    static void buffered(int n) {
        Chan<Long> c = Chan.make(128);
        Chan<Boolean> done = Chan.make(0);
        Go.go(() -> {
            long s = 0;
            Chan.Received<Long> r;
            while ((r = c.recv2()).ok()) {
                s += r.value();
            }
            done.send(s >= 0);
        });
        for (long i = 0; i < n; i++) {
            c.send(i);
        }
        c.close();
        done.recv();
    }

    static void selectN(int n, int cases) {
        @SuppressWarnings("unchecked")
        Chan<Long>[] chans = new Chan[4];
        for (int i = 0; i < 4; i++) {
            chans[i] = Chan.make(64);
        }
        Go.go(() -> {
            for (long i = 0; i < n; i++) {
                chans[(int) (i % cases)].send(i);
            }
        });
        for (int i = 0; i < n; i++) {
            if (cases == 2) {
                Select.select(Select.recv(chans[0]), Select.recv(chans[1]));
            } else {
                Select.select(Select.recv(chans[0]), Select.recv(chans[1]), Select.recv(chans[2]), Select.recv(chans[3]));
            }
        }
    }

    static void spawn(int n) {
        WaitGroup wg = new WaitGroup();
        for (int i = 0; i < n; i++) {
            wg.Add(1);
            Go.go(wg::Done);
        }
        wg.Wait();
    }

    static long used() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /** Heap per goroutine while n goroutines are blocked in a receive; returns once all have ended. */
    static double heapPerParked(int n) {
        long before = used();
        Chan<Long> block = Chan.make(0);
        WaitGroup parked = new WaitGroup();
        WaitGroup ended = new WaitGroup();
        for (int i = 0; i < n; i++) {
            parked.Add(1);
            ended.Add(1);
            Go.go(() -> {
                parked.Done();
                block.recv();
                ended.Done();
            });
        }
        parked.Wait();
        long after = used();
        block.close();
        ended.Wait();
        return (after - before) / (double) n;
    }

    public static void main(String[] args) {
        String name = args[0];
        int n = Integer.parseInt(args[1]);
        GoProgram.run("bench", new String[0], () -> {}, () -> {
            if (name.equals("parked")) {
                // Warm-up, as for the timed rows: a goroutine's parked frames are kept as they were
                // compiled when it parked, and a cold JIT (interpreted or C1 frames) makes them 2-3x
                // larger than the compiled path any long-running program parks on.
                for (int w = 0; w < 3; w++) {
                    heapPerParked(n);
                }
                Stdio.writeOut(String.format("%s %.0f bytes%n", name, heapPerParked(n)));
                return;
            }
            IntConsumer run = Map.<String, IntConsumer>of(
                    "pingpong", RuntimeBench::pingpong,
                    "buffered", RuntimeBench::buffered,
                    "select2", k -> selectN(k, 2),
                    "select4", k -> selectN(k, 4),
                    "spawn", RuntimeBench::spawn).get(name);
            for (int w = 0; w < 3; w++) {
                run.accept(n / 2); // warm-up: let the JIT compile the hot paths
            }
            long best = Long.MAX_VALUE;
            for (int r = 0; r < 5; r++) {
                long t = System.nanoTime();
                run.accept(n);
                best = Math.min(best, System.nanoTime() - t);
            }
            Stdio.writeOut(String.format("%s %.1f ns/op%n", name, best / (double) n));
        });
    }
}
