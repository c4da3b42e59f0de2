// One "// run" test of Go's own test suite ($GOROOT/test), run with the rules of Go's test driver.
package dev.goloom.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import dev.goloom.loader.BuildConstraints;

/**
 * Go's rules (cmd/internal/testdir): the recipe is the first line that is not a build
 * constraint; for {@code // run [args]} the program's combined stdout and stderr must equal
 * {@code NAME.out} (or be empty when there is none) and it must exit with status 0. Build
 * constraints are evaluated for linux/amd64 with gc, cgo off. Recipes with compiler flags
 * (a first argument starting with '-') are not applicable to goloom and are left out.
 */
record GoTestCase(String name, Path file, List<String> args) implements ConformanceCase {

    /** The directories of $GOROOT/test whose {@code // run} tests make up the suite. */
    static final List<String> DIRECTORIES = List.of(".", "ken", "chan", "interface", "fixedbugs", "typeparam");

    /**
     * Time for one program to run. Some tests allocate gigabytes on purpose (issue13169.go:
     * 32 GB of stack arrays, 13 s on a loaded 2-core machine), so the limit leaves room for a
     * loaded CI machine; a program that hangs costs this much once.
     */
    static final int TIMEOUT_SECONDS = 25;

    @Override
    public ProgramRunner.Spec spec() {
        return new ProgramRunner.Spec(file, args, null, true, TIMEOUT_SECONDS, null);
    }

    /** Combined stdout and stderr must equal NAME.out (empty when absent), with exit status 0. */
    @Override
    public Verdict judge(ProgramRunner.Outcome.Ran run) throws IOException {
        Path out = file.resolveSibling(file.getFileName().toString().replaceAll("\\.go$", ".out"));
        byte[] want = Files.exists(out) ? Files.readAllBytes(out) : new byte[0];
        return Verdict.compare(want, "", 0, run);
    }

    /** The applicable {@code // run} tests below {@code goroot/test}, in a stable order. */
    static List<GoTestCase> discover(Path testRoot) throws IOException {
        List<GoTestCase> out = new ArrayList<>();
        for (String dir : DIRECTORIES) {
            Path d = testRoot.resolve(dir);
            if (!Files.isDirectory(d)) {
                continue;
            }
            try (Stream<Path> files = Files.list(d)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".go")).sorted().toList()) {
                    GoTestCase c = parse(testRoot, f);
                    if (c != null) {
                        out.add(c);
                    }
                }
            }
        }
        return out;
    }

    private static GoTestCase parse(Path testRoot, Path f) throws IOException {
        String src = Files.readString(f, StandardCharsets.ISO_8859_1);
        String action = null;
        for (String line : src.split("\n", -1)) {
            if (line.startsWith("//go:build") || line.startsWith("// +build")) {
                continue;
            }
            action = line.startsWith("//") ? line.substring(2).strip() : line.strip();
            break;
        }
        if (action == null) {
            return null;
        }
        List<String> fields = new ArrayList<>(List.of(action.split("\\s+")));
        if (fields.isEmpty() || !fields.getFirst().equals("run")) {
            return null;
        }
        List<String> args = fields.subList(1, fields.size());
        if (!args.isEmpty() && args.getFirst().startsWith("-")) {
            return null; // compiler flags, experiments, GODEBUG: not applicable
        }
        int pkg = src.indexOf("\npackage");
        String header = pkg < 0 ? src : src.substring(0, pkg);
        for (String line : header.split("\n")) {
            if (line.startsWith("//go:build ") && !BuildConstraints.satisfied(line.substring("//go:build ".length()))) {
                return null;
            }
        }
        String name = testRoot.relativize(f).toString();
        return new GoTestCase(name, f, List.copyOf(args));
    }
}
