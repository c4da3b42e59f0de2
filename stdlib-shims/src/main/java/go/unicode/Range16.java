// unicode.Range16: a range of uint16 code points Lo..Hi with a Stride, an element of a RangeTable.
package go.unicode;

import dev.goloom.runtime.GoType;

/** Go's {@code unicode.Range16}; the fields hold Go's uint16 values in Java's short (unsigned). */
public final class Range16 implements dev.goloom.runtime.GoStruct<Range16> {
    /** {@code unicode.Range16}. */
    public static final GoType.Named TYPE = new GoType.Named("unicode", "unicode", "Range16")
            .define(new GoType.Struct(java.util.List.of(new GoType.Field("Lo", GoType.UINT16, false, ""),
                    new GoType.Field("Hi", GoType.UINT16, false, ""), new GoType.Field("Stride", GoType.UINT16, false, ""))));
    private static final GoType TYPE_FIELD = GoType.UINT16;
    /** A slice element: 6 bytes, no pointers. */
    public static final dev.goloom.runtime.ElemType<Range16> ELEM = new dev.goloom.runtime.ElemType<>(6, true, null);

    /** The first code point of the range. */
    public short Lo;
    /** The last code point of the range. */
    public short Hi;
    /** The distance between the code points of the range. */
    public short Stride;

    public Range16() {}

    public Range16(short lo, short hi, short stride) {
        Lo = lo;
        Hi = hi;
        Stride = stride;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return switch (i) {
            case 0 -> new dev.goloom.runtime.Boxed(TYPE_FIELD, Lo);
            case 1 -> new dev.goloom.runtime.Boxed(TYPE_FIELD, Hi);
            case 2 -> new dev.goloom.runtime.Boxed(TYPE_FIELD, Stride);
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    @Override public Range16 copy() {
        return new Range16(Lo, Hi, Stride);
    }

    @Override public void set(Range16 v) {
        Lo = v.Lo;
        Hi = v.Hi;
        Stride = v.Stride;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Range16 r && r.Lo == Lo && r.Hi == Hi && r.Stride == Stride;
    }

    @Override public int hashCode() {
        return (Lo * 31 + Hi) * 31 + Stride;
    }
}
