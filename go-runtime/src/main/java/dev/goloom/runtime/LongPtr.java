// Go pointers to int, int64, uint, uint64, uintptr variables (*int and alike): the interface, plus array-element and field pointers.
package dev.goloom.runtime;

/**
 * A Go pointer to a int, int64, uint, uint64, uintptr variable that is not reached through a struct reference:
 * a local or package variable whose address is taken lives in a {@link LongCell}; {@code &a[i]}
 * is an {@link Element}; {@code &x.f} is a {@link Field}. A nil pointer is Java {@code null}
 * (dereferencing it throws NullPointerException, which {@link GoPanic#of} maps to Go's panic).
 *
 * <p>Go's {@code ==} on pointers is "same variable": elements compare by (array identity,
 * index), fields by (owner identity, field name), cells by identity.
 */
public interface LongPtr {
    /** {@code *p}. */
    long get();

    /** {@code *p = v}. */
    void set(long v);

    /** {@code &a[i]} of a Go array held in a Java array, checked when taken. */
    static LongPtr toElement(long[] a, long i) {
        return new Element(a, SliceBase.arrayIndex(a.length, i));
    }

    /** {@code &x.f}: {@code owner} is the struct object, {@code field} the field's name. */
    static LongPtr toField(Object owner, String field, Getter getter, Setter setter) {
        return new Field(owner, field, getter, setter);
    }

    /** A pointer through a getter and setter; equal only to a pointer with the same two lambdas. */
    static LongPtr of(Getter getter, Setter setter) {
        return new Accessor(getter, setter);
    }

    /** Reads the variable a field or accessor pointer stands for. */
    @FunctionalInterface
    interface Getter {
        long get();
    }

    /** Writes the variable a field or accessor pointer stands for. */
    @FunctionalInterface
    interface Setter {
        void set(long v);
    }

    /**
     * {@code &a[i]}: element {@code index} of {@code array} (a Go array or a slice's backing
     * array). The record's equals compares the array by identity, as arrays' equals does.
     *
     * @param array the backing array, shared with the slice or array it came from
     * @param index the element's index in {@code array}, already checked
     */
    record Element(long[] array, int index) implements LongPtr {
        @Override
        public long get() {
            return array[index];
        }

        @Override
        public void set(long v) {
            array[index] = v;
        }
    }

    /**
     * {@code &x.f} for a non-struct field of a struct held by reference.
     *
     * @param owner  the struct object; pointers are equal when owners are the same object
     * @param name   the field's name, the other half of the identity
     * @param getter reads {@code owner.f}
     * @param setter writes {@code owner.f}
     */
    record Field(Object owner, String name, Getter getter, Setter setter) implements LongPtr {
        @Override
        public long get() {
            return getter.get();
        }

        @Override
        public void set(long v) {
            setter.set(v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Field f && f.owner == owner && f.name.equals(name);
        }

        @Override
        public int hashCode() {
            return System.identityHashCode(owner) * 31 + name.hashCode();
        }
    }

    /**
     * A pointer defined by two lambdas.
     *
     * @param getter reads the variable
     * @param setter writes the variable
     */
    record Accessor(Getter getter, Setter setter) implements LongPtr {
        @Override
        public long get() {
            return getter.get();
        }

        @Override
        public void set(long v) {
            setter.set(v);
        }
    }
}
