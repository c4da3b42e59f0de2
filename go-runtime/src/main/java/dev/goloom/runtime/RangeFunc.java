// The state of one range-over-function loop: Go's checks that an iterator calls yield properly.
package dev.goloom.runtime;

/**
 * A {@code for x := range f} loop over a function becomes {@code f.call(yield)}, where the
 * yield lambda is the loop body. Go requires (and checks at run time) that the iterator:
 * <ul>
 * <li>does not call yield again after it returned false (the body broke out or returned);
 * <li>does not call yield after the whole loop has finished;
 * <li>does not call yield again after the body panicked, and does not swallow that panic.
 * </ul>
 * Invariants: {@code state} is READY between calls of the body, RUNNING while the body runs
 * (and stays RUNNING if the body panics), DONE once the body asked to stop, EXHAUSTED after the
 * loop. Generated code calls {@link #enter} first in the body, {@link #next} or {@link #stop}
 * to leave it, and {@link #finish} after the iterator returns.
 */
public final class RangeFunc {
    private static final int READY = 0;
    private static final int RUNNING = 1;
    private static final int DONE = 2;
    private static final int EXHAUSTED = 3;

    /** Where the loop is in its life (see the class comment). */
    private int state = READY;
    /** How the body left the loop: 0 for break (or not at all), other codes chosen by the translator. */
    private int exit;

    /** Called first in the body, on each iteration. */
    public void enter() {
        switch (state) {
            case DONE -> throw new GoPanic(RuntimeErrors.error("range function continued iteration after function for loop body returned false"));
            case RUNNING -> throw new GoPanic(RuntimeErrors.error("range function continued iteration after loop body panic"));
            case EXHAUSTED -> throw new GoPanic(RuntimeErrors.error("range function continued iteration after whole loop exit"));
            default -> state = RUNNING;
        }
    }

    /** The body finished an iteration (or continued): yield returns true. */
    public boolean next() {
        state = READY;
        return true;
    }

    /** The body leaves the loop with exit code {@code exit}: yield returns false. */
    public boolean stop(int exit) {
        this.exit = exit;
        state = DONE;
        return false;
    }

    /** Called after the iterator returned: the exit code of the body, 0 if it did not leave. */
    public int finish() {
        if (state == RUNNING) {
            throw new GoPanic(RuntimeErrors.error("range function recovered a loop body panic and did not resume panicking"));
        }
        state = EXHAUSTED;
        return exit;
    }
}
