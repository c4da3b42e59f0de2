// A Go panic travelling up the Java stack, carrying the value passed to panic().
package dev.goloom.runtime;

/**
 * A panic in flight. {@code value} is the Go value given to {@code panic} (for run-time
 * errors, a {@link RuntimeError}). Stack traces are not filled in: Go programs that recover
 * panics use them for control flow, and Go's own traceback is printed by the runtime.
 */
public final class GoPanic extends RuntimeException {
    /** The value passed to panic (a {@link RuntimeError} for run-time errors). */
    private final Object value;
    /** True when Go would have raised this panic from a signal (a nil dereference: SIGSEGV). */
    private final boolean fromSignal;

    public GoPanic(Object value) {
        this(value, false);
    }

    private GoPanic(Object value, boolean fromSignal) {
        super(null, null, false, false);
        this.value = value;
        this.fromSignal = fromSignal;
    }

    /** Go's panic for dereferencing a nil pointer (and calling through a nil func or interface). */
    public static GoPanic nilDereference() {
        return new GoPanic(RuntimeError.NIL_DEREFERENCE, true);
    }

    /**
     * The line Go prints under the panic line when the panic came from a signal, else null.
     * Go prints the faulting address and pc; those are machine facts goloom cannot know, so
     * it prints zeros (a nil dereference of a field at an offset shows {@code addr=0x8} in Go).
     */
    public String signalLine() {
        return fromSignal ? "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]" : null;
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
     * run-time errors itself (integer division by zero, nil dereference: a nil pointer, func,
     * interface or struct pointer is Java null), and this maps them to Go's value.
     */
    public static GoPanic of(Throwable t) {
        return switch (t) {
            case GoPanic p -> p;
            case ArithmeticException a when "/ by zero".equals(a.getMessage()) ->
                    new GoPanic(RuntimeError.INTEGER_DIVIDE_BY_ZERO);
            case NullPointerException n -> nilDereference();
            // Go arrays are Java arrays, indexed without a check of goloom's own: the JVM's
            // message ("Index 5 out of bounds for length 3") carries what Go's needs.
            case ArrayIndexOutOfBoundsException a when arrayIndex(a.getMessage()) != null -> arrayIndex(a.getMessage());
            default -> null;
        };
    }

    private static final java.util.regex.Pattern JVM_INDEX =
            java.util.regex.Pattern.compile("Index (-?\\d+) out of bounds for length (\\d+)");

    private static GoPanic arrayIndex(String message) {
        java.util.regex.Matcher m = message == null ? null : JVM_INDEX.matcher(message);
        if (m == null || !m.matches()) {
            return null;
        }
        return Bounds.index(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
    }
}
