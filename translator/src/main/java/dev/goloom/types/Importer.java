// How the checker obtains imported packages (the loader provides the implementation).
package dev.goloom.types;

import dev.goloom.diag.Pos;

@FunctionalInterface
public interface Importer {
    /** Returns the checked package for {@code path}, or null after reporting why it failed. */
    Package importPackage(String path, Pos pos);
}
