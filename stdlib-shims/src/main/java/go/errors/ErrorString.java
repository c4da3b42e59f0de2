// The error that errors.New returns (Go's *errors.errorString): compared by identity, as Go compares pointers.
package go.errors;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/** {@code *errors.errorString}: a pointer to a struct, so %T and %#v print it as Go does. */
public final class ErrorString implements GoError, GoStruct<ErrorString> {
    /** {@code errors.errorString}, the struct type the pointer points to. */
    public static final GoType.Named TYPE = new GoType.Named("errors", "errors", "errorString")
            .define(new GoType.Struct(List.of(new GoType.Field("s", GoType.STRING, false, ""))));

    /** The message (a Go byte string). */
    private final String s;

    public ErrorString(String s) {
        this.s = s;
    }

    @Override public String Error() {
        return s;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return s;
    }

    @Override public ErrorString copy() {
        return new ErrorString(s);
    }
}
