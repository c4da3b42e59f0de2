// A stable in-place sort through less(i, j) and swap(i, j): insertion-sorted blocks merged by rotations.
package go.sort;

/**
 * The classic algorithm for a stable sort with only compare and swap: insertion sort on
 * blocks of 20 elements, then blocks merged pairwise, doubling the block size, with the
 * SymMerge in-place merge (P.-S. Kim and A. Kutzner, "Stable Minimum Storage Merging by
 * Symmetric Comparisons", 2004). O(n log² n) comparisons and swaps, no extra memory.
 */
final class StableSort {
    private StableSort() {}

    @FunctionalInterface
    interface Less {
        boolean less(long i, long j);
    }

    @FunctionalInterface
    interface Swapper {
        void swap(long i, long j);
    }

    private static final long BLOCK = 20;

    static void sort(long n, Less less, Swapper swap) {
        long a = 0;
        long b = BLOCK;
        while (b <= n) {
            insertionSort(less, swap, a, b);
            a = b;
            b += BLOCK;
        }
        insertionSort(less, swap, a, n);
        for (long size = BLOCK; size < n; size *= 2) {
            a = 0;
            b = 2 * size;
            while (b <= n) {
                symMerge(less, swap, a, a + size, b);
                a = b;
                b += 2 * size;
            }
            long m = a + size;
            if (m < n) {
                symMerge(less, swap, a, m, n);
            }
        }
    }

    private static void insertionSort(Less less, Swapper swap, long a, long b) {
        for (long i = a + 1; i < b; i++) {
            for (long j = i; j > a && less.less(j, j - 1); j--) {
                swap.swap(j, j - 1);
            }
        }
    }

    /** Merges the sorted runs [a, m) and [m, b) in place, stably. */
    private static void symMerge(Less less, Swapper swap, long a, long m, long b) {
        if (m - a == 1) {
            // Insert element a into [m, b): find the first element not less than it.
            long i = m;
            long j = b;
            while (i < j) {
                long h = (i + j) >>> 1;
                if (less.less(h, a)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (long k = a; k < i - 1; k++) {
                swap.swap(k, k + 1);
            }
            return;
        }
        if (b - m == 1) {
            // Insert element m into [a, m): after every element not greater than it.
            long i = a;
            long j = m;
            while (i < j) {
                long h = (i + j) >>> 1;
                if (!less.less(m, h)) {
                    i = h + 1;
                } else {
                    j = h;
                }
            }
            for (long k = m; k > i; k--) {
                swap.swap(k, k - 1);
            }
            return;
        }
        long mid = (a + b) >>> 1;
        long n = mid + m;
        long start;
        long r;
        if (m > mid) {
            start = n - b;
            r = mid;
        } else {
            start = a;
            r = m;
        }
        long p = n - 1;
        while (start < r) {
            long c = (start + r) >>> 1;
            if (!less.less(p - c, c)) {
                start = c + 1;
            } else {
                r = c;
            }
        }
        long end = n - start;
        if (start < m && m < end) {
            rotate(swap, start, m, end);
        }
        if (a < start && start < mid) {
            symMerge(less, swap, a, start, mid);
        }
        if (mid < end && end < b) {
            symMerge(less, swap, mid, end, b);
        }
    }

    /** Rotates [a, b) and [b, c) into [b, c) then [a, b), by block swaps. */
    private static void rotate(Swapper swap, long a, long m, long b) {
        long i = m - a;
        long j = b - m;
        while (i != j) {
            if (i > j) {
                swapRange(swap, m - i, m, j);
                i -= j;
            } else {
                swapRange(swap, m - i, m + j - i, i);
                j -= i;
            }
        }
        swapRange(swap, m - i, m, i);
    }

    private static void swapRange(Swapper swap, long a, long b, long n) {
        for (long i = 0; i < n; i++) {
            swap.swap(a + i, b + i);
        }
    }
}
