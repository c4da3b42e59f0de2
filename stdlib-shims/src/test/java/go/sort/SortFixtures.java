// The sort test program's helpers (src/test/go/libcases) in Java: the same slices built the same way.
package go.sort;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.DoubleSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.Slice;
import go.fmt.Fmt;

final class SortFixtures {
    private SortFixtures() {}

    /** y := append([]int{}, x...); sort.Ints(y) */
    static LongSlice sorted(long[] x) {
        LongSlice y = LongSlice.append(LongSlice.of(), x);
        Sort.Ints(y);
        return y;
    }

    /** toStrs: fmt.Sprint of each element, appended one by one to []string{}. */
    static Slice<String> strsOf(LongSlice x) {
        Slice<String> s = Slice.of(ElemType.STRING);
        for (long i = 0; i < x.len(); i++) {
            s = Slice.append(s, Long.toString(x.get(i)));
        }
        return s;
    }

    /** w := append([]string{}, words...); sort.Strings(w) */
    static Slice<String> sortedStrings(String[] words) {
        Slice<String> w = Slice.append(Slice.of(ElemType.STRING), words);
        Sort.Strings(w);
        return w;
    }

    /** sort.SliceStable(w, func(i, j int) bool { return len(w[i]) < len(w[j]) }) */
    static Slice<String> byLength(String[] words) {
        Slice<String> w = Slice.append(Slice.of(ElemType.STRING), words);
        Sort.SliceStable(new Boxed(new GoType.Slice(GoType.STRING), w), (i, j) -> w.get(i).length() < w.get(j).length());
        return w;
    }

    /** sort.Float64s(f); fmt.Sprint(f) */
    static String sortedFloats(double... f) {
        DoubleSlice s = DoubleSlice.of(f);
        Sort.Float64s(s);
        return Fmt.Sprint(new Boxed(new GoType.Slice(GoType.FLOAT64), s));
    }
}
