// Golden tests of the emitted Java: testdata/golden/X.go must translate to X.java.golden exactly.
package dev.goloom.lower;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.goloom.TestFiles;
import dev.goloom.build.Programs;
import dev.goloom.diag.Diagnostics;
import dev.goloom.emit.JavaSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Run with {@code -Dgoloom.update=true} to rewrite the golden files after an intended change. */
class GoldenJavaTest {
    @TestFactory
    Stream<DynamicTest> goldenJava() {
        return TestFiles.goFiles(TestFiles.testdata("golden"))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> compare(f)));
    }

    private static void compare(Path goFile) throws Exception {
        Diagnostics diags = new Diagnostics();
        List<JavaSource> sources = Programs.translate(List.of(goFile), "main", diags);
        assertNotNull(sources, diags.format());
        // Every generated file, in emission order; one file alone is shown without its name.
        String actual = sources.size() == 1 ? sources.getLast().text() : sources.stream()
                .map(s -> "//// " + s.relativePath() + "\n" + s.text()).collect(java.util.stream.Collectors.joining("\n"));
        Path golden = Path.of(goFile.toString().replaceAll("\\.go$", ".java.golden"));
        if (TestFiles.update()) {
            Files.writeString(golden, actual);
            return;
        }
        assertEquals(Files.readString(golden), actual, "emitted Java differs from " + golden
                + " (rerun with -Dgoloom.update=true if the change is intended)");
    }
}
