// The Interface sort.Reverse returns: the embedded Interface with Less reversed.
package go.sort;

/** Go's sort.reverse. */
final class Reverse implements Interface {
    /** The reversed collection. */
    private final Interface data;

    Reverse(Interface data) {
        this.data = data;
    }

    @Override public long Len() {
        return data.Len();
    }

    @Override public boolean Less(long i, long j) {
        return data.Less(j, i);
    }

    @Override public void Swap(long i, long j) {
        data.Swap(i, j);
    }
}
