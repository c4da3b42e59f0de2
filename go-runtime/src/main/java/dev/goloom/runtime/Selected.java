// The outcome of a select: which case proceeded, and for a receive the value and ok.
package dev.goloom.runtime;

/** {@code index} is the case's position (-1 for default); {@code value}/{@code ok} are set for receives. */
public final class Selected {
    /** The chosen case, or -1 for default. */
    private final int index;
    /** The received value (the zero value when the channel was closed); null for sends. */
    private final Object value;
    /** For a receive: true when a value was sent, false when the channel is closed. */
    private final boolean ok;

    Selected(int index, Object value, boolean ok) {
        this.index = index;
        this.value = value;
        this.ok = ok;
    }

    public int index() {
        return index;
    }

    /** The received value, typed by the caller: {@code long x = s.value();}. */
    @SuppressWarnings("unchecked")
    public <T> T value() {
        return (T) value;
    }

    public boolean ok() {
        return ok;
    }
}
