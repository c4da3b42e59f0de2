// The kinds of basic type, typed and untyped ("Boolean types", "Numeric types", "String types").
package dev.goloom.types;

public enum BasicKind {
    INVALID,
    BOOL, INT, INT8, INT16, INT32, INT64, UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR,
    FLOAT32, FLOAT64, COMPLEX64, COMPLEX128, STRING, UNSAFE_POINTER,
    UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE, UNTYPED_FLOAT, UNTYPED_COMPLEX, UNTYPED_STRING, UNTYPED_NIL;

    public boolean isUntyped() { return ordinal() >= UNTYPED_BOOL.ordinal(); }
    public boolean isInteger() {
        return (ordinal() >= INT.ordinal() && ordinal() <= UINTPTR.ordinal()) || this == UNTYPED_INT || this == UNTYPED_RUNE;
    }
    public boolean isUnsigned() { return ordinal() >= UINT.ordinal() && ordinal() <= UINTPTR.ordinal(); }
    public boolean isFloat() { return this == FLOAT32 || this == FLOAT64 || this == UNTYPED_FLOAT; }
    public boolean isComplex() { return this == COMPLEX64 || this == COMPLEX128 || this == UNTYPED_COMPLEX; }
    public boolean isNumeric() { return isInteger() || isFloat() || isComplex(); }
    public boolean isString() { return this == STRING || this == UNTYPED_STRING; }
    public boolean isBoolean() { return this == BOOL || this == UNTYPED_BOOL; }
    public boolean isOrdered() { return isInteger() || isFloat() || isString(); }
    public boolean isConstType() { return isNumeric() || isString() || isBoolean(); }

    /** Size in bits of a typed integer kind on linux/amd64. */
    public int bits() {
        return switch (this) {
            case INT8, UINT8 -> 8;
            case INT16, UINT16 -> 16;
            case INT32, UINT32, FLOAT32 -> 32;
            default -> 64;
        };
    }
}
