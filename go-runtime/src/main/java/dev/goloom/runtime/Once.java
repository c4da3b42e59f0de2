// sync.Once: f runs once; concurrent callers wait for it on the runtime's Mutex.
package dev.goloom.runtime;

/**
 * Go's sync.Once. After Do returns (even by a panic in f) every later Do returns at once;
 * callers racing with the first wait on a runtime {@link Mutex}, so they show as
 * "sync.Mutex.Lock" in deadlock reports, as in Go.
 */
public final class Once {
    /** Set after f has run (or panicked). */
    private volatile boolean done;
    /** Serializes the first calls. */
    private final Mutex m = new Mutex();

    /** Whether Do has run its function (for sync.Once's value copy). */
    public boolean isDone() {
        return done;
    }

    public void Do(Runnable f) {
        if (done) {
            return;
        }
        m.Lock();
        try {
            if (!done) {
                try {
                    f.run();
                } finally {
                    done = true;
                }
            }
        } finally {
            m.Unlock();
        }
    }
}
