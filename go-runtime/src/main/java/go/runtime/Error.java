// runtime.Error: the interface of run-time panics, here so that the runtime's own errors can implement it.
package go.runtime;

import dev.goloom.runtime.GoError;

/**
 * Go's {@code runtime.Error} ({@code interface { error; RuntimeError() }}). By the interface
 * mapping it is the Java interface {@code Error} of package {@code runtime}'s Java package; it
 * lives in the runtime module rather than with the other shims of package runtime because the
 * runtime's errors ({@link dev.goloom.runtime.RuntimeError}, {@link PanicNilError})
 * implement it, so that {@code r.(runtime.Error)} holds for them.
 */
public interface Error extends GoError {
    /** The marker method that tells run-time errors from other errors. */
    void RuntimeError();
}
