// Go pointers to variables of reference-held types (*string, *[]int, *any, *SomeInterface, **T) other than structs.
package dev.goloom.runtime;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A Go pointer to a variable whose Java type is a reference (strings, slices, maps,
 * interfaces, pointers). A pointer to a struct is the struct object itself, not a Ptr.
 * Cells ({@link Cell}) hold variables whose address is taken; {@link Element} points into an
 * array; {@link Field} at a field of a struct object. A nil pointer is Java {@code null}.
 *
 * <p>Go's {@code ==} on pointers is "same variable": elements compare by (array identity,
 * index), fields by (owner identity, field name), cells by identity.
 *
 * @param <T> the Java type of the variable pointed to
 */
public interface Ptr<T> {
    /** {@code *p}. */
    T get();

    /** {@code *p = v}. */
    void set(T v);

    /** {@code &a[i]} of a Go array held in a Java array, checked when taken. */
    static <T> Ptr<T> toElement(T[] a, long i) {
        return new Element<>(a, SliceBase.arrayIndex(a.length, i));
    }

    /** {@code &x.f}: {@code owner} is the struct object, {@code field} the field's name. */
    static <T> Ptr<T> toField(Object owner, String field, Supplier<T> getter, Consumer<T> setter) {
        return new Field<>(owner, field, getter, setter);
    }

    /** A pointer through a getter and setter; equal only to a pointer with the same two lambdas. */
    static <T> Ptr<T> of(Supplier<T> getter, Consumer<T> setter) {
        return new Accessor<>(getter, setter);
    }

    /**
     * {@code &a[i]}: element {@code index} of {@code array} (compared by identity, as arrays'
     * equals does).
     *
     * @param array the backing array, shared with the slice or array it came from
     * @param index the element's index in {@code array}, already checked
     */
    record Element<T>(Object[] array, int index) implements Ptr<T> {
        @Override
        @SuppressWarnings("unchecked")
        public T get() {
            return (T) array[index];
        }

        @Override
        public void set(T v) {
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
    record Field<T>(Object owner, String name, Supplier<T> getter, Consumer<T> setter) implements Ptr<T> {
        @Override
        public T get() {
            return getter.get();
        }

        @Override
        public void set(T v) {
            setter.accept(v);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Field<?> f && f.owner == owner && f.name.equals(name);
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
    record Accessor<T>(Supplier<T> getter, Consumer<T> setter) implements Ptr<T> {
        @Override
        public T get() {
            return getter.get();
        }

        @Override
        public void set(T v) {
            setter.accept(v);
        }
    }
}
