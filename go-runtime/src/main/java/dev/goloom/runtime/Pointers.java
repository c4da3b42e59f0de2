// Helpers for pointer expressions that need their operand evaluated exactly once.
package dev.goloom.runtime;

import java.util.function.Function;

/** {@code &x.f} evaluates x once, then builds a pointer to the field of that object. */
public final class Pointers {
    private Pointers() {}

    /** Applies {@code make} to {@code owner} (null: Go's nil dereference panic, raised now as Go does). */
    public static <O, P> P field(O owner, Function<O, P> make) {
        return make.apply(java.util.Objects.requireNonNull(owner));
    }

    /**
     * Applies {@code make} to {@code owner}, which may be nil: a method value of a pointer method
     * ({@code p.M} for {@code func (*T) M()}) binds a nil p without panicking, as Go does.
     */
    public static <O, P> P bind(O owner, Function<O, P> make) {
        return make.apply(owner);
    }
}
