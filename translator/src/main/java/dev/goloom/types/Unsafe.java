// Package unsafe as the checker sees it: the type Pointer and the built-in functions Sizeof, Offsetof, ...
package dev.goloom.types;

import dev.goloom.diag.Pos;
import java.util.List;

/**
 * Package unsafe has no source: like go/types' {@code Unsafe}, it is a package whose scope
 * holds {@code Pointer} (the basic type {@link Universe#UNSAFE_POINTER}) and built-in
 * functions that {@link UnsafeCalls} checks.
 */
public final class Unsafe {
    private Unsafe() {}

    /** The import path, which no loader resolves: the checker answers it itself. */
    public static final String PATH = "unsafe";

    /** The built-in functions of package unsafe, by name. */
    static final List<String> FUNCTIONS = List.of("Sizeof", "Alignof", "Offsetof", "Add", "Slice", "SliceData",
            "String", "StringData");

    /** The package, shared by every importer (it has no state). */
    public static final Package PACKAGE = new Package(PATH, "unsafe");

    static {
        PACKAGE.scope().insert(new TypeName("Pointer", Pos.NONE, PACKAGE, Universe.UNSAFE_POINTER));
        for (String f : FUNCTIONS) {
            PACKAGE.scope().insert(new Builtin(f));
        }
    }
}
