// A Go package found on disk or in the standard library: its import path and parsed files.
package dev.goloom.loader;

import dev.goloom.syntax.GoFile;
import java.util.List;

/**
 * A package ready for type checking. {@code standard} packages come from the API
 * declarations that goloom's standard-library shims ship, and are implemented in Java.
 */
public record SourcePackage(String importPath, String name, List<GoFile> files, boolean standard) {}
