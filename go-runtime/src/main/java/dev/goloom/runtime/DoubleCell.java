// A float64 variable whose address is taken: the storage that *float64 pointers to it share.
package dev.goloom.runtime;

/**
 * A heap cell for a float64 local or package variable whose address is taken ({@code &x}).
 * Generated code reads and writes {@code value} directly; {@code &x} is the cell itself.
 * Equality is identity: two pointers are equal when they point to the same variable.
 */
public final class DoubleCell implements DoublePtr {
    /** The variable's current value. */
    public double value;

    /** A variable holding the zero value. */
    public DoubleCell() {}

    /** A variable holding {@code value}. */
    public DoubleCell(double value) {
        this.value = value;
    }

    @Override
    public double get() {
        return value;
    }

    @Override
    public void set(double v) {
        value = v;
    }
}
