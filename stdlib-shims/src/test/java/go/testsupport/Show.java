// Renders shim results as the text the Go test generators print, so generated tests compare one string per case.
package go.testsupport;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import go.fmt.Fmt;

/** Each method mirrors a helper of {@code src/test/go/libcases}. */
public final class Show {
    private Show() {}

    /** Go: fmt.Sprintf("%q len=%d cap=%d", s, len(s), cap(s)), nil shown as "nil". */
    public static String strs(Slice<String> s) {
        if (s.isNil()) {
            return "nil";
        }
        return Fmt.Sprintf("%q len=%d cap=%d", new Boxed(new GoType.Slice(GoType.STRING), s), s.len(), s.cap());
    }

    /** Go: fmt.Sprintf("%v|%v", v, err). */
    public static String pair(Tuple2<?, ?> t) {
        return Fmt.Sprintf("%v|%v", t.v0(), t.v1());
    }

    /** Go: fmt.Sprintf("%v|%v", uint64 v, err). */
    public static String upair(Tuple2<Long, GoError> t) {
        return Fmt.Sprintf("%v|%v", new Boxed(GoType.UINT64, t.v0()), t.v1());
    }

    /** Go: fmt.Sprintf("%x|%v", math.Float64bits(v), err). */
    public static String fpair(Tuple2<Double, GoError> t) {
        return Long.toHexString(Double.doubleToRawLongBits(t.v0())) + "|" + Fmt.Sprintf("%v", t.v1());
    }

    /** Go: fmt.Sprintf("%q|%q|%v", a, b, ok). */
    public static String triple(Tuple3<String, String, Boolean> t) {
        return Fmt.Sprintf("%q|%q|%v", t.v0(), t.v1(), t.v2());
    }

    /** Go: fmt.Sprintf("%q|%v", s, ok). */
    public static String cut(Tuple2<String, Boolean> t) {
        return Fmt.Sprintf("%q|%v", t.v0(), t.v1());
    }

    /** Go: fmt.Sprintf("%d|%d", r, size) for (rune, int) results. */
    public static String rune(Tuple2<Integer, Long> t) {
        return t.v0() + "|" + t.v1();
    }
}
