// A int32, rune, uint32 variable whose address is taken: the storage that *int32 and alike pointers to it share.
package dev.goloom.runtime;

/**
 * A heap cell for a int32, rune, uint32 local or package variable whose address is taken ({@code &x}).
 * Generated code reads and writes {@code value} directly; {@code &x} is the cell itself.
 * Equality is identity: two pointers are equal when they point to the same variable.
 */
public final class IntCell implements IntPtr {
    /** The variable's current value. */
    public int value;

    /** A variable holding the zero value. */
    public IntCell() {}

    /** A variable holding {@code value}. */
    public IntCell(int value) {
        this.value = value;
    }

    @Override
    public int get() {
        return value;
    }

    @Override
    public void set(int v) {
        value = v;
    }
}
