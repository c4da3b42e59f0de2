// Where the packages of one Go module live: imports below the module path resolve to directories of it.
package dev.goloom.loader;

import java.nio.file.Path;

/**
 * A Go module on disk: {@code modulePath} (go.mod's module directive) and its root directory.
 * Import path {@code modulePath/a/b} is the package in {@code root/a/b}.
 */
public record ModuleImports(String modulePath, Path root) {
    /** The directory of {@code importPath}, or null when the path is not in this module. */
    public Path directoryOf(String importPath) {
        if (importPath.equals(modulePath)) {
            return root;
        }
        if (importPath.startsWith(modulePath + "/")) {
            return root.resolve(importPath.substring(modulePath.length() + 1));
        }
        return null;
    }
}
