// runtime.Goexit in flight: unwinds the goroutine, running deferred calls, and cannot be recovered.
package dev.goloom.runtime;

/** Thrown by {@link Go#Goexit()}; the goroutine's outermost frame ends the goroutine quietly. */
final class GoExit extends RuntimeException {
    GoExit() {
        super(null, null, false, false);
    }
}
