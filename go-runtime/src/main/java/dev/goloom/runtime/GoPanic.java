// A Go panic travelling up the Java stack, carrying the value passed to panic().
package dev.goloom.runtime;

/**
 * A panic in flight. {@code value} is the Go value given to {@code panic} (for run-time
 * errors, a {@link RuntimeError}). Stack traces are not filled in: Go programs that recover
 * panics use them for control flow, and Go's own traceback is printed by the runtime.
 */
public final class GoPanic extends RuntimeException {
    private final Object value;

    public GoPanic(Object value) {
        super(null, null, false, false);
        this.value = value;
    }

    public Object value() {
        return value;
    }

    @Override
    public String getMessage() {
        return PanicPrinter.describe(value);
    }

    /**
     * The Go panic that a Java exception stands for. Translated code lets the JVM detect some
     * run-time errors itself (integer division by zero), and this maps them to Go's value.
     */
    public static GoPanic of(Throwable t) {
        return switch (t) {
            case GoPanic p -> p;
            case ArithmeticException a when "/ by zero".equals(a.getMessage()) ->
                    new GoPanic(RuntimeError.INTEGER_DIVIDE_BY_ZERO);
            default -> null;
        };
    }
}
