// Whole programs run in a child JVM by ProgramTest: each is the Java counterpart of a small Go program.
package dev.goloom.runtime;

import java.util.Map;

/**
 * {@code java Scenarios NAME} runs scenario NAME as a Go program through
 * {@link GoProgram#run}. The Go source each one mirrors is in its comment; ProgramTest holds
 * what real Go printed for it.
 */
public final class Scenarios {
    private Scenarios() {}

    static void out(String s) {
        Stdio.writeOut(s + "\n");
    }

    private static final Map<String, Runnable> ALL = Map.ofEntries(
            // ch := make(chan int); go func() { select {} }(); <-ch
            Map.entry("deadlockRecv", () -> {
                Chan<Long> ch = Chan.make(0);
                Go.go(Select::block);
                ch.recv();
            }),
            // select {}
            Map.entry("deadlockSelectNoCases", Select::block),
            // t := time.NewTicker(time.Hour); _ = t; var ch chan int; ch <- 1
            Map.entry("deadlockNilSendWithIdleTicker", () -> {
                RuntimeTimer.newTicker(3_600_000_000_000L, () -> 0L);
                Chan.<Long>nil().send(1L);
            }),
            // var wg sync.WaitGroup; wg.Add(1); wg.Wait()
            Map.entry("deadlockWaitGroup", () -> {
                WaitGroup wg = new WaitGroup();
                wg.Add(1);
                wg.Wait();
            }),
            // var mu sync.Mutex; mu.Lock(); mu.Lock()
            Map.entry("deadlockMutex", () -> {
                Mutex mu = new Mutex();
                mu.Lock();
                mu.Lock();
            }),
            // c := make(chan int); for i := 0; i < 3; i++ { go func() { c <- 1 }() }; var m chan int; <-m
            Map.entry("deadlockMany", () -> {
                Chan<Long> c = Chan.make(0);
                for (int i = 0; i < 3; i++) {
                    Go.go(() -> c.send(1L));
                }
                Chan.<Long>nil().recv();
            }),
            // time.AfterFunc(300ms, func() { println("fired"); os.Exit(3) }); ch := make(chan int); ch <- 1
            Map.entry("noDeadlockWhileAfterFuncPending", () -> {
                RuntimeTimer.afterFunc(300_000_000L, () -> {
                    out("fired");
                    GoProgram.exit(3);
                });
                Chan.<Long>make(0).send(1L);
            }),
            // t := time.NewTimer(300ms); select { case <-t.C: println("timer") }; then deadlock on nil chan
            Map.entry("noDeadlockWhileWaitingOnTimer", () -> {
                RuntimeTimer t = RuntimeTimer.newTimer(300_000_000L, () -> 0L);
                Select.select(Select.recv(t.channel()));
                out("timer");
                Chan.<Long>nil().recv();
            }),
            // go func() { time.Sleep(300ms); ch <- 1 }(); println(<-ch)
            Map.entry("noDeadlockWhileSleeping", () -> {
                Chan<Long> ch = Chan.make(0);
                Go.go(() -> {
                    RuntimeTimer.sleep(300_000_000L);
                    ch.send(1L);
                });
                out(Long.toString(ch.recv()));
            }),
            // a goroutine in a long system call: not asleep
            Map.entry("noDeadlockDuringSyscall", () -> {
                Chan<Long> ch = Chan.make(0);
                Go.go(() -> {
                    Syscall.run(() -> Threads.sleepMillis(300));
                    ch.send(1L);
                });
                out(Long.toString(ch.recv()));
            }),
            // go func() { for { } }(); println("main returns")  -- the program ends with main
            Map.entry("mainReturnEndsProgram", () -> {
                Go.go(() -> {
                    while (true) {
                        Thread.onSpinWait();
                    }
                });
                Go.go(Select::block);
                out("main returns");
            }),
            // go func() { panic("in goroutine") }(); time.Sleep(time.Second)
            Map.entry("panicInGoroutine", () -> {
                Go.go(() -> {
                    throw new GoPanic("in goroutine");
                });
                RuntimeTimer.sleep(5_000_000_000L);
            }),
            // defer println("deferred"); os.Exit(3)
            Map.entry("osExitSkipsDefers", () -> {
                Defer d = new Defer();
                try {
                    d.defer(() -> out("deferred"));
                    GoProgram.exit(3);
                } catch (Throwable t) {
                    d.panicked(t);
                } finally {
                    d.runDefers();
                }
            }),
            // defer func() { panic(errors.New("second")) }(); panic("first")
            Map.entry("panicChain", () -> {
                Defer d = new Defer();
                try {
                    d.defer(() -> {
                        throw new GoPanic((GoError) () -> "second");
                    });
                    throw new GoPanic("first");
                } catch (Throwable t) {
                    d.panicked(t);
                } finally {
                    d.runDefers();
                }
            }),
            // defer func() { r := recover(); panic(r) }(); panic("first")
            Map.entry("panicRepanicked", () -> {
                Defer d = new Defer();
                try {
                    d.defer(() -> {
                        Object r = Defer.recover();
                        throw new GoPanic(r);
                    });
                    throw new GoPanic("first");
                } catch (Throwable t) {
                    d.panicked(t);
                } finally {
                    d.runDefers();
                }
            }),
            // panic(nil)
            Map.entry("panicNil", () -> {
                throw new GoPanic(null);
            }),
            // defer func() { fmt.Println(recover()); panic(S{}) }(); panic("multi\nline")   (S is a Stringer)
            Map.entry("panicRecoveredThenStringer", () -> {
                Defer d = new Defer();
                try {
                    d.defer(() -> {
                        out(PanicPrinter.describe(Defer.recover()));
                        throw new GoPanic((GoStringer) () -> "stringer!");
                    });
                    throw new GoPanic("multi\nline");
                } catch (Throwable t) {
                    d.panicked(t);
                } finally {
                    d.runDefers();
                }
            }),
            // var mu sync.Mutex; mu.Unlock()
            Map.entry("unlockOfUnlocked", () -> new Mutex().Unlock()),
            // The cooperative interleaving of coop.go (run with GOMAXPROCS=1).
            Map.entry("cooperative", Scenarios::cooperative),
            // GOMAXPROCS=1: one goroutine holds the only carrier in a 1 s system call; others still run.
            Map.entry("syscallHandOff", () -> {
                Chan<Long> ping = Chan.make(0);
                Chan<Long> done = Chan.make(1);
                long start = System.nanoTime();
                Go.go(() -> {
                    Syscall.run(() -> {
                        long end = System.nanoTime() + 1_000_000_000L;
                        while (System.nanoTime() < end) {
                            Thread.onSpinWait(); // holds the carrier like a blocking native call
                        }
                    });
                    done.send(1L);
                });
                Go.Gosched(); // let it enter the call
                Go.go(() -> {
                    for (long i = 0; i < 1000; i++) {
                        ping.send(i);
                    }
                });
                for (int i = 0; i < 1000; i++) {
                    ping.recv();
                }
                long ms = (System.nanoTime() - start) / 1_000_000;
                out(ms < 900 ? "ping-pong finished during the system call" : "ping-pong waited " + ms + " ms");
                done.recv();
                out("system call returned");
            }));

    // Go source (coop.go), run with GOMAXPROCS=1:
    //   done := make(chan bool)
    //   for i := 0; i < 3; i++ { go func(i int) { for j := 0; j < 3; j++ { fmt.Println(i, j); runtime.Gosched() }; done <- true }(i) }
    //   for i := 0; i < 3; i++ { <-done }
    //   c := make(chan int)
    //   for i := 0; i < 4; i++ { go func(i int) { c <- i }(i) }
    //   for i := 0; i < 4; i++ { fmt.Println("got", <-c) }
    //   b := make(chan int, 2)
    //   go func() { for i := 0; i < 5; i++ { b <- i; fmt.Println("sent", i) }; close(b) }()
    //   for v := range b { fmt.Println("recv", v) }
    private static void cooperative() {
        Chan<Boolean> done = Chan.make(0);
        for (int i = 0; i < 3; i++) {
            int id = i;
            Go.go(() -> {
                for (int j = 0; j < 3; j++) {
                    out(id + " " + j);
                    Go.Gosched();
                }
                done.send(true);
            });
        }
        for (int i = 0; i < 3; i++) {
            done.recv();
        }
        Chan<Long> c = Chan.make(0);
        for (long i = 0; i < 4; i++) {
            long v = i;
            Go.go(() -> c.send(v));
        }
        for (int i = 0; i < 4; i++) {
            out("got " + c.recv());
        }
        Chan<Long> b = Chan.make(2);
        Go.go(() -> {
            for (long i = 0; i < 5; i++) {
                b.send(i);
                out("sent " + i);
            }
            b.close();
        });
        Chan.Received<Long> r;
        while ((r = b.recv2()).ok()) {
            out("recv " + r.value());
        }
    }

    public static void main(String[] args) {
        Runnable scenario = ALL.get(args[0]);
        if (scenario == null) {
            throw new IllegalArgumentException("no scenario " + args[0]);
        }
        GoProgram.run("scenario", new String[0], () -> {}, scenario);
    }
}
