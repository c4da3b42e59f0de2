// unicode.Range32: a range of uint32 code points Lo..Hi with a Stride, an element of a RangeTable.
package go.unicode;

import dev.goloom.runtime.GoType;

/** Go's {@code unicode.Range32}; the fields hold Go's uint32 values in Java's int (unsigned). */
public final class Range32 implements dev.goloom.runtime.GoStruct<Range32> {
    /** {@code unicode.Range32}. */
    public static final GoType.Named TYPE = new GoType.Named("unicode", "unicode", "Range32")
            .define(new GoType.Struct(java.util.List.of(new GoType.Field("Lo", GoType.UINT32, false, ""),
                    new GoType.Field("Hi", GoType.UINT32, false, ""), new GoType.Field("Stride", GoType.UINT32, false, ""))));
    private static final GoType TYPE_FIELD = GoType.UINT32;
    /** A slice element: 12 bytes, no pointers. */
    public static final dev.goloom.runtime.ElemType<Range32> ELEM = new dev.goloom.runtime.ElemType<>(12, true, null);

    /** The first code point of the range. */
    public int Lo;
    /** The last code point of the range. */
    public int Hi;
    /** The distance between the code points of the range. */
    public int Stride;

    public Range32() {}

    public Range32(int lo, int hi, int stride) {
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

    @Override public Range32 copy() {
        return new Range32(Lo, Hi, Stride);
    }

    @Override public void set(Range32 v) {
        Lo = v.Lo;
        Hi = v.Hi;
        Stride = v.Stride;
    }

    @Override public boolean equals(Object o) {
        return o instanceof Range32 r && r.Lo == Lo && r.Hi == Hi && r.Stride == Stride;
    }

    @Override public int hashCode() {
        return (Lo * 31 + Hi) * 31 + Stride;
    }
}
