// What every generated struct class implements: its descriptor, its fields for fmt, and Go's value copy.
package dev.goloom.runtime;

/**
 * A translated Go struct. {@code field(i)} returns field i in the form an interface value
 * holding it would have (see {@link Boxed}): fmt prints a struct through it.
 */
public interface GoStruct<T extends GoStruct<T>> {
    /** The struct's named type (or struct literal type) descriptor. */
    GoType goType();

    /** Field {@code i} as an interface value would hold it. */
    Object field(int i);

    /** Go's assignment copy: a new object with the same field values (nested structs and arrays copied). */
    T copy();

    /**
     * Go's {@code *p = v}: copies v's fields into this object. Generated structs implement it;
     * the shims' own struct types (whose values Go code never assigns through) need not.
     */
    default void set(T v) {
        throw new UnsupportedOperationException("set on " + goType());
    }
}
