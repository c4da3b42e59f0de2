// The count of goroutines that can run, which makes deadlock detection exact.
package dev.goloom.runtime;

import java.util.concurrent.atomic.AtomicLong;

/**
 * One atomic word: the low 32 bits count goroutines that can make progress (live goroutines,
 * minus those parked in runtime primitives, plus pending AfterFunc timers and timers firing
 * right now); the high 32 bits count wake-ups (an epoch).
 *
 * <p>Invariants:
 * <ul>
 * <li>Whoever makes a goroutine runnable increments before it unparks it; a goroutine
 *     decrements before it parks. So the count never undercounts, and when it reaches zero
 *     nothing that the runtime knows of can wake anyone.
 * <li>Every increment bumps the epoch, so a deadlock check that read the word, looked around,
 *     and reads the same word again knows that nothing woke in between.
 * <li>Threads the runtime does not know (a test's thread, a foreign callback) are not counted
 *     and never decrement; while one of them is blocked the count may still reach zero, which
 *     is why detection only reports while a Go program runs (see {@link Deadlock}).
 * </ul>
 */
final class Liveness {
    private Liveness() {}

    private static final long ONE = 1L;
    private static final long EPOCH = 1L << 32;
    private static final long COUNT_MASK = EPOCH - 1;

    /** count | epoch << 32. */
    private static final AtomicLong WORD = new AtomicLong();

    /** Something became able to run. */
    static void up() {
        WORD.addAndGet(ONE + EPOCH);
    }

    /** Something stopped being able to run; checks for deadlock when nothing is left. */
    static void down() {
        if ((WORD.addAndGet(-ONE) & COUNT_MASK) == 0) {
            Deadlock.check();
        }
    }

    /** The whole word, for {@link Deadlock}'s before/after comparison. */
    static long snapshot() {
        return WORD.get();
    }

    static int count(long snapshot) {
        return (int) (snapshot & COUNT_MASK);
    }
}
