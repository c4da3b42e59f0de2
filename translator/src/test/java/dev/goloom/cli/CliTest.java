// End-to-end tests of the goloom command in a child JVM: exit statuses, streams and error format.
package dev.goloom.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {
    @TempDir
    Path tmp;

    private record Result(int exit, String stdout, String stderr) {}

    private Result goloom(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens", "java.base/java.lang=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        cmd.addAll(List.of(args));
        Path out = tmp.resolve("out"), err = tmp.resolve("err");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
        pb.environment().put("GOLOOMCACHE", "off");
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "goloom did not finish");
        return new Result(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void runPassesArgumentsAndExitStatus() throws Exception {
        Path prog = tmp.resolve("exit.go");
        Files.writeString(prog, """
                package main

                import (
                	"fmt"
                	"os"
                )

                func main() {
                	fmt.Println("hi", os.Getenv("GOLOOMCACHE"))
                	println("to stderr")
                	os.Exit(3)
                }
                """);
        Result r = goloom("run", prog.toString(), "ignored-arg");
        assertEquals(3, r.exit());
        assertEquals("hi off\n", r.stdout());
        assertEquals("to stderr\n", r.stderr());
    }

    @Test
    void runPassesFlagLikeArgumentsVerbatim() throws Exception {
        // go run hands everything after the package to the program: [-v --x a -- b].
        Path prog = tmp.resolve("args.go");
        Files.writeString(prog, """
                package main

                import (
                	"fmt"
                	"os"
                )

                func main() { fmt.Println(os.Args[1:]) }
                """);
        Result r = goloom("run", prog.toString(), "-v", "--x", "a", "--", "b");
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("[-v --x a -- b]\n", r.stdout());
        Result missing = goloom("run", tmp.resolve("none.go").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.stderr().startsWith("stat "), missing.stderr());
    }

    @Test
    void syntaxErrorIsReportedWithPositionAndStatus1() throws Exception {
        Path prog = tmp.resolve("bad.go");
        Files.writeString(prog, "package main\n\nfunc main() {\n\tx := 1 +\n}\n");
        Result r = goloom("run", prog.toString());
        assertEquals(1, r.exit());
        assertTrue(r.stderr().contains("bad.go:5:1: syntax error: unexpected }"), r.stderr());
        assertFalse(r.stderr().contains("Exception"), "no Java stack trace: " + r.stderr());
        assertFalse(r.stderr().contains("\tat "), "no Java stack trace: " + r.stderr());
    }

    @Test
    void unsupportedConstructsSaySo() throws Exception {
        // Sparse array literals this large are type-checked but not lowered: reported, not translated.
        Path prog = tmp.resolve("sparse.go");
        Files.writeString(prog, "package main\n\nvar a = [10000]int{9999: 1}\n\nfunc main() {\n\tprintln(a[9999])\n}\n");
        Result r = goloom("run", prog.toString());
        assertEquals(1, r.exit());
        // Whatever part of the line goloom lacks, the message names its position and says "unsupported".
        assertTrue(r.stderr().matches("(?s).*sparse\\.go:\\d+:\\d+: unsupported: .*"), r.stderr());
        Result checked = goloom("check", prog.toString());
        assertEquals(0, checked.exit(), checked.stderr());
    }

    /** Writes {@code files} (path, then contents) below {@code root}. */
    private static void write(Path root, String... files) throws IOException {
        for (int i = 0; i < files.length; i += 2) {
            Path f = root.resolve(files[i]);
            Files.createDirectories(f.getParent());
            Files.writeString(f, files[i + 1]);
        }
    }

    @Test
    void runBuildsModulePackagesInGosInitOrder() throws Exception {
        // Go 1.21+: b (importing nothing that has init work) initializes before a, which waits
        // for fmt, although a sorts first and main imports it first. Output recorded from go run.
        Path mod = tmp.resolve("pk2");
        write(mod, "go.mod", "module example.com/pk2\n\ngo 1.24\n",
                "trace/trace.go", """
                        package trace

                        // Events lists the package variables initialized so far; it has no initializer itself.
                        var Events []string

                        func Add(s string) int {
                        	Events = append(Events, s)
                        	return len(Events)
                        }
                        """,
                "a/a.go", """
                        package a

                        import (
                        	"fmt"

                        	"example.com/pk2/trace"
                        )

                        var A = trace.Add(fmt.Sprint("a.A"))
                        """,
                "b/b.go", """
                        package b

                        import "example.com/pk2/trace"

                        var B = trace.Add("b.B")

                        func Max[T int | string](x, y T) T {
                        	if x > y {
                        		return x
                        	}
                        	return y
                        }
                        """,
                "dot/dot.go", """
                        package dot

                        import "example.com/pk2/b"

                        var D = b.B * 10

                        func Twice(x int) int { return 2 * x }
                        """,
                "main.go", """
                        package main

                        import (
                        	"fmt"

                        	"example.com/pk2/a"
                        	"example.com/pk2/b"
                        	. "example.com/pk2/dot"
                        	"example.com/pk2/trace"
                        )

                        func init() { trace.Add("main.init") }

                        func main() {
                        	fmt.Println(trace.Events, a.A, b.B, D, Twice(b.Max(3, 4)), b.Max("x", "y"))
                        }
                        """);
        Result r = goloom("run", mod.toString());
        assertEquals(0, r.exit(), r.stderr());
        assertEquals("[b.B a.A main.init] 2 1 10 8 y\n", r.stdout());
        // A single file of the module's directory imports the module's packages too (go run main.go).
        Result file = goloom("run", mod.resolve("main.go").toString());
        assertEquals("[b.B a.A main.init] 2 1 10 8 y\n", file.stdout(), file.stderr());
    }

    @Test
    void runReportsMissingModulePackage() throws Exception {
        Path mod = tmp.resolve("m");
        write(mod, "go.mod", "module example.com/m\n", "main.go",
                "package main\n\nimport \"example.com/m/nope\"\n\nfunc main() { nope.F() }\n");
        Result r = goloom("run", mod.toString());
        assertEquals(1, r.exit());
        assertTrue(r.stderr().contains("main.go:3:8: package example.com/m/nope is not in std or the module"), r.stderr());
    }

    @Test
    void checkModulePatternReportsPerPackage() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(dev.goloom.loader.GoRoot.find() != null,
                "Go is not installed: check falls back to the shims");
        Files.writeString(tmp.resolve("go.mod"), "module example.com/m\n\ngo 1.26\n");
        Files.createDirectories(tmp.resolve("good"));
        Files.writeString(tmp.resolve("good/good.go"), "package good\n\nfunc F() int { return 1 }\n");
        Files.createDirectories(tmp.resolve("bad"));
        Files.writeString(tmp.resolve("bad/bad.go"), "package bad\n\nimport \"example.com/m/good\"\n\nvar X string = good.F()\n");
        Result r = goloom("check", tmp + "/...");
        assertEquals(1, r.exit(), r.stderr());
        assertTrue(r.stderr().contains("# example.com/m/bad\n"), r.stderr());
        assertTrue(r.stderr().contains("bad.go:5:16: cannot use good.F() (value of type int) as string value in variable declaration"),
                r.stderr());
        assertTrue(r.stderr().contains("goloom check: 2 packages (2 named), 2 files, 8 lines: 1 with errors"), r.stderr());
        assertFalse(r.stderr().contains("# example.com/m/good"), r.stderr());
    }

    @Test
    void translateWritesNothingWhenTranslationFails() throws Exception {
        Path good = tmp.resolve("good");
        Files.createDirectories(good);
        Files.writeString(good.resolve("main.go"), "package main\n\nfunc main() {\n\tprintln(1)\n}\n");
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        Files.writeString(bad.resolve("main.go"), "package main\n\nfunc main() {\n\tprintln(undefined)\n}\n");
        Path out = tmp.resolve("java-out");
        Result r = goloom("translate", good.toString(), bad.toString(), "-o", out.toString());
        assertEquals(1, r.exit());
        assertTrue(r.stderr().contains("main.go:4:10: undefined: undefined"), r.stderr());
        assertFalse(Files.exists(out), "no partial output tree");

        Result ok = goloom("translate", good.toString(), "-o", out.toString());
        assertEquals(0, ok.exit(), ok.stderr());
        assertTrue(Files.isRegularFile(out.resolve("main/Main.java")));
    }

    @Test
    void usageErrorsExit2() throws Exception {
        assertEquals(2, goloom().exit());
        assertEquals(2, goloom("run").exit());
        Result v = goloom("version");
        assertEquals(0, v.exit());
        assertTrue(v.stdout().startsWith("goloom version "), v.stdout());
    }
}
