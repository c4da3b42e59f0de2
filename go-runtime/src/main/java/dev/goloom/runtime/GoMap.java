// Go maps: Go's key equality (NaN, ±0, arrays), nil maps, and iteration that tolerates changes to the map.
package dev.goloom.runtime;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A Go map. Entries live in a doubly linked list in insertion order (the iteration order: Go
 * randomizes its order, and any order is a correct Go order) and are found through a HashMap
 * from a lookup key to the list node.
 *
 * <p>Invariants:
 * <ul>
 * <li>{@code index == null} exactly for the nil map: reads see an empty map, writes panic.
 * <li>Every live node is in {@code index} and in the list; {@code index.size()} is {@code len(m)}.
 * <li>The lookup key is the key itself, except: {@code -0.0} is looked up as {@code 0.0} (Go's
 *     == says they are equal); a NaN key gets a fresh object, so it never matches anything
 *     (each {@code m[NaN] = v} adds an entry; lookups and deletes of NaN find nothing); Java
 *     arrays (Go arrays) are wrapped to compare by elements. Struct keys rely on their generated
 *     equals/hashCode (which use {@link GoEquality} for float fields) and must be copies, as Go
 *     copies a key into the map.
 * <li>A removed node keeps its {@code after} link, pointing at its successor when it was
 *     removed. Nodes are only appended, so following {@code after} from a removed node reaches
 *     every node that was after it and is still live: an iterator standing on a removed node
 *     goes on correctly. Hence Go's rules: an entry deleted before it is reached is not
 *     produced; an entry added during iteration may or may not be; a value updated before it is
 *     reached is seen updated; no ConcurrentModificationException, ever.
 * <li>Nodes are numbered in insertion order ({@code seq}). An iterator produces only nodes
 *     numbered below the count at its start: entries added during the loop are never produced
 *     (Go allows either), so a loop that adds an entry per step still ends, as it does in Go.
 * </ul>
 *
 * @param <K> key type (boxed for primitive Go key types)
 * @param <V> value type
 */
public final class GoMap<K, V> implements Iterable<Map.Entry<K, V>> {
    /** The nil map, shared: it holds nothing and cannot change. */
    private static final GoMap<?, ?> NIL = new GoMap<>(null);

    /** Stands for a NaN key during a lookup: nothing is equal to it. */
    private static final Object NAN = new Object();

    /** The hint above which make's size hint is ignored (Go ignores absurd hints too). */
    private static final int MAX_HINT = 1 << 16;

    /** Lookup key → live node; null for the nil map. */
    private final HashMap<Object, Node<K, V>> index;
    /** Oldest live node (the first in iteration order), or null. */
    private Node<K, V> head;
    /** Newest live node, or null. */
    private Node<K, V> tail;
    /** The number the next inserted node gets. */
    private long nextSeq;

    /**
     * Whether struct objects used as keys, or as elements of array keys, are struct values
     * (map[S]V, map[[2]S]V: equal by fields). Otherwise a bare struct object is a pointer
     * ({@code map[*S]V}, {@code map[[2]*S]V}, or an interface holding a pointer: struct values in
     * interfaces are {@code InterfaceValue}s) and keys are equal only when identical.
     */
    private boolean structValueKeys;

    private GoMap(HashMap<Object, Node<K, V>> index) {
        this.index = index;
    }

    /**
     * This map, whose key type is a struct type or an array of them (keys compare by their
     * fields); the translator calls it on make and literals.
     */
    public GoMap<K, V> structKeys() {
        structValueKeys = true;
        return this;
    }

    /** {@code map[K]V{}} or {@code make(map[K]V)}. */
    public GoMap() {
        this(new HashMap<>());
    }

    /** {@code var m map[K]V}. */
    @SuppressWarnings("unchecked")
    public static <K, V> GoMap<K, V> nil() {
        return (GoMap<K, V>) NIL;
    }

    /** {@code make(map[K]V, hint)}: the hint only sizes the table; negative or huge hints are ignored, as in Go. */
    public static <K, V> GoMap<K, V> make(long hint) {
        return new GoMap<>(hint > 0 && hint <= MAX_HINT ? HashMap.newHashMap((int) hint) : new HashMap<>());
    }

    /** A map literal: keys and values alternate ({@code k0, v0, k1, v1, ...}); later keys win, as in Go. */
    public static <K, V> GoMap<K, V> of(Object... keysAndValues) {
        return fill(make(keysAndValues.length / 2), keysAndValues);
    }

    /** A map literal whose key type is a struct type (see {@link #structKeys}). */
    public static <K, V> GoMap<K, V> ofStructKeys(Object... keysAndValues) {
        return fill(GoMap.<K, V>make(keysAndValues.length / 2).structKeys(), keysAndValues);
    }

    @SuppressWarnings("unchecked")
    private static <K, V> GoMap<K, V> fill(GoMap<K, V> m, Object[] keysAndValues) {
        for (int i = 0; i < keysAndValues.length; i += 2) {
            m.put((K) keysAndValues[i], (V) keysAndValues[i + 1]);
        }
        return m;
    }

    public static <K, V> GoMap<K, V> make() {
        return new GoMap<>();
    }

    /** {@code m == nil}. */
    public boolean isNil() {
        return index == null;
    }

    /** {@code len(m)}. */
    public long len() {
        return index == null ? 0 : index.size();
    }

    /** {@code m[key]}: the value, or {@code zero} when the key is absent. */
    public V get(K key, V zero) {
        Node<K, V> n = find(key);
        return n == null ? zero : n.value;
    }

    /** {@code _, ok := m[key]}. */
    public boolean containsKey(K key) {
        return find(key) != null;
    }

    /**
     * {@code v, ok := m[key]} in one lookup: the entry, or null when absent. Read its value at
     * once: it is the live entry and changes when the map does.
     */
    public Map.Entry<K, V> lookup(K key) {
        return find(key);
    }

    /**
     * The live entry for {@code key}, added with value {@code zero} when absent: {@code m[k] op= v}
     * in one lookup ({@code e.setValue(e.getValue() op v)}), where computing the new value
     * cannot panic. Panics on the nil map, as the store would.
     */
    public Map.Entry<K, V> slot(K key, V zero) {
        if (index == null) {
            throw new GoPanic(RuntimeError.NIL_MAP_WRITE);
        }
        Object k = lookupKey(key);
        Node<K, V> n = k == NAN ? null : index.get(k);
        if (n != null) {
            n.key = key; // Go stores the key again (-0.0 over 0.0), as put does
            return n;
        }
        put(key, zero);
        return tail;
    }

    private Node<K, V> find(K key) {
        if (index == null || index.isEmpty()) {
            checkKeyOfEmpty(key);
            return null;
        }
        Object k = lookupKey(key);
        return k == NAN ? null : index.get(k);
    }

    /** {@code m[key] = value}. A key equal to a present one replaces it too (Go stores the new key: -0.0 over 0.0). */
    public void put(K key, V value) {
        if (index == null) {
            throw new GoPanic(RuntimeError.NIL_MAP_WRITE);
        }
        Object k = lookupKey(key);
        if (k == NAN) {
            k = new Object();
        } else {
            Node<K, V> n = index.get(k);
            if (n != null) {
                n.key = key;
                n.value = value;
                return;
            }
        }
        Node<K, V> n = new Node<>(key, value, nextSeq++);
        if (tail == null) {
            head = n;
        } else {
            tail.after = n;
            n.before = tail;
        }
        tail = n;
        index.put(k, n);
    }

    /** {@code delete(m, key)}; nothing on a nil map or an absent key. */
    public void delete(K key) {
        if (index == null || index.isEmpty()) {
            checkKeyOfEmpty(key);
            return;
        }
        Object k = lookupKey(key);
        if (k == NAN) {
            return;
        }
        Node<K, V> n = index.remove(k);
        if (n != null) {
            unlink(n);
        }
    }

    /** {@code clear(m)}: removes every entry, NaN keys included. */
    public void clear() {
        if (index == null) {
            return;
        }
        for (Node<K, V> n = head; n != null; ) {
            Node<K, V> next = n.after;
            n.removed = true;
            n.after = null; // nothing after a cleared node is live: iterators stop at once
            n = next;
        }
        index.clear();
        head = tail = null;
    }

    /** Takes {@code n} out of the list, keeping its {@code after} link for iterators standing on it. */
    private void unlink(Node<K, V> n) {
        n.removed = true;
        Node<K, V> prev = n.before, next = n.after;
        if (prev == null) {
            head = next;
        } else {
            prev.after = next;
        }
        if (next == null) {
            tail = prev;
        } else {
            next.before = prev;
        }
    }

    /** The key under which {@code key} is found in {@link #index}, or {@link #NAN}. */
    /**
     * A lookup or delete in an empty map hashes nothing, but Go still rejects an unhashable key,
     * with the maps package's own error text ("hash of unhashable type: T", no "runtime error: ").
     */
    private static void checkKeyOfEmpty(Object key) {
        if (key instanceof Boxed || key instanceof Object[]) {
            GoType t = GoEquality.unhashable(key);
            if (t != null) {
                throw new GoPanic(new RuntimeError("hash of unhashable type: " + t));
            }
        }
    }

    /** Hashing an unhashable key panics as Go's hash functions do. */
    private static void checkHashable(Object key) {
        GoType t = GoEquality.unhashable(key);
        if (t != null) {
            throw new GoPanic(new RuntimeError("runtime error: hash of unhashable type " + t));
        }
    }

    private Object lookupKey(Object key) {
        if (key instanceof Boxed || key instanceof Object[]) {
            checkHashable(key);
        }
        return switch (key) {
            // A NaN equals nothing, not even the same object (HashMap tries identity first).
            case Complex128 c when Double.isNaN(c.real()) || Double.isNaN(c.imag()) -> NAN;
            case Complex64 c when Float.isNaN(c.real()) || Float.isNaN(c.imag()) -> NAN;
            case Boxed b when b.value() instanceof Double || b.value() instanceof Float
                    || b.value() instanceof Complex128 || b.value() instanceof Complex64 ->
                    lookupKey(b.value()) == NAN ? NAN : b;
            case Double d -> d.isNaN() ? NAN : d == 0 ? (Object) 0.0 : d;
            case Float f -> f.isNaN() ? NAN : f == 0 ? (Object) 0.0f : f;
            case double[] a -> new ArrayKey(a);
            case float[] a -> new ArrayKey(a);
            case Object[] a when !structValueKeys -> new PointerArrayKey(a);
            case Object[] a -> new ArrayKey(a);
            case long[] a -> new ArrayKey(a);
            case int[] a -> new ArrayKey(a);
            case short[] a -> new ArrayKey(a);
            case byte[] a -> new ArrayKey(a);
            case boolean[] a -> new ArrayKey(a);
            // A pointer to an array that is a view: equal by backing array and offset (GoEquality).
            case SliceBase view -> new ArrayKey(view);
            case null -> null;
            case GoStruct<?> pointer when !structValueKeys -> new PointerKey(pointer);
            default -> key;
        };
    }

    /** An array key whose struct objects are pointers ({@code map[[2]*P]V}): those elements compare by identity. */
    private record PointerArrayKey(Object[] array) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PointerArrayKey k && identical(array, k.array);
        }

        @Override
        public int hashCode() {
            return hash(array);
        }

        private static boolean identical(Object[] a, Object[] b) {
            if (a.length != b.length) {
                return false;
            }
            for (int i = 0; i < a.length; i++) {
                boolean same = switch (a[i]) {
                    case GoStruct<?> pointer -> pointer == b[i];
                    case Object[] nested -> b[i] instanceof Object[] other && identical(nested, other);
                    case null, default -> GoEquality.equal(a[i], b[i]);
                };
                if (!same) {
                    return false;
                }
            }
            return true;
        }

        private static int hash(Object[] a) {
            int h = 1;
            for (Object e : a) {
                h = 31 * h + switch (e) {
                    case GoStruct<?> pointer -> System.identityHashCode(pointer);
                    case Object[] nested -> hash(nested);
                    case null, default -> GoEquality.hash(e);
                };
            }
            return h;
        }
    }

    /** A pointer key: equal to another only for the same object (its struct class's equals compares fields). */
    private record PointerKey(Object target) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PointerKey p && p.target == target;
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(target);
        }
    }

    /** {@code for k, v := range m}: entries in insertion order, with Go's rules for changes during the loop. */
    @Override
    public Iterator<Map.Entry<K, V>> iterator() {
        return new Iterator<>() {
            /** Nodes numbered from here on were added after the loop started. */
            private final long limit = nextSeq;
            /** The node produced last, or null before the first. */
            private Node<K, V> last;
            /** The next live node, found by hasNext; null until then. */
            private Node<K, V> next;

            @Override
            public boolean hasNext() {
                if (next == null || next.removed) {
                    Node<K, V> n = last == null ? head : last.after;
                    while (n != null && n.removed) {
                        n = n.after;
                    }
                    next = n != null && n.seq < limit ? n : null;
                }
                return next != null;
            }

            @Override
            public Map.Entry<K, V> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                last = next;
                next = null;
                return last;
            }
        };
    }

    /** An entry and its place in insertion order. */
    private static final class Node<K, V> implements Map.Entry<K, V> {
        /** The key as last stored (Go overwrites it on assignment). */
        K key;
        /** The current value. */
        V value;
        /** The previous live node, or null at the head. */
        Node<K, V> before;
        /** The next node: while live, the next live node; once removed, its successor at removal. */
        Node<K, V> after;
        /** Set when the entry is deleted or cleared. */
        boolean removed;
        /** Insertion number: increases along the list. */
        final long seq;

        Node(K key, V value, long seq) {
            this.key = key;
            this.value = value;
            this.seq = seq;
        }

        @Override
        public K getKey() {
            return key;
        }

        @Override
        public V getValue() {
            return value;
        }

        /** Updates the entry in place: used on {@link #slot}'s result only (m[k] op= v). */
        @Override
        public V setValue(V value) {
            V old = this.value;
            this.value = value;
            return old;
        }
    }

    /**
     * A Go array used as a key: equal by elements under Go's == (NaN elements never equal).
     *
     * @param array the key array (a copy owned by the map's caller)
     */
    private record ArrayKey(Object array) {
        @Override
        public boolean equals(Object o) {
            return o instanceof ArrayKey k && GoEquality.equal(array, k.array);
        }

        @Override
        public int hashCode() {
            return GoEquality.hash(array);
        }
    }
}
