// A int16, uint16 variable whose address is taken: the storage that *int16 and alike pointers to it share.
package dev.goloom.runtime;

/**
 * A heap cell for a int16, uint16 local or package variable whose address is taken ({@code &x}).
 * Generated code reads and writes {@code value} directly; {@code &x} is the cell itself.
 * Equality is identity: two pointers are equal when they point to the same variable.
 */
public final class ShortCell implements ShortPtr {
    /** The variable's current value. */
    public short value;

    /** A variable holding the zero value. */
    public ShortCell() {}

    /** A variable holding {@code value}. */
    public ShortCell(short value) {
        this.value = value;
    }

    @Override
    public short get() {
        return value;
    }

    @Override
    public void set(short v) {
        value = v;
    }
}
