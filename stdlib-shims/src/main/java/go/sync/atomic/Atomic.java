// Package sync/atomic's functions on pointers (*int32, *int64, ...): atomic through striped locks.
package go.sync.atomic;

import dev.goloom.runtime.IntPtr;
import dev.goloom.runtime.LongPtr;

/**
 * The functions of {@code sync/atomic} that take a pointer. A goloom pointer to an int32 or
 * int64 variable is a cell, an array element or a field accessor (see {@link IntPtr}), none of
 * which has a compare-and-set; so each operation runs under one of {@link #STRIPES} monitors,
 * chosen by the variable's identity (the cell, the array and index, the owning object and field
 * name). Operations on the same variable therefore exclude each other and see each other's
 * writes (monitor hand-over is a happens-before edge), which is Go's guarantee for atomics.
 * Plain reads and writes of the same variable elsewhere are a data race in Go as well.
 * The atomic types ({@link Int64} and co.) are lock-free.
 */
public final class Atomic {
    private Atomic() {}

    /** Number of lock stripes (a power of two). */
    private static final int STRIPE_COUNT = 64;
    /** The monitors; a variable always maps to the same one. */
    private static final Object[] STRIPES = new Object[STRIPE_COUNT];

    static {
        for (int i = 0; i < STRIPE_COUNT; i++) {
            STRIPES[i] = new Object();
        }
    }

    /** The monitor of the variable {@code p} points to: hashes identities, never values (a struct's hash changes with its fields). */
    private static Object stripe(Object p) {
        int h = switch (p) {
            case IntPtr.Element e -> System.identityHashCode(e.array()) * 31 + e.index();
            case LongPtr.Element e -> System.identityHashCode(e.array()) * 31 + e.index();
            case IntPtr.Field f -> System.identityHashCode(f.owner()) * 31 + f.name().hashCode();
            case LongPtr.Field f -> System.identityHashCode(f.owner()) * 31 + f.name().hashCode();
            case IntPtr.Accessor a -> System.identityHashCode(a.getter());
            case LongPtr.Accessor a -> System.identityHashCode(a.getter());
            default -> System.identityHashCode(p);
        };
        h ^= h >>> 16;
        return STRIPES[h & (STRIPE_COUNT - 1)];
    }

    public static int LoadInt32(IntPtr addr) {
        synchronized (stripe(addr)) {
            return addr.get();
        }
    }

    public static void StoreInt32(IntPtr addr, int val) {
        synchronized (stripe(addr)) {
            addr.set(val);
        }
    }

    public static int SwapInt32(IntPtr addr, int new_) {
        synchronized (stripe(addr)) {
            int old = addr.get();
            addr.set(new_);
            return old;
        }
    }

    public static boolean CompareAndSwapInt32(IntPtr addr, int old, int new_) {
        synchronized (stripe(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(new_);
            return true;
        }
    }

    public static int AddInt32(IntPtr addr, int delta) {
        synchronized (stripe(addr)) {
            int v = (int) (addr.get() + delta);
            addr.set(v);
            return v;
        }
    }

    public static int AndInt32(IntPtr addr, int mask) {
        synchronized (stripe(addr)) {
            int old = addr.get();
            addr.set(old & mask);
            return old;
        }
    }

    public static int OrInt32(IntPtr addr, int mask) {
        synchronized (stripe(addr)) {
            int old = addr.get();
            addr.set(old | mask);
            return old;
        }
    }
    public static int LoadUint32(IntPtr addr) {
        synchronized (stripe(addr)) {
            return addr.get();
        }
    }

    public static void StoreUint32(IntPtr addr, int val) {
        synchronized (stripe(addr)) {
            addr.set(val);
        }
    }

    public static int SwapUint32(IntPtr addr, int new_) {
        synchronized (stripe(addr)) {
            int old = addr.get();
            addr.set(new_);
            return old;
        }
    }

    public static boolean CompareAndSwapUint32(IntPtr addr, int old, int new_) {
        synchronized (stripe(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(new_);
            return true;
        }
    }

    public static int AddUint32(IntPtr addr, int delta) {
        synchronized (stripe(addr)) {
            int v = (int) (addr.get() + delta);
            addr.set(v);
            return v;
        }
    }

    public static int AndUint32(IntPtr addr, int mask) {
        synchronized (stripe(addr)) {
            int old = addr.get();
            addr.set(old & mask);
            return old;
        }
    }

    public static int OrUint32(IntPtr addr, int mask) {
        synchronized (stripe(addr)) {
            int old = addr.get();
            addr.set(old | mask);
            return old;
        }
    }
    public static long LoadInt64(LongPtr addr) {
        synchronized (stripe(addr)) {
            return addr.get();
        }
    }

    public static void StoreInt64(LongPtr addr, long val) {
        synchronized (stripe(addr)) {
            addr.set(val);
        }
    }

    public static long SwapInt64(LongPtr addr, long new_) {
        synchronized (stripe(addr)) {
            long old = addr.get();
            addr.set(new_);
            return old;
        }
    }

    public static boolean CompareAndSwapInt64(LongPtr addr, long old, long new_) {
        synchronized (stripe(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(new_);
            return true;
        }
    }

    public static long AddInt64(LongPtr addr, long delta) {
        synchronized (stripe(addr)) {
            long v = (long) (addr.get() + delta);
            addr.set(v);
            return v;
        }
    }

    public static long AndInt64(LongPtr addr, long mask) {
        synchronized (stripe(addr)) {
            long old = addr.get();
            addr.set(old & mask);
            return old;
        }
    }

    public static long OrInt64(LongPtr addr, long mask) {
        synchronized (stripe(addr)) {
            long old = addr.get();
            addr.set(old | mask);
            return old;
        }
    }
    public static long LoadUint64(LongPtr addr) {
        synchronized (stripe(addr)) {
            return addr.get();
        }
    }

    public static void StoreUint64(LongPtr addr, long val) {
        synchronized (stripe(addr)) {
            addr.set(val);
        }
    }

    public static long SwapUint64(LongPtr addr, long new_) {
        synchronized (stripe(addr)) {
            long old = addr.get();
            addr.set(new_);
            return old;
        }
    }

    public static boolean CompareAndSwapUint64(LongPtr addr, long old, long new_) {
        synchronized (stripe(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(new_);
            return true;
        }
    }

    public static long AddUint64(LongPtr addr, long delta) {
        synchronized (stripe(addr)) {
            long v = (long) (addr.get() + delta);
            addr.set(v);
            return v;
        }
    }

    public static long AndUint64(LongPtr addr, long mask) {
        synchronized (stripe(addr)) {
            long old = addr.get();
            addr.set(old & mask);
            return old;
        }
    }

    public static long OrUint64(LongPtr addr, long mask) {
        synchronized (stripe(addr)) {
            long old = addr.get();
            addr.set(old | mask);
            return old;
        }
    }
    public static long LoadUintptr(LongPtr addr) {
        synchronized (stripe(addr)) {
            return addr.get();
        }
    }

    public static void StoreUintptr(LongPtr addr, long val) {
        synchronized (stripe(addr)) {
            addr.set(val);
        }
    }

    public static long SwapUintptr(LongPtr addr, long new_) {
        synchronized (stripe(addr)) {
            long old = addr.get();
            addr.set(new_);
            return old;
        }
    }

    public static boolean CompareAndSwapUintptr(LongPtr addr, long old, long new_) {
        synchronized (stripe(addr)) {
            if (addr.get() != old) {
                return false;
            }
            addr.set(new_);
            return true;
        }
    }

    public static long AddUintptr(LongPtr addr, long delta) {
        synchronized (stripe(addr)) {
            long v = (long) (addr.get() + delta);
            addr.set(v);
            return v;
        }
    }

    public static long AndUintptr(LongPtr addr, long mask) {
        synchronized (stripe(addr)) {
            long old = addr.get();
            addr.set(old & mask);
            return old;
        }
    }

    public static long OrUintptr(LongPtr addr, long mask) {
        synchronized (stripe(addr)) {
            long old = addr.get();
            addr.set(old | mask);
            return old;
        }
    }
}
