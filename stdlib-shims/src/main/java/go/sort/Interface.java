// sort.Interface: a collection sortable by index (Len, Less, Swap), as sort.Sort and container/heap use it.
package go.sort;

/** Go's {@code sort.Interface}; translated types with these methods implement it. */
public interface Interface {
    long Len();

    boolean Less(long i, long j);

    void Swap(long i, long j);
}
