// gc's capacity rule for make and append: runtime/slice.go's nextslicecap and malloc.go's size classes.
package dev.goloom.runtime;

import java.util.Arrays;

/**
 * How much capacity append gives, so that {@code cap(s)} prints what Go prints. Go first picks a
 * capacity (double below 256 elements, then about 1.25×, at least the needed length), then
 * rounds the byte size up to the allocator's size class (or to whole 8 KiB pages for large
 * allocations) and keeps every element that fits. Element types holding pointers need an
 * 8-byte malloc header above 512 bytes, which shifts the rounding; pointer-free ones do not.
 *
 * <p>This models a slice that lives on the heap. Since Go 1.25 gc may start a slice that does
 * not escape in a 32-byte stack buffer, which changes its first capacities; goloom cannot see
 * escape analysis and always follows the heap rule (recorded in docs/design.md).
 */
public final class SliceGrowth {
    private SliceGrowth() {}

    /** maxAlloc on 64-bit Linux: the largest allocation Go attempts (1 << 48 bytes). */
    static final long MAX_ALLOC = 1L << 48;

    /** The largest Java array; longer Go slices cannot be represented. */
    static final int MAX_ARRAY = Integer.MAX_VALUE - 8;

    /** Allocator size classes of Go's malloc (internal/runtime/gc/sizeclasses.go), in bytes. */
    private static final int[] SIZE_CLASSES = {
        8, 16, 24, 32, 48, 64, 80, 96, 112, 128, 144, 160, 176, 192, 208, 224, 240, 256,
        288, 320, 352, 384, 416, 448, 480, 512, 576, 640, 704, 768, 896, 1024, 1152, 1280, 1408, 1536,
        1792, 2048, 2304, 2688, 3072, 3200, 3456, 4096, 4864, 5376, 6144, 6528, 6784, 6912, 8192, 9472,
        9728, 10240, 10880, 12288, 13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672,
        32768,
    };

    /** Largest small object: bigger requests are whole pages. */
    private static final long MAX_SMALL_SIZE = 32768;
    /** The header that pointerful objects above {@link #MIN_SIZE_FOR_MALLOC_HEADER} carry. */
    private static final long MALLOC_HEADER_SIZE = 8;
    /** Pointerful objects up to this size keep their pointer bitmap in the span, without a header. */
    private static final long MIN_SIZE_FOR_MALLOC_HEADER = 512;
    private static final long PAGE_SIZE = 8192;

    /**
     * The capacity of the new backing array when {@code newLen} elements no longer fit in
     * {@code oldCap}: growslice's result. Panics like Go when the size is beyond maxAlloc.
     */
    public static long grownCapacity(long newLen, long oldCap, int elemSize, boolean pointerFree) {
        if (newLen < 0) {
            throw growsliceOutOfRange();
        }
        if (elemSize == 0) {
            return newLen;
        }
        long newCap = nextCapacity(newLen, oldCap);
        if (newCap > MAX_ALLOC / elemSize) {
            throw growsliceOutOfRange();
        }
        long bytes = roundUpSize(newCap * elemSize, pointerFree);
        return bytes / elemSize;
    }

    /** nextslicecap: double small slices, grow big ones by (cap + 768) / 4 until newLen fits. */
    static long nextCapacity(long newLen, long oldCap) {
        long doubled = oldCap + oldCap;
        if (newLen > doubled) {
            return newLen;
        }
        final long threshold = 256;
        if (oldCap < threshold) {
            return doubled;
        }
        long newCap = oldCap;
        do {
            newCap += (newCap + 3 * threshold) >> 2;
        } while (Long.compareUnsigned(newCap, newLen) < 0);
        return newCap <= 0 ? newLen : newCap;
    }

    /** roundupsize: the usable bytes of the block malloc returns for a request of {@code size}. */
    static long roundUpSize(long size, boolean pointerFree) {
        if (size <= MAX_SMALL_SIZE - MALLOC_HEADER_SIZE) {
            long request = size;
            if (!pointerFree && request > MIN_SIZE_FOR_MALLOC_HEADER) {
                request += MALLOC_HEADER_SIZE;
            }
            return sizeClassFor(request) - (request - size);
        }
        long rounded = size + PAGE_SIZE - 1;
        if (rounded < size) {
            return size;
        }
        return rounded & -PAGE_SIZE;
    }

    /** The smallest size class that holds {@code request} bytes (0 for 0). */
    private static long sizeClassFor(long request) {
        if (request == 0) {
            return 0;
        }
        int i = Arrays.binarySearch(SIZE_CLASSES, (int) request);
        return SIZE_CLASSES[i >= 0 ? i : -i - 1];
    }

    /** make's checks: {@code makeslice: len out of range} / {@code cap out of range}. */
    public static void checkMake(long len, long cap, int elemSize) {
        if (len < 0 || len > cap || tooBig(cap, elemSize)) {
            if (len < 0 || tooBig(len, elemSize)) {
                throw new GoPanic(new RuntimeError("runtime error: makeslice: len out of range"));
            }
            throw new GoPanic(new RuntimeError("runtime error: makeslice: cap out of range"));
        }
    }

    /** Whether {@code n} elements exceed maxAlloc (a negative n counts as huge, as Go's uintptr does). */
    private static boolean tooBig(long n, int elemSize) {
        return n < 0 || (elemSize != 0 && n > MAX_ALLOC / elemSize);
    }

    /** A Java array length for {@code n} elements Go would allocate; Java cannot go past 2^31. */
    static int arrayLength(long n) {
        if (n > MAX_ARRAY) {
            throw new OutOfMemoryError("goloom: a slice of " + n + " elements exceeds Java's array limit");
        }
        return (int) n;
    }

    private static GoPanic growsliceOutOfRange() {
        return new GoPanic(new RuntimeError("runtime error: growslice: len out of range"));
    }
}
