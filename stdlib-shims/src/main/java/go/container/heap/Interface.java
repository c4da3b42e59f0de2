// heap.Interface: a sort.Interface with Push and Pop, which package heap keeps in heap order.
package go.container.heap;

/** Go's {@code heap.Interface}; translated types with these methods implement it. */
public interface Interface extends go.sort.Interface {
    /** Adds x as element Len(). */
    void Push(Object x);

    /** Removes and returns element Len() - 1. */
    Object Pop();
}
