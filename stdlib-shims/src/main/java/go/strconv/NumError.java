// strconv's *NumError: a failed conversion, "strconv.Atoi: parsing "x": invalid syntax".
package go.strconv;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import go.errors.Unwrapper;
import java.util.List;

/** {@code *strconv.NumError}: its Unwrap gives ErrSyntax, ErrRange or the base/bit-size error. */
public final class NumError implements GoError, GoStruct<NumError>, Unwrapper {
    private static final GoType ERROR = new GoType.Named("", "", "error")
            .define(new GoType.Interface(List.of("Error() string")));

    /** {@code strconv.NumError}. */
    public static final GoType.Named TYPE = new GoType.Named("strconv", "strconv", "NumError")
            .define(new GoType.Struct(List.of(
                    new GoType.Field("Func", GoType.STRING, false, ""),
                    new GoType.Field("Num", GoType.STRING, false, ""),
                    new GoType.Field("Err", ERROR, false, ""))));

    /** The failing function (ParseBool, ParseInt, ParseUint, ParseFloat, Atoi). */
    public final String Func;
    /** The input. */
    public final String Num;
    /** Why the conversion failed. */
    public final GoError Err;

    public NumError(String func, String num, GoError err) {
        this.Func = func;
        this.Num = num;
        this.Err = err;
    }

    @Override public String Error() {
        return "strconv." + Func + ": parsing " + Quoting.quote(Num, '"', false, false) + ": " + Err.Error();
    }

    @Override public GoError Unwrap() {
        return Err;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return switch (i) {
            case 0 -> Func;
            case 1 -> Num;
            default -> Err;
        };
    }

    @Override public NumError copy() {
        return new NumError(Func, Num, Err);
    }
}
