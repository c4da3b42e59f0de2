// A reference-typed variable (string, slice, map, interface, pointer) whose address is taken.
package dev.goloom.runtime;

/**
 * A heap cell for a variable whose address is taken ({@code &x}). Generated code reads and
 * writes {@code value} directly; {@code &x} is the cell itself. Equality is identity.
 *
 * @param <T> the Java type of the variable
 */
public final class Cell<T> implements Ptr<T> {
    /** The variable's current value. */
    public T value;

    /** A variable holding {@code value} (its Go zero value when just declared). */
    public Cell(T value) {
        this.value = value;
    }

    @Override
    public T get() {
        return value;
    }

    @Override
    public void set(T v) {
        value = v;
    }
}
