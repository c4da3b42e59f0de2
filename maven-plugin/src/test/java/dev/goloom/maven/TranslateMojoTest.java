// Tests of goloom:translate run directly (the invoker integration tests come with the plugin issue).
package dev.goloom.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.project.MavenProject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateMojoTest {
    @TempDir
    Path tmp;

    private TranslateMojo mojo(Path go, Path out) {
        TranslateMojo m = new TranslateMojo();
        m.sourceDirectory = go.toFile();
        m.outputDirectory = out.toFile();
        m.project = new MavenProject();
        return m;
    }

    @Test
    void translatesAModuleAndAddsTheSourceRoot() throws Exception {
        Path go = tmp.resolve("src/main/go");
        Files.createDirectories(go.resolve("geo"));
        Files.writeString(go.resolve("go.mod"), "module github.com/acme/shapes\n\ngo 1.26\n");
        Files.writeString(go.resolve("geo/geo.go"), """
                // Package geo has small integer helpers.
                package geo

                // Square returns n*n.
                func Square(n int) int {
                	return n * n
                }
                """);
        Path out = tmp.resolve("target/generated-sources/goloom");
        TranslateMojo m = mojo(go, out);
        m.execute();
        Path java = out.resolve("com/github/acme/shapes/geo/Geo.java");
        assertTrue(Files.isRegularFile(java), "expected " + java);
        String text = Files.readString(java);
        assertTrue(text.contains("public static long Square(long n)"), text);
        assertEquals(List.of(out.toString()), m.project.getCompileSourceRoots());
    }

    @Test
    void goErrorsFailTheBuildWithTheirPosition() throws Exception {
        Path go = tmp.resolve("go");
        Files.createDirectories(go);
        Files.writeString(go.resolve("bad.go"), "package bad\n\nfunc F() int {\n\treturn \"s\"\n}\n");
        Path out = tmp.resolve("out");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(go, out).execute());
        assertTrue(e.getMessage().contains("bad.go:4:9: cannot use \"s\" (untyped string constant) as int value in return statement"),
                e.getMessage());
        assertFalse(Files.exists(out));
    }
}
