// Tests of goloom:translate-tests run directly: the package with its tests, the JUnit class, what is rejected.
package dev.goloom.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranslateTestsMojoTest {
    @TempDir
    Path tmp;

    private TranslateTestsMojo mojo(Path go, Path out) {
        TranslateTestsMojo m = new TranslateTestsMojo();
        m.sourceDirectory = go.toFile();
        m.outputDirectory = out.toFile();
        m.project = TranslateMojoTest.project(tmp);
        return m;
    }

    @Test
    void writesThePackageWithItsTestsAndAJUnitClassPerPackage() throws Exception {
        Path go = TranslateMojoTest.module(tmp.resolve("go"), "example.com/m");
        Files.createDirectories(go.resolve("geo"));
        Files.writeString(go.resolve("geo/geo.go"), TranslateMojoTest.GEO);
        Files.writeString(go.resolve("geo/geo_test.go"), """
                package geo

                import "testing"

                func TestSquare(t *testing.T) {
                	if got := Square(3); got != 9 {
                		t.Errorf("Square(3) = %d, want 9", got)
                	}
                }

                func TestÄrger(t *testing.T) {}

                func Testify(t *testing.T) {} // not a test: lower-case after Test

                func helper(t *testing.T) {}
                """);
        Path out = tmp.resolve("out");
        TranslateTestsMojo m = mojo(go, out);
        m.execute();
        String pkg = Files.readString(out.resolve("com/example/m/geo/Geo.java"));
        assertTrue(pkg.contains("public static void TestSquare(T t)"), pkg);
        assertTrue(pkg.contains("public static long Square(long n)"), pkg);
        String junit = Files.readString(out.resolve("com/example/m/geo/GeoGoTest.java"));
        assertTrue(junit.contains("TestRunner.run(\"TestSquare\", Geo::initPackage, Geo::TestSquare);"), junit);
        assertTrue(junit.contains("void TestÄrger()"), junit);
        assertFalse(junit.contains("Testify"), junit);
        assertEquals(List.of(out.toString()), m.project.getTestCompileSourceRoots());
    }

    @Test
    void packagesWithoutTestsAreNotWritten() throws Exception {
        Path go = TranslateMojoTest.module(tmp.resolve("go"), "example.com/m");
        Files.writeString(go.resolve("m.go"), "package m\n");
        Path out = tmp.resolve("out");
        mojo(go, out).execute();
        try (var files = Files.walk(out)) {
            assertEquals(0, files.filter(f -> f.toString().endsWith(".java")).count());
        }
    }

    @Test
    void externalTestPackagesAreReportedAsUnsupported() throws Exception {
        Path go = TranslateMojoTest.module(tmp.resolve("go"), "example.com/m");
        Files.writeString(go.resolve("m.go"), "package m\n");
        Files.writeString(go.resolve("m_test.go"), "package m_test\n\nimport \"testing\"\n\nfunc TestX(t *testing.T) {}\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(go, tmp.resolve("out")).execute());
        assertTrue(e.getMessage().contains("m_test.go:1:9: unsupported: external test package m_test"), e.getMessage());
    }

    @Test
    void aTestWithTheWrongSignatureIsAnError() throws Exception {
        Path go = TranslateMojoTest.module(tmp.resolve("go"), "example.com/m");
        Files.writeString(go.resolve("m.go"), "package m\n");
        Files.writeString(go.resolve("m_test.go"), "package m\n\nfunc TestX() {}\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(go, tmp.resolve("out")).execute());
        // go test: m_test.go:3:1: wrong signature for TestX, must be: func TestX(t *testing.T)
        assertTrue(e.getMessage().contains("m_test.go:3:1: wrong signature for TestX, must be: func TestX(t *testing.T)"),
                e.getMessage());
    }
}
