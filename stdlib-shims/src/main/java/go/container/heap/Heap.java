// Package container/heap: heap operations (Init, Push, Pop, Remove, Fix) on any heap.Interface.
package go.container.heap;

/**
 * Go's package container/heap, with Go's exact algorithm (the same calls of Less and Swap in
 * the same order), so a heap with equal elements pops them in Go's order.
 */
public final class Heap {
    private Heap() {}

    /** Establishes the heap invariants; O(n). */
    public static void Init(Interface h) {
        long n = h.Len();
        for (long i = n / 2 - 1; i >= 0; i--) {
            down(h, i, n);
        }
    }

    /** Pushes x onto the heap; O(log n). */
    public static void Push(Interface h, Object x) {
        h.Push(x);
        up(h, h.Len() - 1);
    }

    /** Removes and returns the minimum element (according to Less); O(log n). */
    public static Object Pop(Interface h) {
        long n = h.Len() - 1;
        h.Swap(0, n);
        down(h, 0, n);
        return h.Pop();
    }

    /** Removes and returns the element at index i; O(log n). */
    public static Object Remove(Interface h, long i) {
        long n = h.Len() - 1;
        if (n != i) {
            h.Swap(i, n);
            if (!down(h, i, n)) {
                up(h, i);
            }
        }
        return h.Pop();
    }

    /** Re-establishes the ordering after the element at index i changed its value. */
    public static void Fix(Interface h, long i) {
        if (!down(h, i, h.Len())) {
            up(h, i);
        }
    }

    private static void up(Interface h, long j) {
        while (true) {
            long i = (j - 1) / 2; // parent
            if (i == j || !h.Less(j, i)) {
                break;
            }
            h.Swap(i, j);
            j = i;
        }
    }

    private static boolean down(Interface h, long i0, long n) {
        long i = i0;
        while (true) {
            long j1 = 2 * i + 1;
            if (j1 >= n || j1 < 0) { // j1 < 0 after int overflow
                break;
            }
            long j = j1; // left child
            long j2 = j1 + 1;
            if (j2 < n && h.Less(j2, j1)) {
                j = j2; // right child
            }
            if (!h.Less(j, i)) {
                break;
            }
            h.Swap(i, j);
            i = j;
        }
        return i > i0;
    }
}
