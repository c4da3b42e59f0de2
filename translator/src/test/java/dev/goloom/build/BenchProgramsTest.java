// Every program of bench/programs translates and compiles (bench/run times them; tests never do).
package dev.goloom.build;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.diag.Diagnostics;
import dev.goloom.emit.JavaSource;
import dev.goloom.loader.PackageLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class BenchProgramsTest {
    /** The benchmark programs, one directory each; tests run in translator/. */
    private static final Path PROGRAMS = Path.of("..", "bench", "programs");

    @TestFactory
    Stream<DynamicTest> everyBenchProgramTranslatesAndCompiles() throws IOException {
        List<Path> dirs;
        try (Stream<Path> s = Files.list(PROGRAMS)) {
            dirs = s.filter(Files::isDirectory).sorted().toList();
        }
        assertFalse(dirs.isEmpty(), "no programs in " + PROGRAMS.toAbsolutePath());
        return dirs.stream().map(dir -> DynamicTest.dynamicTest(dir.getFileName().toString(), () -> {
            Diagnostics diags = new Diagnostics();
            List<JavaSource> sources = Programs.translate(PackageLoader.programFiles(List.of(dir)),
                    dir.getFileName().toString(), diags);
            assertNotNull(sources, diags.format());
            assertTrue(InMemoryCompiler.compile(sources).containsKey("main.Main"));
        }));
    }
}
