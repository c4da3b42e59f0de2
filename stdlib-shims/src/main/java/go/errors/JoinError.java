// The error that errors.Join returns (Go's *errors.joinError): the messages joined by newlines, Unwrap() []error.
package go.errors;

import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Slice;
import java.util.List;

/** {@code *errors.joinError}. */
public final class JoinError implements GoError, GoStruct<JoinError>, Unwrapper.Multi {
    /** The error interface's descriptor, as %T and %#v spell it. */
    static final GoType ERROR = new GoType.Named("", "", "error")
            .define(new GoType.Interface(List.of("Error() string")));

    /** {@code errors.joinError}. */
    public static final GoType.Named TYPE = new GoType.Named("errors", "errors", "joinError")
            .define(new GoType.Struct(List.of(new GoType.Field("errs", new GoType.Slice(ERROR), false, ""))));

    /** The non-nil errors joined, in order. */
    private final Slice<GoError> errs;

    JoinError(Slice<GoError> errs) {
        this.errs = errs;
    }

    @Override public String Error() {
        // Go: a single error's text as it is; several joined with "\n".
        StringBuilder sb = new StringBuilder();
        for (long i = 0; i < errs.len(); i++) {
            if (i > 0) {
                sb.append('\n');
            }
            sb.append(errs.get(i).Error());
        }
        return sb.toString();
    }

    /** A copy of the wrapped errors, as Go's Unwrap returns its slice (callers may not modify it). */
    @Override public Slice<GoError> Unwrap() {
        return errs;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return new dev.goloom.runtime.Boxed(new GoType.Slice(ERROR), errs);
    }

    @Override public JoinError copy() {
        return new JoinError(errs);
    }

    static Slice<GoError> slice(List<GoError> list) {
        @SuppressWarnings("unchecked")
        Slice<GoError> s = (Slice<GoError>) (Slice<?>) Slice.nil(ElemType.INTERFACE);
        for (GoError e : list) {
            s = Slice.append(s, e);
        }
        return s;
    }
}
