// Go's run-time errors (runtime.Error), with gc's exact texts.
package dev.goloom.runtime;

/**
 * A run-time error such as an out-of-range index. {@code Error()} returns the text Go
 * prints after "panic: ", e.g. "runtime error: integer divide by zero".
 */
public record RuntimeError(String text) implements GoError {
    public static final RuntimeError INTEGER_DIVIDE_BY_ZERO = new RuntimeError("runtime error: integer divide by zero");

    @Override
    public String Error() {
        return text;
    }

    /** runtime.Error's marker method. */
    public void RuntimeError() {}
}
