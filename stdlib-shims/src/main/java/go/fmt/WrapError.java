// The errors fmt.Errorf returns for %w: *fmt.wrapError (one wrapped error) and *fmt.wrapErrors (several).
package go.fmt;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Slice;
import go.errors.Unwrapper;
import java.util.List;

/** {@code *fmt.wrapError}: Error() is the formatted message, Unwrap() the %w operand (nil if it was not an error). */
final class WrapError implements GoError, GoStruct<WrapError>, Unwrapper {
    static final GoType ERROR = new GoType.Named("", "", "error").define(new GoType.Interface(List.of("Error() string")));

    static final GoType.Named TYPE = new GoType.Named("fmt", "fmt", "wrapError").define(new GoType.Struct(List.of(
            new GoType.Field("msg", GoType.STRING, false, ""),
            new GoType.Field("err", ERROR, false, ""))));

    /** The formatted message. */
    private final String msg;
    /** The wrapped error, or null. */
    private final GoError err;

    WrapError(String msg, GoError err) {
        this.msg = msg;
        this.err = err;
    }

    @Override public String Error() {
        return msg;
    }

    @Override public GoError Unwrap() {
        return err;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return i == 0 ? msg : err;
    }

    @Override public WrapError copy() {
        return new WrapError(msg, err);
    }

    /** {@code *fmt.wrapErrors}: several %w operands. */
    static final class Multi implements GoError, GoStruct<Multi>, Unwrapper.Multi {
        static final GoType.Named TYPE = new GoType.Named("fmt", "fmt", "wrapErrors").define(new GoType.Struct(List.of(
                new GoType.Field("msg", GoType.STRING, false, ""),
                new GoType.Field("errs", new GoType.Slice(ERROR), false, ""))));

        /** The formatted message. */
        private final String msg;
        /** The wrapped errors that are errors, in operand order. */
        private final Slice<GoError> errs;

        Multi(String msg, Slice<GoError> errs) {
            this.msg = msg;
            this.errs = errs;
        }

        @Override public String Error() {
            return msg;
        }

        @Override public Slice<GoError> Unwrap() {
            return errs;
        }

        @Override public GoType goType() {
            return TYPE;
        }

        @Override public Object field(int i) {
            return i == 0 ? msg : new Boxed(new GoType.Slice(ERROR), errs);
        }

        @Override public Multi copy() {
            return new Multi(msg, errs);
        }
    }
}
