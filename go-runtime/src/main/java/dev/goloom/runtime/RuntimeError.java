// Go's run-time errors (runtime.Error), with gc's exact texts.
package dev.goloom.runtime;

/**
 * A run-time error such as an out-of-range index. {@code Error()} returns the text Go
 * prints after "panic: ", e.g. "runtime error: integer divide by zero".
 */
public record RuntimeError(String text) implements go.runtime.Error {
    public static final RuntimeError INTEGER_DIVIDE_BY_ZERO = new RuntimeError("runtime error: integer divide by zero");
    public static final RuntimeError NIL_DEREFERENCE = new RuntimeError("runtime error: invalid memory address or nil pointer dereference");
    /** Go's plainError for writing to a nil map: a runtime.Error printed without the "runtime error: " prefix. */
    public static final RuntimeError NIL_MAP_WRITE = new RuntimeError("assignment to entry in nil map");

    @Override
    public String Error() {
        return text;
    }

    /** runtime.Error's marker method. */
    @Override
    public void RuntimeError() {}
}
