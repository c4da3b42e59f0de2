// Tests of checking from source: unsafe, dot imports between module packages, standard packages from $GOROOT/src.
package dev.goloom.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.goloom.TestFiles;
import dev.goloom.diag.GoError;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code testdata/checkstd}: Go files checked as packages loaded from source (they import only
 * {@code unsafe}, which the shims' API files lack), with {@code // ERROR "regexp"} comments
 * matched both ways, the expectations written from gc's output ({@code go build FILE}).
 */
class SourceCheckTest {
    private static final Pattern ERROR_COMMENT = Pattern.compile("// ERROR (.*)$");
    private static final Pattern QUOTED = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> checkstdTestdata() {
        return TestFiles.goFiles(TestFiles.testdata("checkstd"))
                .map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> errorCheck(f)));
    }

    private static void errorCheck(Path file) throws IOException {
        record Expectation(int line, Pattern regexp) {}
        List<Expectation> expected = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ERROR_COMMENT.matcher(lines.get(i));
            if (m.find()) {
                Matcher q = QUOTED.matcher(m.group(1));
                while (q.find()) {
                    expected.add(new Expectation(i + 1, Pattern.compile(q.group(1).replace("\\\"", "\""))));
                }
            }
        }
        List<SourceLoader.Loaded> order = new SourceLoader(null, null).load(
                List.of(new SourceLoader.Root("command-line-arguments", file.getParent(), List.of(file))));
        List<GoError> reported = new ArrayList<>();
        for (SourceCheck.Result r : SourceCheck.check(order, x -> { })) {
            reported.addAll(r.pkg().diags().sorted());
        }
        List<String> problems = new ArrayList<>();
        for (Expectation e : expected) {
            GoError match = reported.stream()
                    .filter(r -> r.pos().line() == e.line() && e.regexp().matcher(r.message()).find())
                    .findFirst().orElse(null);
            if (match == null) {
                problems.add("line " + e.line() + ": missing error matching " + e.regexp());
            } else {
                reported.remove(match);
            }
        }
        reported.forEach(r -> problems.add("unexpected error: " + r));
        assertTrue(problems.isEmpty(), file + ":\n  " + String.join("\n  ", problems));
    }

    /** Loads and checks {@code args} as goloom check does, in {@code dir}'s module; returns each package's report. */
    private static Map<String, String> check(GoRoot goroot, Path moduleDir, List<String> args) throws Exception {
        ModuleImports module = moduleDir == null ? null : Patterns.findModule(moduleDir);
        List<SourceLoader.Root> roots = new Patterns(goroot, module).resolve(args);
        Map<String, String> out = new TreeMap<>();
        for (SourceCheck.Result r : SourceCheck.check(new SourceLoader(goroot, module), roots, x -> { }, nanos -> { })) {
            out.put(r.pkg().importPath(), r.outcome() + (r.pkg().diags().hasErrors() ? "\n" + r.pkg().diags().format() : ""));
        }
        return out;
    }

    @Test
    void dotImportsOfModulePackages() throws Exception {
        Files.writeString(tmp.resolve("go.mod"), "module example.com/m\n\ngo 1.26\n");
        Files.createDirectories(tmp.resolve("shapes"));
        Files.writeString(tmp.resolve("shapes/shapes.go"), """
                package shapes

                type Square struct{ Side int }

                func (s Square) Area() int { return s.Side * s.Side }

                const Unit = 1
                """);
        Files.createDirectories(tmp.resolve("used"));
        Files.writeString(tmp.resolve("used/used.go"), """
                package used

                import . "example.com/m/shapes"

                func Area() int { return Square{Side: Unit}.Area() }
                """);
        Files.createDirectories(tmp.resolve("unused"));
        Files.writeString(tmp.resolve("unused/unused.go"), """
                package unused

                import . "example.com/m/shapes"

                func Area() int { return 0 }
                """);
        Map<String, String> got = check(null, tmp, List.of(tmp + "/..."));
        assertEquals("CLEAN", got.get("example.com/m/shapes"));
        assertEquals("CLEAN", got.get("example.com/m/used"));
        // gc: ./unused.go:3:8: "example.com/m/shapes" imported and not used
        String unused = got.get("example.com/m/unused");
        assertTrue(unused.startsWith("ERRORS") && unused.contains("unused.go:3:8: \"example.com/m/shapes\" imported and not used"),
                unused);
    }

    /**
     * Once checked, a package's syntax trees may be collected: the loader's queue keeps no load
     * (with its parsed files) that the walking thread ran itself. The pool's threads are kept
     * busy meanwhile, so that the walk runs every load (the pool would drain the queue later).
     */
    @Test
    void loaderKeepsNoParsedPackages() throws Exception {
        int workers = java.util.concurrent.ForkJoinPool.getCommonPoolParallelism();
        java.util.concurrent.CountDownLatch busy = new java.util.concurrent.CountDownLatch(workers);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        for (int i = 0; i < workers; i++) {
            java.util.concurrent.ForkJoinPool.commonPool().execute(() -> {
                busy.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        try {
            assertTrue(busy.await(10, TimeUnit.SECONDS), "the common pool's threads did not start");
            loadAndCheckTwelvePackages();
        } finally {
            release.countDown();
        }
    }

    private void loadAndCheckTwelvePackages() throws Exception {
        Files.writeString(tmp.resolve("go.mod"), "module example.com/q\n\ngo 1.26\n");
        for (int i = 0; i < 12; i++) {
            Files.createDirectories(tmp.resolve("p" + i));
            Files.writeString(tmp.resolve("p" + i + "/p.go"), "package p" + i + "\n\nfunc F() int { return " + i + " }\n");
        }
        ModuleImports module = Patterns.findModule(tmp);
        List<SourceLoader.Root> roots = new Patterns(null, module).resolve(List.of(tmp + "/..."));
        SourceLoader loader = new SourceLoader(null, module);
        List<SourceCheck.Result> results = SourceCheck.check(loader, roots, x -> { }, nanos -> { });
        assertEquals(12, results.size());
        results.forEach(r -> assertEquals(SourceCheck.Outcome.CLEAN, r.outcome(), r.pkg().importPath()));
        assertEquals(0, loader.queuedLoads());
    }

    /** As go build: a file its //go:build header excludes is not parsed, so its syntax errors are not reported. */
    @Test
    void excludedFilesAreNotParsed() throws Exception {
        Files.writeString(tmp.resolve("go.mod"), "module example.com/x\n\ngo 1.26\n");
        Files.writeString(tmp.resolve("main.go"), "package main\n\nfunc main() {}\n");
        Files.writeString(tmp.resolve("bad.go"), "//go:build ignore\n\npackage main\n\nfunc f( {\n");
        assertEquals("CLEAN", check(null, tmp, List.of(tmp.toString())).get("example.com/x"));
        Files.writeString(tmp.resolve("bad.go"), "//go:build linux\n\npackage main\n\nfunc f( {\n");
        assertTrue(check(null, tmp, List.of(tmp.toString())).get("example.com/x").startsWith("ERRORS"));
    }

    @Test
    void missingPackagesAndImportCycles() throws Exception {
        Files.writeString(tmp.resolve("go.mod"), "module example.com/c\n");
        for (String[] p : new String[][] {{"a", "b"}, {"b", "a"}}) {
            Files.createDirectories(tmp.resolve(p[0]));
            Files.writeString(tmp.resolve(p[0] + "/" + p[0] + ".go"), "package " + p[0] + "\n\nimport _ \"example.com/c/"
                    + p[1] + "\"\n");
        }
        Map<String, String> got = check(null, tmp, List.of(tmp + "/a"));
        assertTrue(got.values().stream().anyMatch(v -> v.contains("import cycle not allowed")), got.toString());
        Map<String, String> missing = check(null, tmp, List.of("example.com/c/nowhere"));
        assertTrue(missing.get("example.com/c/nowhere").contains(
                "main module (example.com/c) does not contain package example.com/c/nowhere"), missing.toString());
    }

    /** Generic code everywhere (slices, maps, iter, sync/atomic) and unsafe (strings): a handful of std packages check clean. */
    @Test
    void standardPackagesCheckClean() throws Exception {
        GoRoot goroot = GoRoot.find();
        assumeTrue(goroot != null, "Go is not installed: standard packages from $GOROOT/src cannot be checked");
        Map<String, String> got = check(goroot, null, List.of("slices", "maps", "iter", "sync/atomic", "strings", "errors"));
        got.forEach((path, outcome) -> assertEquals("CLEAN", outcome, path));
        assertTrue(got.size() >= 6, got.keySet().toString());
    }

    /** The files of a few packages with many build constraints are those go list selects (linux/amd64, cgo off). */
    @Test
    void fileSelectionMatchesGoList() throws Exception {
        GoRoot goroot = GoRoot.find();
        assumeTrue(goroot != null, "Go is not installed: nothing to compare with");
        List<String> pkgs = List.of("runtime", "internal/goexperiment", "os", "syscall", "net");
        ProcessBuilder pb = new ProcessBuilder(Stream.concat(Stream.of("go", "list", "-f",
                "{{.ImportPath}} {{join .GoFiles \" \"}}"), pkgs.stream()).toList());
        pb.environment().putAll(Map.of("CGO_ENABLED", "0", "GOOS", "linux", "GOARCH", "amd64", "GOFLAGS", ""));
        Process p = pb.redirectErrorStream(true).start();
        String want = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, want);
        SourceLoader loader = new SourceLoader(goroot, null);
        List<SourceLoader.Root> roots = pkgs.stream().map(x -> new SourceLoader.Root(x, goroot.directoryOf(x), null)).toList();
        Map<String, String> got = new TreeMap<>();
        for (SourceLoader.Loaded l : loader.load(roots)) {
            if (pkgs.contains(l.importPath())) {
                got.put(l.importPath(), l.importPath() + " " + String.join(" ",
                        l.files().stream().map(f -> Path.of(f.path()).getFileName().toString()).toList()));
            }
        }
        Map<String, String> wanted = new TreeMap<>();
        want.lines().forEach(l -> wanted.put(l.split(" ")[0], l));
        assertEquals(wanted, got);
    }
}
