// reflect.StructField: a struct field as Type.Field reports it, a Go struct value.
package go.reflect;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.LongSlice;
import java.util.List;

/** Go's {@code reflect.StructField}; fields are public and named as in Go (the translator's mapping). */
public final class StructField implements GoStruct<StructField> {
    /** The descriptor of reflect.StructField. */
    public static final GoType.Named TYPE = new GoType.Named("reflect", "reflect", "StructField").define(new GoType.Struct(List.of(
            new GoType.Field("Name", GoType.STRING, false, ""),
            new GoType.Field("PkgPath", GoType.STRING, false, ""),
            new GoType.Field("Type", Reflect.TYPE_Type, false, ""),
            new GoType.Field("Tag", Reflect.TYPE_StructTag, false, ""),
            new GoType.Field("Offset", GoType.UINTPTR, false, ""),
            new GoType.Field("Index", new GoType.Slice(GoType.INT), false, ""),
            new GoType.Field("Anonymous", GoType.BOOL, false, ""))));

    /** The field's name. */
    public String Name = "";
    /** The package path of an unexported field's name; "" for exported ones. */
    public String PkgPath = "";
    /** The field's type. */
    public Type Type;
    /** The field's tag (a reflect.StructTag). */
    public String Tag = "";
    /** Offset within the struct, in bytes (amd64 layout). */
    public long Offset;
    /** Index sequence for Value.FieldByIndex. */
    public LongSlice Index = LongSlice.NIL;
    /** Whether the field is embedded. */
    public boolean Anonymous;

    /** The zero StructField. */
    public StructField() {}

    /** {@code reflect.StructField{...}} with every field. */
    public StructField(String Name, String PkgPath, Type Type, String Tag, long Offset, LongSlice Index, boolean Anonymous) {
        this.Name = Name;
        this.PkgPath = PkgPath;
        this.Type = Type;
        this.Tag = Tag;
        this.Offset = Offset;
        this.Index = Index;
        this.Anonymous = Anonymous;
    }

    /** Whether the field is exported. */
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
            case 3 -> new Boxed(Reflect.TYPE_StructTag, Tag);
            case 4 -> new Boxed(GoType.UINTPTR, Offset);
            case 5 -> new Boxed(new GoType.Slice(GoType.INT), Index);
            case 6 -> Anonymous;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    @Override public StructField copy() {
        return new StructField(Name, PkgPath, Type, Tag, Offset, Index, Anonymous);
    }

    @Override public void set(StructField v) {
        Name = v.Name;
        PkgPath = v.PkgPath;
        Type = v.Type;
        Tag = v.Tag;
        Offset = v.Offset;
        Index = v.Index;
        Anonymous = v.Anonymous;
    }

    @Override public boolean equals(Object o) {
        return o instanceof StructField f && f.Name.equals(Name) && f.PkgPath.equals(PkgPath) && f.Type == Type
                && f.Tag.equals(Tag) && f.Offset == Offset && f.Index == Index && f.Anonymous == Anonymous;
    }

    @Override public int hashCode() {
        return Name.hashCode();
    }
}
