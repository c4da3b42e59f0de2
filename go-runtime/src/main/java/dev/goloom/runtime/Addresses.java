// Stable fake machine addresses for pointers, maps, channels, funcs and slices (fmt's %p and %v, print/println).
package dev.goloom.runtime;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashMap;

/**
 * Java has no addresses, so the runtime invents them (for fmt and print): the first time an object is printed as a
 * pointer it gets the next free address of a pretend Go heap starting at {@code 0xc000010000}
 * (where Go's amd64 heap addresses start, so output looks like Go's), and keeps it for as long
 * as the object lives. Addresses depend on printing order, as Go's depend on allocation order;
 * programs whose output shows addresses differ from run to run in Go too.
 *
 * <p>Same variable, same address: objects are keyed by identity (held weakly); a pointer to an
 * array element ({@code &a[i]}, {@code &s[i]}) is the array's address plus i times the element
 * size, and a slice prints the address of its first element, so {@code %p} of {@code s} and
 * {@code &s[0]} agree.
 */
public final class Addresses {
    private Addresses() {}

    private static final long BASE = 0xc000010000L;

    /** The key of an object: its identity, held weakly so the table does not keep it alive. */
    private static final class Key extends WeakReference<Object> {
        /** The identity hash, kept because the referent may be cleared. */
        private final int hash;

        Key(Object o, ReferenceQueue<Object> q) {
            super(o, q);
            hash = System.identityHashCode(o);
        }

        @Override public int hashCode() {
            return hash;
        }

        @Override public boolean equals(Object o) {
            return o == this || o instanceof Key k && k.get() != null && k.get() == get();
        }
    }

    private static final ReferenceQueue<Object> QUEUE = new ReferenceQueue<>();
    /** Object identity → its address. */
    private static final HashMap<Key, Long> TABLE = new HashMap<>();
    /** The next free address. */
    private static long next = BASE;

    /** The address of {@code o} (0 for null). */
    public static long of(Object o) {
        return switch (o) {
            case null -> 0;
            case Ptr.Element<?>(Object[] a, int i) -> base(a, a.length * 8L) + i * 8L;
            case LongPtr.Element(long[] a, int i) -> base(a, a.length * 8L) + i * 8L;
            case IntPtr.Element(int[] a, int i) -> base(a, a.length * 4L) + i * 4L;
            case ShortPtr.Element(short[] a, int i) -> base(a, a.length * 2L) + i * 2L;
            case BytePtr.Element(byte[] a, int i) -> base(a, a.length) + i;
            case DoublePtr.Element(double[] a, int i) -> base(a, a.length * 8L) + i * 8L;
            case FloatPtr.Element(float[] a, int i) -> base(a, a.length * 4L) + i * 4L;
            case BoolPtr.Element(boolean[] a, int i) -> base(a, a.length) + i;
            case SliceBase s when s.isNil() -> 0;
            case Chan<?> c when c.isNil() -> 0; // the nil channel is a shared object, not null
            case SliceBase s when s.len() > 0 -> of(elementPointer(s));
            default -> base(o, 16);
        };
    }

    /** {@code &s[0]}. */
    private static Object elementPointer(SliceBase s) {
        return switch (s) {
            case LongSlice x -> x.ptr(0);
            case IntSlice x -> x.ptr(0);
            case ShortSlice x -> x.ptr(0);
            case ByteSlice x -> x.ptr(0);
            case DoubleSlice x -> x.ptr(0);
            case FloatSlice x -> x.ptr(0);
            case BoolSlice x -> x.ptr(0);
            case Slice<?> x -> x.ptr(0);
        };
    }

    /** The address of an object of {@code size} bytes, assigned on first use. */
    private static synchronized long base(Object o, long size) {
        for (Object gone; (gone = QUEUE.poll()) != null; ) {
            TABLE.remove((Key) gone);
        }
        Key k = new Key(o, QUEUE);
        Long a = TABLE.get(k);
        if (a == null) {
            a = next;
            next += Math.max(16, (size + 15) & ~15L);
            TABLE.put(k, a);
        }
        return a;
    }
}
