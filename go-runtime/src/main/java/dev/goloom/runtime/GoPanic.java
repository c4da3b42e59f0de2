// A Go panic travelling up the Java stack, carrying the value passed to panic().
package dev.goloom.runtime;

/**
 * A panic in flight. {@code value} is the Go value given to {@code panic} (for run-time
 * errors, a {@link RuntimeError}; for {@code panic(nil)}, a {@link go.runtime.PanicNilError}). Stack
 * traces are not filled in: Go programs that recover panics use them for control flow, and
 * Go's own traceback is printed by the runtime.
 */
public final class GoPanic extends RuntimeException {
    /** The value passed to panic. */
    private final Object value;
    /** The panic that was being handled when a deferred call raised this one, or null. */
    private GoPanic link;
    /** Set when recover() returned this panic's value. */
    private boolean recovered;

    public GoPanic(Object value) {
        super(null, null, false, false);
        this.value = value == null ? go.runtime.PanicNilError.INSTANCE : value;
    }

    public Object value() {
        return value;
    }

    /** The earlier panic this one interrupted (printed before it), or null. */
    public GoPanic link() {
        return link;
    }

    void linkTo(GoPanic earlier) {
        this.link = earlier;
    }

    /** Whether a deferred call recovered this panic. */
    public boolean recovered() {
        return recovered;
    }

    void markRecovered() {
        recovered = true;
    }

    @Override
    public String getMessage() {
        return PanicPrinter.describe(value);
    }

    /**
     * The Go panic that a Java exception stands for, or null when it stands for none.
     * Translated code lets the JVM detect some run-time errors itself: integer division by
     * zero, and dereferencing a nil pointer (a null struct reference).
     */
    public static GoPanic of(Throwable t) {
        return switch (t) {
            case GoPanic p -> p;
            case ArithmeticException a when "/ by zero".equals(a.getMessage()) ->
                    new GoPanic(RuntimeError.INTEGER_DIVIDE_BY_ZERO);
            case NullPointerException n -> new GoPanic(RuntimeErrors.NIL_DEREFERENCE);
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
