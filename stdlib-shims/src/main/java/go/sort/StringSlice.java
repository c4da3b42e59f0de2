// sort.StringSlice ([]string with the methods of sort.Interface) as a value in an interface.
package go.sort;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.Slice;

/**
 * A {@code sort.StringSlice} stored in an interface: a Boxed with the type's descriptor whose
 * methods are the package's static {@code StringSlice_*} methods, so that {@code sort.Sort(sort.StringSlice(x))}
 * calls them through {@link Interface}.
 */
public final class StringSlice extends Boxed implements Interface {
    public StringSlice(Slice<String> value) {
        super(Sort.TYPE_StringSlice, value);
    }

    @SuppressWarnings("unchecked")
    private Slice<String> slice() {
        return (Slice<String>) value();
    }

    @Override public long Len() {
        return Sort.StringSlice_Len(slice());
    }

    @Override public boolean Less(long i, long j) {
        return Sort.StringSlice_Less(slice(), i, j);
    }

    @Override public void Swap(long i, long j) {
        Sort.StringSlice_Swap(slice(), i, j);
    }
}
