// sort.Float64Slice ([]float64 with the methods of sort.Interface) as a value in an interface.
package go.sort;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.DoubleSlice;

/**
 * A {@code sort.Float64Slice} stored in an interface: a Boxed with the type's descriptor whose
 * methods are the package's static {@code Float64Slice_*} methods, so that {@code sort.Sort(sort.Float64Slice(x))}
 * calls them through {@link Interface}.
 */
public final class Float64Slice extends Boxed implements Interface {
    public Float64Slice(DoubleSlice value) {
        super(Sort.TYPE_Float64Slice, value);
    }

    @SuppressWarnings("unchecked")
    private DoubleSlice slice() {
        return (DoubleSlice) value();
    }

    @Override public long Len() {
        return Sort.Float64Slice_Len(slice());
    }

    @Override public boolean Less(long i, long j) {
        return Sort.Float64Slice_Less(slice(), i, j);
    }

    @Override public void Swap(long i, long j) {
        Sort.Float64Slice_Swap(slice(), i, j);
    }
}
