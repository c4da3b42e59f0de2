// A Go package found on disk or in the standard library: its import path and parsed files.
package dev.goloom.loader;

import dev.goloom.syntax.GoFile;
import java.util.List;

/**
 * A package ready for type checking. {@code standard} packages come from the API
 * declarations that goloom's standard-library shims ship, and are implemented in Java;
 * {@code bundled} ones are standard packages that goloom ships as Go source, translated with
 * the program like its own packages.
 */
public record SourcePackage(String importPath, String name, List<GoFile> files, boolean standard, boolean bundled) {
    public SourcePackage(String importPath, String name, List<GoFile> files, boolean standard) {
        this(importPath, name, files, standard, false);
    }
}
