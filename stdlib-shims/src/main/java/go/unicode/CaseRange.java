// unicode.CaseRange: a range of code points and the deltas that map them to upper, lower and title case.
package go.unicode;

import dev.goloom.runtime.GoType;

/**
 * Go's {@code unicode.CaseRange}. Delta holds the three deltas (UpperCase, LowerCase,
 * TitleCase); a delta of UpperLower (MaxRune + 1) means the range alternates upper and lower case.
 */
public final class CaseRange implements dev.goloom.runtime.GoStruct<CaseRange> {
    /** Go's unexported {@code unicode.d}, the type of Delta. */
    static final GoType.Named DELTAS = new GoType.Named("unicode", "unicode", "d")
            .define(new GoType.Array(3, GoType.INT32));
    /** {@code unicode.CaseRange}. */
    public static final GoType.Named TYPE = new GoType.Named("unicode", "unicode", "CaseRange")
            .define(new GoType.Struct(java.util.List.of(new GoType.Field("Lo", GoType.UINT32, false, ""),
                    new GoType.Field("Hi", GoType.UINT32, false, ""), new GoType.Field("Delta", DELTAS, false, ""))));
    /** A slice element: 20 bytes, no pointers. */
    public static final dev.goloom.runtime.ElemType<CaseRange> ELEM = new dev.goloom.runtime.ElemType<>(20, true, null);

    /** The first code point of the range (uint32). */
    public int Lo;
    /** The last code point of the range (uint32). */
    public int Hi;
    /** The deltas to upper, lower and title case. */
    public int[] Delta = new int[3];

    public CaseRange() {}

    public CaseRange(int lo, int hi, int[] delta) {
        Lo = lo;
        Hi = hi;
        Delta = delta;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        return switch (i) {
            case 0 -> new dev.goloom.runtime.Boxed(GoType.UINT32, Lo);
            case 1 -> new dev.goloom.runtime.Boxed(GoType.UINT32, Hi);
            case 2 -> new dev.goloom.runtime.Boxed(DELTAS, Delta.clone());
            default -> throw new IndexOutOfBoundsException(i);
        };
    }

    @Override public CaseRange copy() {
        return new CaseRange(Lo, Hi, Delta.clone());
    }

    @Override public void set(CaseRange v) {
        Lo = v.Lo;
        Hi = v.Hi;
        Delta = v.Delta.clone();
    }

    @Override public boolean equals(Object o) {
        return o instanceof CaseRange c && c.Lo == Lo && c.Hi == Hi && java.util.Arrays.equals(c.Delta, Delta);
    }

    @Override public int hashCode() {
        return (Lo * 31 + Hi) * 31 + java.util.Arrays.hashCode(Delta);
    }
}
