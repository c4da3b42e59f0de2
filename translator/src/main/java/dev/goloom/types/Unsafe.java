// Package unsafe: the type Pointer and the functions Sizeof, Offsetof, Alignof, Add, Slice, SliceData, String, StringData.
package dev.goloom.types;

import dev.goloom.diag.Pos;
import java.util.List;

/**
 * The checker's own package {@code unsafe} (it has no Go source the checker could read): its
 * functions are built-ins, checked in {@link BuiltinCalls} under their own names.
 */
public final class Unsafe {
    private Unsafe() {}

    /** The package every {@code import "unsafe"} yields. */
    /** The import path of package unsafe. */
    public static final String PATH = "unsafe";
    public static final Package PACKAGE = new Package(PATH, "unsafe");

    /** The names of unsafe's functions. */
    static final List<String> FUNCTIONS = List.of("Sizeof", "Offsetof", "Alignof", "Add", "Slice", "SliceData",
            "String", "StringData");

    static {
        PACKAGE.scope().insert(new TypeName("Pointer", Pos.NONE, PACKAGE, Universe.UNSAFE_POINTER));
        for (String f : FUNCTIONS) {
            PACKAGE.scope().insert(new Builtin(f));
        }
    }
}
