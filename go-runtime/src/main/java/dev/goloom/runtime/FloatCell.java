// A float32 variable whose address is taken: the storage that *float32 pointers to it share.
package dev.goloom.runtime;

/**
 * A heap cell for a float32 local or package variable whose address is taken ({@code &x}).
 * Generated code reads and writes {@code value} directly; {@code &x} is the cell itself.
 * Equality is identity: two pointers are equal when they point to the same variable.
 */
public final class FloatCell implements FloatPtr {
    /** The variable's current value. */
    public float value;

    /** A variable holding the zero value. */
    public FloatCell() {}

    /** A variable holding {@code value}. */
    public FloatCell(float value) {
        this.value = value;
    }

    @Override
    public float get() {
        return value;
    }

    @Override
    public void set(float v) {
        value = v;
    }
}
