// Test helpers: sleeping and waiting without checked exceptions.
package dev.goloom.runtime;

final class Threads {
    private Threads() {}

    static void sleepMillis(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
