// A byte, uint8, int8 variable whose address is taken: the storage that *byte and alike pointers to it share.
package dev.goloom.runtime;

/**
 * A heap cell for a byte, uint8, int8 local or package variable whose address is taken ({@code &x}).
 * Generated code reads and writes {@code value} directly; {@code &x} is the cell itself.
 * Equality is identity: two pointers are equal when they point to the same variable.
 */
public final class ByteCell implements BytePtr {
    /** The variable's current value. */
    public byte value;

    /** A variable holding the zero value. */
    public ByteCell() {}

    /** A variable holding {@code value}. */
    public ByteCell(byte value) {
        this.value = value;
    }

    @Override
    public byte get() {
        return value;
    }

    @Override
    public void set(byte v) {
        value = v;
    }
}
