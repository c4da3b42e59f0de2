// *runtime.PanicNilError: what panic(nil) panics with since Go 1.21.
package dev.goloom.runtime;

/** The value recover() returns after {@code panic(nil)}. */
public final class PanicNilError implements go.runtime.Error {
    /** The one instance: Go allocates a new one per panic, but no program can tell them apart by content. */
    static final PanicNilError INSTANCE = new PanicNilError();

    private PanicNilError() {}

    @Override
    public String Error() {
        return "panic called with nil argument";
    }

    /** runtime.Error's marker method. */
    @Override
    public void RuntimeError() {}
}
