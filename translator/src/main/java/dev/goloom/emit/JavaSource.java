// One generated Java source file: its fully qualified class name and its text.
package dev.goloom.emit;

import java.nio.file.Path;

public record JavaSource(String className, String text) {
    /** Where the file goes below a source root: {@code go/fmt/Fmt.java}. */
    public Path relativePath() {
        return Path.of(className.replace('.', '/') + ".java");
    }
}
