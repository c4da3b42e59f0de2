// Where the packages of one Go module live: imports below the module path resolve to directories of it.
package dev.goloom.loader;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

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

    /**
     * Every .go file of the module's packages, sorted, as go list ./... finds them: directories
     * named {@code testdata} or {@code vendor}, starting with {@code .} or {@code _}, and nested
     * modules are left out. (The build cache hashes them: any of them may be imported.)
     */
    public List<Path> goFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean skip = !dir.equals(root) && (name.equals("testdata") || name.equals("vendor")
                        || name.startsWith(".") || name.startsWith("_") || Files.exists(dir.resolve("go.mod")));
                return skip ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (file.getFileName().toString().endsWith(".go")) {
                    out.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(null);
        return out;
    }
}
