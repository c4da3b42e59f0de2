// A bool variable whose address is taken: the storage that *bool pointers to it share.
package dev.goloom.runtime;

/**
 * A heap cell for a bool local or package variable whose address is taken ({@code &x}).
 * Generated code reads and writes {@code value} directly; {@code &x} is the cell itself.
 * Equality is identity: two pointers are equal when they point to the same variable.
 */
public final class BoolCell implements BoolPtr {
    /** The variable's current value. */
    public boolean value;

    /** A variable holding the zero value. */
    public BoolCell() {}

    /** A variable holding {@code value}. */
    public BoolCell(boolean value) {
        this.value = value;
    }

    @Override
    public boolean get() {
        return value;
    }

    @Override
    public void set(boolean v) {
        value = v;
    }
}
