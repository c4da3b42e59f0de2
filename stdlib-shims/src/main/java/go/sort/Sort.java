// Package sort: sorting slices (Ints, Strings, Float64s, Slice, SliceStable) and binary search.
package go.sort;

import dev.goloom.runtime.BoolSlice;
import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.DoubleSlice;
import dev.goloom.runtime.FloatSlice;
import dev.goloom.runtime.Func1;
import dev.goloom.runtime.Func2;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.IntSlice;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.ShortSlice;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.SliceBase;

/**
 * Go's package sort. Sorting works in place on the runtime slice classes, through
 * {@code less(i, j)} and swaps, so a {@code less} closure that reads the slice sees it as it
 * is being sorted, as in Go. Every sort here is stable ({@link StableSort}); for Ints, Strings
 * and SliceStable that is exactly Go's result. For sort.Slice, Go's pdqsort may order equal
 * elements differently (porting it is still to do).
 */
public final class Sort {
    private Sort() {}

    /** Swaps elements i and j of a runtime slice. */
    static StableSort.Swapper swapper(SliceBase s) {
        return switch (s) {
            case LongSlice x -> (i, j) -> { long t = x.get(i); x.set(i, x.get(j)); x.set(j, t); };
            case IntSlice x -> (i, j) -> { int t = x.get(i); x.set(i, x.get(j)); x.set(j, t); };
            case ShortSlice x -> (i, j) -> { short t = x.get(i); x.set(i, x.get(j)); x.set(j, t); };
            case ByteSlice x -> (i, j) -> { byte t = x.get(i); x.set(i, x.get(j)); x.set(j, t); };
            case DoubleSlice x -> (i, j) -> { double t = x.get(i); x.set(i, x.get(j)); x.set(j, t); };
            case FloatSlice x -> (i, j) -> { float t = x.get(i); x.set(i, x.get(j)); x.set(j, t); };
            case BoolSlice x -> (i, j) -> { boolean t = x.get(i); x.set(i, x.get(j)); x.set(j, t); };
            case Slice<?> x -> swapGeneric(x);
        };
    }

    private static <T> StableSort.Swapper swapGeneric(Slice<T> x) {
        return (i, j) -> {
            T t = x.get(i);
            x.set(i, x.get(j));
            x.set(j, t);
        };
    }

    /** The slice held by the interface value {@code x}; Go panics the same way for a non-slice. */
    private static SliceBase sliceOf(Object x) {
        Object v = x instanceof Boxed b ? b.value() : x;
        if (v instanceof SliceBase s) {
            return s;
        }
        String kind = x instanceof Boxed b ? b.type().kind().name().toLowerCase().replace("pointer", "ptr") : "invalid";
        throw new GoPanic(go.errors.Errors.New("reflect: call of Swapper on " + kind + " Value"));
    }

    // ---- convenience sorts ----

    public static void Ints(LongSlice x) {
        StableSort.sort(x.len(), (i, j) -> x.get(i) < x.get(j), swapper(x));
    }

    public static void Strings(Slice<String> x) {
        StableSort.sort(x.len(), (i, j) -> x.get(i).compareTo(x.get(j)) < 0, swapper(x));
    }

    /** Ascending, NaNs first (Go's order: x < y || isNaN(x) && !isNaN(y)). */
    public static void Float64s(DoubleSlice x) {
        StableSort.sort(x.len(), (i, j) -> floatLess(x.get(i), x.get(j)), swapper(x));
    }

    private static boolean floatLess(double a, double b) {
        return a < b || Double.isNaN(a) && !Double.isNaN(b);
    }

    public static boolean IntsAreSorted(LongSlice x) {
        return isSorted(x.len(), (i, j) -> x.get(i) < x.get(j));
    }

    public static boolean StringsAreSorted(Slice<String> x) {
        return isSorted(x.len(), (i, j) -> x.get(i).compareTo(x.get(j)) < 0);
    }

    public static boolean Float64sAreSorted(DoubleSlice x) {
        return isSorted(x.len(), (i, j) -> floatLess(x.get(i), x.get(j)));
    }

    private static boolean isSorted(long n, StableSort.Less less) {
        for (long i = n - 1; i > 0; i--) {
            if (less.less(i, i - 1)) {
                return false;
            }
        }
        return true;
    }

    // ---- sorting with a less function ----

    /** {@code sort.Slice(x, less)}: x is an interface value holding a slice. */
    public static void Slice(Object x, Func2<Long, Long, Boolean> less) {
        SliceBase s = sliceOf(x);
        StableSort.sort(s.len(), less::call, swapper(s));
    }

    public static void SliceStable(Object x, Func2<Long, Long, Boolean> less) {
        SliceBase s = sliceOf(x);
        StableSort.sort(s.len(), less::call, swapper(s));
    }

    public static boolean SliceIsSorted(Object x, Func2<Long, Long, Boolean> less) {
        return isSorted(sliceOf(x).len(), less::call);
    }

    // ---- searching ----

    /** The smallest index i in [0, n) at which f(i) is true, or n. */
    public static long Search(long n, Func1<Long, Boolean> f) {
        long i = 0;
        long j = n;
        while (i < j) {
            long h = (i + j) >>> 1;
            if (!f.call(h)) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        return i;
    }

    public static long SearchInts(LongSlice a, long x) {
        return Search(a.len(), i -> a.get(i) >= x);
    }

    public static long SearchStrings(Slice<String> a, String x) {
        return Search(a.len(), i -> a.get(i).compareTo(x) >= 0);
    }

    public static long SearchFloat64s(DoubleSlice a, double x) {
        return Search(a.len(), i -> a.get(i) >= x);
    }

    // ---- sorting an Interface ----

    /** {@code sort.Sort(data)}: sorted by data.Less (stably here; see the class comment). */
    public static void Sort(Interface data) {
        StableSort.sort(data.Len(), data::Less, data::Swap);
    }

    /** {@code sort.Stable(data)}: sorted keeping the order of equal elements. */
    public static void Stable(Interface data) {
        StableSort.sort(data.Len(), data::Less, data::Swap);
    }

    public static boolean IsSorted(Interface data) {
        return isSorted(data.Len(), data::Less);
    }

    /** The reverse order of data. */
    public static Interface Reverse(Interface data) {
        return new Reverse(data);
    }

    /** The smallest index i in [0, n) at which cmp(i) <= 0, and whether cmp(i) == 0 there. */
    public static dev.goloom.runtime.Tuple2<Long, Boolean> Find(long n, Func1<Long, Long> cmp) {
        long i = 0;
        long j = n;
        while (i < j) {
            long h = (i + j) >>> 1;
            if (cmp.call(h) > 0) {
                i = h + 1;
            } else {
                j = h;
            }
        }
        return new dev.goloom.runtime.Tuple2<>(i, i < n && cmp.call(i) == 0);
    }

    // ---- IntSlice, StringSlice, Float64Slice: the methods of Interface on []int, []string, []float64 ----
    // Their values in interfaces are the classes go.sort.IntSlice etc. (Boxed, implementing Interface).

    public static final dev.goloom.runtime.GoType.Named TYPE_IntSlice =
            dev.goloom.runtime.GoType.shared("sort", "sort", "IntSlice", new dev.goloom.runtime.GoType.Slice(dev.goloom.runtime.GoType.INT));
    public static final dev.goloom.runtime.GoType.Named TYPE_StringSlice =
            dev.goloom.runtime.GoType.shared("sort", "sort", "StringSlice", new dev.goloom.runtime.GoType.Slice(dev.goloom.runtime.GoType.STRING));
    public static final dev.goloom.runtime.GoType.Named TYPE_Float64Slice =
            dev.goloom.runtime.GoType.shared("sort", "sort", "Float64Slice", new dev.goloom.runtime.GoType.Slice(dev.goloom.runtime.GoType.FLOAT64));

    public static long IntSlice_Len(LongSlice x) {
        return x.len();
    }

    public static boolean IntSlice_Less(LongSlice x, long i, long j) {
        return x.get(i) < x.get(j);
    }

    public static void IntSlice_Swap(LongSlice x, long i, long j) {
        swapper(x).swap(i, j);
    }

    public static void IntSlice_Sort(LongSlice x) {
        Ints(x);
    }

    public static long IntSlice_Search(LongSlice x, long v) {
        return SearchInts(x, v);
    }

    public static long StringSlice_Len(Slice<String> x) {
        return x.len();
    }

    public static boolean StringSlice_Less(Slice<String> x, long i, long j) {
        return x.get(i).compareTo(x.get(j)) < 0;
    }

    public static void StringSlice_Swap(Slice<String> x, long i, long j) {
        swapper(x).swap(i, j);
    }

    public static void StringSlice_Sort(Slice<String> x) {
        Strings(x);
    }

    public static long StringSlice_Search(Slice<String> x, String v) {
        return SearchStrings(x, v);
    }

    public static long Float64Slice_Len(DoubleSlice x) {
        return x.len();
    }

    /** Go's order: x[i] < x[j], with NaNs placed before other values. */
    public static boolean Float64Slice_Less(DoubleSlice x, long i, long j) {
        return floatLess(x.get(i), x.get(j));
    }

    public static void Float64Slice_Swap(DoubleSlice x, long i, long j) {
        swapper(x).swap(i, j);
    }

    public static void Float64Slice_Sort(DoubleSlice x) {
        Float64s(x);
    }

    public static long Float64Slice_Search(DoubleSlice x, double v) {
        return SearchFloat64s(x, v);
    }
}
