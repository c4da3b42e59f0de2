// context.Context: the interface every context implements.
package go.context;

import dev.goloom.runtime.Chan;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;
import go.time.Time;

/**
 * Go's {@code context.Context}, by the interface mapping: the Java signatures the translator
 * gives the Go methods. {@code Done() <-chan struct{}} is a generic method so that it fits
 * whatever Java type {@code struct{}} is given ({@code Chan<T>} for any T: nothing is ever
 * sent on a done channel, it is only closed).
 */
public interface Context {
    /** (deadline, ok): when the context will be canceled by its deadline, if it has one. */
    Tuple2<Time, Boolean> Deadline();

    /** A channel closed when the context is canceled; the nil channel if it never is. */
    <T> Chan<T> Done();

    /** nil until Done is closed; then Canceled or DeadlineExceeded. */
    GoError Err();

    /** The value for key along the chain of parents, or nil. */
    Object Value(Object key);
}
