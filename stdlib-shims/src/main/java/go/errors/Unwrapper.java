// The optional error methods that package errors looks for: Unwrap() error, Unwrap() []error, Is(error) bool, As(any) bool.
package go.errors;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Slice;

/**
 * Go finds these methods by interface assertions on the error value; in Java an error type
 * that has one of them implements the matching interface here (translated types with an
 * {@code Unwrap() error} method must implement {@link Unwrapper}, and so on). A type has at
 * most one Unwrap, as in Go.
 */
public interface Unwrapper {
    /** {@code Unwrap() error}: the error this one wraps, or null. */
    GoError Unwrap();

    /** {@code Unwrap() []error}: the errors this one wraps (errors.Join, fmt.Errorf with several %w). */
    interface Multi {
        Slice<GoError> Unwrap();
    }

    /** {@code Is(error) bool}: an error that says it matches {@code target}. */
    interface Is {
        boolean Is(GoError target);
    }

    /** {@code As(any) bool}: an error that can assign itself to {@code target}. */
    interface As {
        boolean As(Object target);
    }
}
