// reflect.Method: a method as Type.Method reports it, a Go struct value.
package go.reflect;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.util.List;

/** Go's {@code reflect.Method}: Func takes the receiver as its first argument (Type.Method). */
public final class Method implements GoStruct<Method> {
    /** The descriptor of reflect.Method. */
    public static final GoType.Named TYPE = new GoType.Named("reflect", "reflect", "Method").define(new GoType.Struct(List.of(
            new GoType.Field("Name", GoType.STRING, false, ""),
            new GoType.Field("PkgPath", GoType.STRING, false, ""),
            new GoType.Field("Type", Reflect.TYPE_Type, false, ""),
            new GoType.Field("Func", Value.TYPE, false, ""),
            new GoType.Field("Index", GoType.INT, false, ""))));

    /** The method's name. */
    public String Name = "";
    /** The package path of an unexported method's name; "" for exported ones. */
    public String PkgPath = "";
    /** The method's type (receiver first); nil for an interface type's methods. */
    public Type Type;
    /** The method as a func with the receiver first; the zero Value for an interface type's methods. */
    public Value Func = new Value();
    /** Index for Type.Method. */
    public long Index;

    /** The zero Method. */
    public Method() {}

    public Method(String Name, String PkgPath, Type Type, Value Func, long Index) {
        this.Name = Name;
        this.PkgPath = PkgPath;
        this.Type = Type;
        this.Func = Func;
        this.Index = Index;
    }

    /** Whether the method is exported. */
    public boolean IsExported() {
        return PkgPath.isEmpty();
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return switch (i) {
            case 0 -> Name;
            case 1 -> PkgPath;
            case 2 -> Type;
            case 3 -> new Boxed(Value.TYPE, Func);
            case 4 -> Index;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    @Override public Method copy() {
        return new Method(Name, PkgPath, Type, Func, Index);
    }

    @Override public void set(Method v) {
        Name = v.Name;
        PkgPath = v.PkgPath;
        Type = v.Type;
        Func = v.Func;
        Index = v.Index;
    }
}
