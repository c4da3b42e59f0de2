// Helpers shared by the translator's tests: test data location and the golden-file update switch.
package dev.goloom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

public final class TestFiles {
    private TestFiles() {}

    /** {@code translator/testdata}. Tests run with the module directory as working directory. */
    public static Path testdata(String sub) {
        return Path.of("testdata", sub);
    }

    /** Golden files are rewritten instead of compared when run with {@code -Dgoloom.update=true}. */
    public static boolean update() {
        return Boolean.getBoolean("goloom.update");
    }

    public static Stream<Path> goFiles(Path dir) {
        try {
            return Files.list(dir).filter(p -> p.toString().endsWith(".go")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
