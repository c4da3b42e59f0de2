// gc's exact texts for run-time errors (index and slice bounds, nil map, nil dereference, conversions, sizes).
package dev.goloom.runtime;

/**
 * Factories for the values Go panics with on run-time errors. Errors that Go raises as
 * {@code runtime.Error} with the "runtime error: " prefix come from {@link #error}; those
 * Go raises as plain errors (no prefix, still runtime.Error), such as
 * {@code send on closed channel}, come from {@link #plain}.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {}

    /** A runtime.Error whose Error() is "runtime error: " + text. */
    public static RuntimeError error(String text) {
        return new RuntimeError("runtime error: " + text);
    }

    /** A runtime.Error printed as the text alone (Go's plainError). */
    public static RuntimeError plain(String text) {
        return new RuntimeError(text);
    }

    /** {@code a[i]} with i out of [0, length). */
    public static RuntimeError index(long i, long length) {
        return i < 0 ? error("index out of range [" + i + "]")
                : error("index out of range [" + i + "] with length " + length);
    }

    /** {@code s[:high]} with high beyond the capacity (slices) or length (strings, arrays: {@code ofLength}). */
    public static RuntimeError sliceHigh(long high, long bound, boolean ofLength) {
        return high < 0 ? error("slice bounds out of range [:" + high + "]")
                : error("slice bounds out of range [:" + high + "] with " + (ofLength ? "length " : "capacity ") + bound);
    }

    /** {@code s[low:high]} with low > high (or low negative). */
    public static RuntimeError sliceLow(long low, long high) {
        return low < 0 ? error("slice bounds out of range [" + low + ":]")
                : error("slice bounds out of range [" + low + ":" + high + "]");
    }

    /** {@code s[::max]} with max beyond the capacity (or length, for arrays). */
    public static RuntimeError slice3Max(long max, long bound, boolean ofLength) {
        return max < 0 ? error("slice bounds out of range [::" + max + "]")
                : error("slice bounds out of range [::" + max + "] with " + (ofLength ? "length " : "capacity ") + bound);
    }

    /** {@code s[:high:max]} with high > max. */
    public static RuntimeError slice3High(long high, long max) {
        return high < 0 ? error("slice bounds out of range [:" + high + ":]")
                : error("slice bounds out of range [:" + high + ":" + max + "]");
    }

    /** {@code s[low:high:max]} with low > high. */
    public static RuntimeError slice3Low(long low, long high) {
        return low < 0 ? error("slice bounds out of range [" + low + "::]")
                : error("slice bounds out of range [" + low + ":" + high + ":]");
    }

    /** Converting a slice to an array (or array pointer) longer than the slice. */
    public static RuntimeError sliceToArray(long sliceLength, long arrayLength) {
        return error("cannot convert slice with length " + sliceLength + " to array or pointer to array with length " + arrayLength);
    }

    /** Assigning to an entry of a nil map. */
    public static final RuntimeError NIL_MAP_ASSIGNMENT = plain("assignment to entry in nil map");

    /** Dereferencing a nil pointer (Go also prints a signal line, see {@link PanicPrinter}). */
    public static final RuntimeError NIL_DEREFERENCE = error("invalid memory address or nil pointer dereference");

    /** Integer division or remainder by zero. */
    public static final RuntimeError INTEGER_DIVIDE_BY_ZERO = RuntimeError.INTEGER_DIVIDE_BY_ZERO;

    /** A negative shift count. */
    public static final RuntimeError NEGATIVE_SHIFT = Ints.NEGATIVE_SHIFT;

    /** {@code make([]T, n)} with n negative or too large. */
    public static final RuntimeError MAKESLICE_LEN = error("makeslice: len out of range");

    /** {@code make([]T, n, m)} with m < n or too large. */
    public static final RuntimeError MAKESLICE_CAP = error("makeslice: cap out of range");

    /** {@code make(chan T, n)} with n negative or too large. */
    public static final RuntimeError MAKECHAN_SIZE = plain("makechan: size out of range");

    /** {@code x.(T)} on a nil interface value: "interface conversion: interface is nil, not T". */
    public static RuntimeError typeAssertionOfNil(String interfaceType, String assertedType) {
        return plain("interface conversion: " + interfaceType + " is nil, not " + assertedType);
    }

    /** {@code x.(T)} with a different dynamic type: "interface conversion: interface {} is string, not int". */
    public static RuntimeError typeAssertion(String interfaceType, String concreteType, String assertedType, String concretePkgPath, String assertedPkgPath) {
        String msg = "interface conversion: " + interfaceType + " is " + concreteType + ", not " + assertedType;
        if (concreteType.equals(assertedType)) {
            msg += concretePkgPath.equals(assertedPkgPath) ? " (types from different scopes)" : " (types from different packages)";
        }
        return plain(msg);
    }

    /** {@code x.(I)} where the dynamic type lacks a method of I. */
    public static RuntimeError missingMethod(String concreteType, String assertedType, String method) {
        return plain("interface conversion: " + concreteType + " is not " + assertedType + ": missing method " + method);
    }

    /** A value method called through a nil pointer. */
    public static RuntimeError nilValueMethod(String pkg, String type, String method) {
        return plain("value method " + pkg + "." + type + "." + method + " called using nil *" + type + " pointer");
    }
}
