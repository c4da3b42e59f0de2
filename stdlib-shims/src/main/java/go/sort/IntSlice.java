// sort.IntSlice ([]int with the methods of sort.Interface) as a value in an interface.
package go.sort;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.LongSlice;

/**
 * A {@code sort.IntSlice} stored in an interface: a Boxed with the type's descriptor whose
 * methods are the package's static {@code IntSlice_*} methods, so that {@code sort.Sort(sort.IntSlice(x))}
 * calls them through {@link Interface}.
 */
public final class IntSlice extends Boxed implements Interface {
    public IntSlice(LongSlice value) {
        super(Sort.TYPE_IntSlice, value);
    }

    @SuppressWarnings("unchecked")
    private LongSlice slice() {
        return (LongSlice) value();
    }

    @Override public long Len() {
        return Sort.IntSlice_Len(slice());
    }

    @Override public boolean Less(long i, long j) {
        return Sort.IntSlice_Less(slice(), i, j);
    }

    @Override public void Swap(long i, long j) {
        Sort.IntSlice_Swap(slice(), i, j);
    }
}
