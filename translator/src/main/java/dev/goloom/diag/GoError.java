// One error reported to the user: a position and gc-style message text.
package dev.goloom.diag;

/** An error in the user's Go code, printed as {@code file:line:col: message}. */
public record GoError(Pos pos, String message) {
    @Override
    public String toString() {
        return pos.isKnown() || !pos.file().isEmpty() ? pos + ": " + message : message;
    }
}
