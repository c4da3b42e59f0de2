// reflect.ValueError: the panic value of a Value method called on a Value of the wrong kind.
package go.reflect;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/** Go's {@code *reflect.ValueError}: {@code reflect: call of reflect.Value.Int on string Value}. */
public final class ValueError implements GoStruct<ValueError>, GoError {
    /** The descriptor of reflect.ValueError. */
    public static final GoType.Named TYPE = new GoType.Named("reflect", "reflect", "ValueError").define(new GoType.Struct(List.of(
            new GoType.Field("Method", GoType.STRING, false, ""),
            new GoType.Field("Kind", Reflect.TYPE_Kind, false, ""))));

    /** The method called ("reflect.Value.Int"). */
    public String Method = "";
    /** The kind of the Value it was called on. */
    public long Kind;

    public ValueError() {}

    public ValueError(String Method, long Kind) {
        this.Method = Method;
        this.Kind = Kind;
    }

    @Override public String Error() {
        if (Kind == 0) {
            return "reflect: call of " + Method + " on zero Value";
        }
        return "reflect: call of " + Method + " on " + Kinds.name(Kind) + " Value";
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return switch (i) {
            case 0 -> Method;
            case 1 -> new Boxed(Reflect.TYPE_Kind, Kind);
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    @Override public ValueError copy() {
        return new ValueError(Method, Kind);
    }

    @Override public void set(ValueError v) {
        Method = v.Method;
        Kind = v.Kind;
    }
}
