// unicode.RangeTable: a set of code points as sorted 16-bit and 32-bit ranges.
package go.unicode;

import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Slice;

/** Go's {@code unicode.RangeTable}: R16 and R32 sorted by Lo, non-overlapping; LatinOffset counts R16's entries with Hi <= MaxLatin1. */
public final class RangeTable implements dev.goloom.runtime.GoStruct<RangeTable> {
    /** {@code unicode.RangeTable}. */
    public static final GoType.Named TYPE = new GoType.Named("unicode", "unicode", "RangeTable")
            .define(new GoType.Struct(java.util.List.of(
                    new GoType.Field("R16", new GoType.Slice(Range16.TYPE), false, ""),
                    new GoType.Field("R32", new GoType.Slice(Range32.TYPE), false, ""),
                    new GoType.Field("LatinOffset", GoType.INT, false, ""))));

    /** The ranges of code points up to 0xFFFF. */
    public Slice<Range16> R16 = Slice.nil(Range16.ELEM);
    /** The ranges above 0xFFFF. */
    public Slice<Range32> R32 = Slice.nil(Range32.ELEM);
    /** The number of entries in R16 with Hi <= MaxLatin1. */
    public long LatinOffset;

    public RangeTable() {}

    public RangeTable(Slice<Range16> r16, Slice<Range32> r32, long latinOffset) {
        R16 = r16;
        R32 = r32;
        LatinOffset = latinOffset;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return switch (i) {
            case 0 -> new dev.goloom.runtime.Boxed(new GoType.Slice(Range16.TYPE), R16);
            case 1 -> new dev.goloom.runtime.Boxed(new GoType.Slice(Range32.TYPE), R32);
            case 2 -> LatinOffset;
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    @Override public RangeTable copy() {
        return new RangeTable(R16, R32, LatinOffset);
    }

    @Override public void set(RangeTable v) {
        R16 = v.R16;
        R32 = v.R32;
        LatinOffset = v.LatinOffset;
    }
}
