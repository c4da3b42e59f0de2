// The examples/ programs must behave exactly as real Go ran them (goldens in conformance/examples/).
package dev.goloom.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class ExamplesTest {
    @TestFactory
    Stream<DynamicTest> examples() throws IOException {
        Path examples = ConformanceSuite.repo().resolve("examples");
        Path goldens = ConformanceSuite.repo().resolve("conformance/examples");
        List<GoldenProgram> programs;
        try (Stream<Path> dirs = Files.list(examples)) {
            // Go programs only: a Maven project (examples/maven-app) is its own build, run by the plugin's tests.
            programs = dirs.filter(Files::isDirectory).filter(d -> !Files.exists(d.resolve("pom.xml"))).sorted()
                    .map(d -> new GoldenProgram(d.getFileName().toString(), d, goldens.resolve(d.getFileName().toString())))
                    .toList();
        }
        // No known failures: every example must pass.
        return new ConformanceSuite("examples", programs, null).tests();
    }
}
