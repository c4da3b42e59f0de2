// context.DeadlineExceeded's type: an error that is also a timeout.
package go.context;

import dev.goloom.runtime.GoError;

/** Go's {@code deadlineExceededError}: "context deadline exceeded", with Timeout and Temporary true (net.Error). */
final class DeadlineExceededError implements GoError {
    /** The one value, context.DeadlineExceeded. */
    static final DeadlineExceededError INSTANCE = new DeadlineExceededError();

    private DeadlineExceededError() {}

    @Override public String Error() {
        return "context deadline exceeded";
    }

    public boolean Timeout() {
        return true;
    }

    public boolean Temporary() {
        return true;
    }
}
