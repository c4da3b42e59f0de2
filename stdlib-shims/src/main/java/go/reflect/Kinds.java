// reflect.Kind: its numbering (Go's constants), its names, and the kind of a run-time descriptor.
package go.reflect;

import dev.goloom.runtime.GoType;

/** reflect's Kind numbers follow Go's constants (Invalid = 0 ... UnsafePointer = 26). */
final class Kinds {
    private Kinds() {}

    static final long INVALID = 0, BOOL = 1, INT = 2, INT8 = 3, INT16 = 4, INT32 = 5, INT64 = 6, UINT = 7, UINT8 = 8,
            UINT16 = 9, UINT32 = 10, UINT64 = 11, UINTPTR = 12, FLOAT32 = 13, FLOAT64 = 14, COMPLEX64 = 15,
            COMPLEX128 = 16, ARRAY = 17, CHAN = 18, FUNC = 19, INTERFACE = 20, MAP = 21, POINTER = 22, SLICE = 23,
            STRING = 24, STRUCT = 25, UNSAFE_POINTER = 26;

    /** Kind.String(): Go's names, index = kind. */
    private static final String[] NAMES = {"invalid", "bool", "int", "int8", "int16", "int32", "int64", "uint", "uint8",
        "uint16", "uint32", "uint64", "uintptr", "float32", "float64", "complex64", "complex128", "array", "chan", "func",
        "interface", "map", "ptr", "slice", "string", "struct", "unsafe.Pointer"};

    static String name(long k) {
        return k >= 0 && k < NAMES.length ? NAMES[(int) k] : "kind" + k;
    }

    /** The reflect.Kind of a descriptor's kind. */
    static long of(GoType.Kind k) {
        return switch (k) {
            case BOOL -> BOOL;
            case INT -> INT;
            case INT8 -> INT8;
            case INT16 -> INT16;
            case INT32 -> INT32;
            case INT64 -> INT64;
            case UINT -> UINT;
            case UINT8 -> UINT8;
            case UINT16 -> UINT16;
            case UINT32 -> UINT32;
            case UINT64 -> UINT64;
            case UINTPTR -> UINTPTR;
            case FLOAT32 -> FLOAT32;
            case FLOAT64 -> FLOAT64;
            case COMPLEX64 -> COMPLEX64;
            case COMPLEX128 -> COMPLEX128;
            case STRING -> STRING;
            case UNSAFE_POINTER -> UNSAFE_POINTER;
            case ARRAY -> ARRAY;
            case CHAN -> CHAN;
            case FUNC -> FUNC;
            case INTERFACE -> INTERFACE;
            case MAP -> MAP;
            case POINTER -> POINTER;
            case SLICE -> SLICE;
            case STRUCT -> STRUCT;
        };
    }

    static boolean isSignedInt(GoType.Kind k) {
        return switch (k) {
            case INT, INT8, INT16, INT32, INT64 -> true;
            default -> false;
        };
    }

    static boolean isUnsignedInt(GoType.Kind k) {
        return switch (k) {
            case UINT, UINT8, UINT16, UINT32, UINT64, UINTPTR -> true;
            default -> false;
        };
    }

    static boolean isFloat(GoType.Kind k) {
        return k == GoType.Kind.FLOAT32 || k == GoType.Kind.FLOAT64;
    }

    static boolean isComplex(GoType.Kind k) {
        return k == GoType.Kind.COMPLEX64 || k == GoType.Kind.COMPLEX128;
    }
}
