// *runtime.PanicNilError: what panic(nil) panics with since Go 1.21.
package go.runtime;

import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/**
 * The value recover() returns after {@code panic(nil)}: Go's {@code *runtime.PanicNilError}, a
 * {@link Error}. It lives beside {@link Error} in the runtime module (package runtime's Java
 * package, so the shim type {@code runtime.PanicNilError} maps to it) because the runtime's
 * {@code GoPanic} creates it.
 */
public final class PanicNilError implements Error, GoStruct<PanicNilError> {
    /** The descriptor of runtime.PanicNilError (a struct without exported fields). */
    public static final GoType.Named TYPE = new GoType.Named("runtime", "runtime", "PanicNilError").define(new GoType.Struct(List.of()));

    /** The one instance panic(nil) uses: Go allocates one per panic, but no program can tell them apart by content. */
    public static final PanicNilError INSTANCE = new PanicNilError();

    /** The zero value ({@code new(runtime.PanicNilError)}). */
    public PanicNilError() {}

    @Override
    public String Error() {
        return "panic called with nil argument";
    }

    /** runtime.Error's marker method. */
    @Override
    public void RuntimeError() {}

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    @Override public PanicNilError copy() {
        return new PanicNilError();
    }

    @Override public void set(PanicNilError v) {}
}
