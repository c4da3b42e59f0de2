// A int, int64, uint, uint64, uintptr variable whose address is taken: the storage that *int and alike pointers to it share.
package dev.goloom.runtime;

/**
 * A heap cell for a int, int64, uint, uint64, uintptr local or package variable whose address is taken ({@code &x}).
 * Generated code reads and writes {@code value} directly; {@code &x} is the cell itself.
 * Equality is identity: two pointers are equal when they point to the same variable.
 */
public final class LongCell implements LongPtr {
    /** The variable's current value. */
    public long value;

    /** A variable holding the zero value. */
    public LongCell() {}

    /** A variable holding {@code value}. */
    public LongCell(long value) {
        this.value = value;
    }

    @Override
    public long get() {
        return value;
    }

    @Override
    public void set(long v) {
        value = v;
    }
}
