// fmt's view of the runtime's invented machine addresses (%p, %v of pointers, maps, channels, funcs, slices).
package go.fmt;

/** Delegates to {@link dev.goloom.runtime.Addresses}, which print/println share, so both show the same address. */
final class Addresses {
    private Addresses() {}

    /** The address of {@code o} (0 for null). */
    static long of(Object o) {
        return dev.goloom.runtime.Addresses.of(o);
    }
}
