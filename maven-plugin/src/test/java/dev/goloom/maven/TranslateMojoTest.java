// Tests of goloom:translate run directly on temporary modules: output, package mapping, incrementality, errors.
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

    static MavenProject project(Path basedir) {
        MavenProject p = new MavenProject();
        p.getBuild().setDirectory(basedir.resolve("target").toString());
        return p;
    }

    private TranslateMojo mojo(Path go, Path out) {
        TranslateMojo m = new TranslateMojo();
        m.sourceDirectory = go.toFile();
        m.outputDirectory = out.toFile();
        m.project = project(tmp);
        return m;
    }

    static Path module(Path go, String modulePath) throws Exception {
        Files.createDirectories(go);
        Files.writeString(go.resolve("go.mod"), "module " + modulePath + "\n\ngo 1.26\n");
        return go;
    }

    static final String GEO = """
            // Package geo has small integer helpers.
            package geo

            // Square returns n*n.
            func Square(n int) int {
            	return n * n
            }
            """;

    @Test
    void translatesEveryPackageOfTheModuleAndAddsTheSourceRoot() throws Exception {
        Path go = module(tmp.resolve("src/main/go"), "github.com/acme/shapes");
        Files.createDirectories(go.resolve("geo"));
        Files.writeString(go.resolve("geo/geo.go"), GEO);
        Files.writeString(go.resolve("shapes.go"), "package shapes\n\nfunc Two() int { return 2 }\n");
        Path out = tmp.resolve("target/generated-sources/goloom");
        TranslateMojo m = mojo(go, out);
        m.execute();
        Path java = out.resolve("com/github/acme/shapes/geo/Geo.java");
        assertTrue(Files.isRegularFile(java), "expected " + java);
        assertTrue(Files.readString(java).contains("public static long Square(long n)"));
        assertTrue(Files.isRegularFile(out.resolve("com/github/acme/shapes/Shapes.java")));
        assertEquals(List.of(out.toString()), m.project.getCompileSourceRoots());
        assertEquals(TranslateMojo.ADD_OPENS, m.project.getProperties().getProperty("argLine"));
    }

    @Test
    void packagesImportOtherPackagesOfTheModule() throws Exception {
        Path go = module(tmp.resolve("go"), "example.com/m");
        Files.createDirectories(go.resolve("geo"));
        Files.createDirectories(go.resolve("cmd/tool"));
        Files.writeString(go.resolve("geo/geo.go"), GEO);
        Files.writeString(go.resolve("cmd/tool/main.go"), """
                package main

                import (
                	"fmt"

                	"example.com/m/geo"
                )

                func main() { fmt.Println(geo.Square(3)) }
                """);
        Path out = tmp.resolve("out");
        TranslateMojo m = mojo(go, out);
        m.javaPackage = "org.acme";
        m.execute();
        String main = Files.readString(out.resolve("org/acme/cmd/tool/Main.java"));
        assertTrue(main.contains("Geo.Square(3L)"), main);
        assertTrue(main.contains("import org.acme.geo.Geo;"), main);
        assertTrue(Files.isRegularFile(out.resolve("org/acme/geo/Geo.java")));
    }

    @Test
    void instancesOfAnotherPackagesGenericsLiveWithTheGeneric() throws Exception {
        // The module is one program: cmd/a and cmd/b instantiate gen's generics, and gen's class
        // has every instance (each main its own os.Args[0]).
        Path go = module(tmp.resolve("go"), "example.com/m");
        Files.createDirectories(go.resolve("gen"));
        Files.writeString(go.resolve("gen/gen.go"), """
                package gen

                func Max[T int | string](x, y T) T {
                	if x > y {
                		return x
                	}
                	return y
                }

                type Box[T any] struct{ V T }
                """);
        for (String name : List.of("a", "b")) {
            Files.createDirectories(go.resolve("cmd/" + name));
            Files.writeString(go.resolve("cmd/" + name + "/main.go"), """
                    package main

                    import (
                    	"fmt"
                    	"os"

                    	"example.com/m/gen"
                    )

                    func main() { fmt.Println(os.Args[0], gen.Max(%s), gen.Box[%s]{}) }
                    """.formatted(name.equals("a") ? "1, 2" : "\"x\", \"y\"", name.equals("a") ? "int" : "string"));
        }
        Path out = tmp.resolve("out");
        mojo(go, out).execute();
        String gen = Files.readString(out.resolve("com/example/m/gen/Gen.java"));
        assertTrue(gen.contains("Max$int(") && gen.contains("Max$string("), gen);
        assertTrue(Files.isRegularFile(out.resolve("com/example/m/gen/Box$int.java")));
        assertTrue(Files.isRegularFile(out.resolve("com/example/m/gen/Box$string.java")));
        assertTrue(Files.readString(out.resolve("com/example/m/cmd/a/Main.java")).contains("GoProgram.run(\"a\""));
        assertTrue(Files.readString(out.resolve("com/example/m/cmd/b/Main.java")).contains("GoProgram.run(\"b\""));
    }

    @Test
    void importCyclesAreErrors() throws Exception {
        Path go = module(tmp.resolve("go"), "example.com/m");
        Files.createDirectories(go.resolve("a"));
        Files.createDirectories(go.resolve("b"));
        Files.writeString(go.resolve("a/a.go"), "package a\n\nimport \"example.com/m/b\"\n\nvar X = b.Y\n");
        Files.writeString(go.resolve("b/b.go"), "package b\n\nimport \"example.com/m/a\"\n\nvar Y = a.X\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(go, tmp.resolve("out")).execute());
        assertTrue(e.getMessage().contains("import cycle not allowed"), e.getMessage());
    }

    @Test
    void theJavaPackageOfTheModuleIsConfigurable() throws Exception {
        Path go = module(tmp.resolve("go"), "example.com/shapes");
        Files.createDirectories(go.resolve("geo"));
        Files.writeString(go.resolve("geo/geo.go"), GEO);
        Path out = tmp.resolve("out");
        TranslateMojo m = mojo(go, out);
        m.javaPackage = "org.acme.shapes";
        m.execute();
        String text = Files.readString(out.resolve("org/acme/shapes/geo/Geo.java"));
        assertTrue(text.contains("package org.acme.shapes.geo;"), text);
    }

    @Test
    void aJavaPackageThatIsNoJavaNameIsRejected() throws Exception {
        Path go = module(tmp.resolve("go"), "example.com/shapes");
        Files.writeString(go.resolve("s.go"), "package shapes\n");
        TranslateMojo m = mojo(go, tmp.resolve("out"));
        m.javaPackage = "org.acme.native";
        var e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, m::execute);
        assertTrue(e.getMessage().contains("javaPackage \"org.acme.native\" is not a Java package name"), e.getMessage());
    }

    @Test
    void argLineKeepsWhatWasThereAndGetsTheFlagOnce() {
        MavenProject p = project(tmp);
        p.getProperties().setProperty("argLine", "-Xmx256m");
        TranslateMojo.addOpensToArgLine(p);
        TranslateMojo.addOpensToArgLine(p);
        assertEquals("-Xmx256m " + TranslateMojo.ADD_OPENS, p.getProperties().getProperty("argLine"));
    }

    @Test
    void nothingIsTranslatedAgainUntilAGoFileChangesAndDeletedFilesLoseTheirOutput() throws Exception {
        Path go = module(tmp.resolve("src/main/go"), "example.com/m");
        Files.createDirectories(go.resolve("geo"));
        Files.createDirectories(go.resolve("extra"));
        Files.writeString(go.resolve("geo/geo.go"), GEO);
        Files.writeString(go.resolve("extra/extra.go"), "package extra\n\nfunc One() int { return 1 }\n");
        Path userJava = tmp.resolve("src/main/java/com/example/App.java");
        Files.createDirectories(userJava.getParent());
        Files.writeString(userJava, "package com.example; class App {}\n");
        Path out = tmp.resolve("target/generated-sources/goloom");
        Path geo = out.resolve("com/example/m/geo/Geo.java");
        Path extra = out.resolve("com/example/m/extra/Extra.java");

        mojo(go, out).execute();
        assertTrue(Files.isRegularFile(extra));
        // A marker written into the output survives a run without changes: nothing was translated.
        Files.writeString(geo, "// untouched\n", java.nio.file.StandardOpenOption.APPEND);
        mojo(go, out).execute();
        assertTrue(Files.readString(geo).endsWith("// untouched\n"));

        // A changed Go file translates again; a deleted one's output disappears.
        Files.writeString(go.resolve("geo/geo.go"), GEO.replace("n * n", "n * n * 1"));
        Files.delete(go.resolve("extra/extra.go"));
        mojo(go, out).execute();
        assertFalse(Files.readString(geo).endsWith("// untouched\n"));
        assertFalse(Files.exists(extra), "output of the deleted Go file remains");
        assertEquals("package com.example; class App {}\n", Files.readString(userJava));
    }

    @Test
    void goErrorsFailTheBuildWithTheirPosition() throws Exception {
        Path go = module(tmp.resolve("go"), "example.com/bad");
        Files.writeString(go.resolve("bad.go"), "package bad\n\nfunc F() int {\n\treturn \"s\"\n}\n");
        Path out = tmp.resolve("out");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(go, out).execute());
        assertTrue(e.getMessage().contains("bad.go:4:9: cannot use \"s\" (untyped string constant) as int value in return statement"),
                e.getMessage());
        assertFalse(Files.exists(out));
    }

    @Test
    void syntaxErrorsToo() throws Exception {
        Path go = module(tmp.resolve("go"), "example.com/bad");
        Files.writeString(go.resolve("bad.go"), "package bad\n\nfunc F() {\n\tx := 1 2\n\t_ = x\n}\n");
        MojoFailureException e = assertThrows(MojoFailureException.class, () -> mojo(go, tmp.resolve("out")).execute());
        // go build: ./bad.go:4:9: syntax error: unexpected literal 2 at end of statement
        assertTrue(e.getMessage().contains("bad.go:4:9: syntax error: unexpected literal 2 at end of statement"), e.getMessage());
    }

    @Test
    void aModuleWithoutGoModIsReported() throws Exception {
        Path go = tmp.resolve("go");
        Files.createDirectories(go);
        Files.writeString(go.resolve("a.go"), "package a\n");
        var e = assertThrows(org.apache.maven.plugin.MojoExecutionException.class, () -> mojo(go, tmp.resolve("out")).execute());
        assertTrue(e.getMessage().contains("no go.mod"), e.getMessage());
    }
}
