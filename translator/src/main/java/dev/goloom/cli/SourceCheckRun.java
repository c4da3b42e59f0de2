// goloom check on packages from source: load, check in dependency order, print errors, progress and a summary.
package dev.goloom.cli;

import dev.goloom.loader.GoRoot;
import dev.goloom.loader.ModuleImports;
import dev.goloom.loader.Patterns;
import dev.goloom.loader.SourceCheck;
import dev.goloom.loader.SourceLoader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Prints what {@link SourceCheck} finds: each failing package's errors in gc's form (after a
 * {@code # import/path} line, as go build prints them, unless only one package was named and
 * the errors are its own). Runs over more than one named package (or with -v) also print
 * progress lines and a summary line to stderr, all starting with {@code goloom check:}.
 */
final class SourceCheckRun {
    /** The standard library read in place. */
    private final GoRoot goroot;
    /** Whether to print progress and the summary even for one package. */
    private final boolean verbose;

    /** Whether to print the files of each package to stdout. */
    private final boolean list;

    /** Whether to print every error of a package, not only the first 10 (gc's -e). */
    private final boolean allErrors;

    SourceCheckRun(GoRoot goroot, boolean verbose, boolean list, boolean allErrors) {
        this.goroot = goroot;
        this.allErrors = allErrors;
        this.verbose = verbose;
        this.list = list;
    }

    int run(List<String> args) throws IOException {
        long start = System.nanoTime();
        ModuleImports module = Patterns.findModule(Path.of(""));
        for (String a : args) { // outside a module, the module of a directory named (go would refuse)
            String dir = a.endsWith("/...") ? a.substring(0, a.length() - 4) : a;
            if (module == null && (dir.startsWith("/") || dir.startsWith(".")) && java.nio.file.Files.isDirectory(Path.of(dir))) {
                module = Patterns.findModule(Path.of(dir));
            }
        }
        List<SourceLoader.Root> roots;
        try {
            roots = new Patterns(goroot, module).resolve(args);
        } catch (Patterns.PatternException e) {
            System.err.println(e.getMessage());
            return 1;
        }
        boolean chatty = verbose || roots.size() > 1;
        Set<String> named = new HashSet<>();
        roots.forEach(r -> named.add(r.importPath()));
        int[] done = {0};
        long[] checking = {0};
        long[] files = {0};
        long[] lines = {0};
        // Packages are checked here as soon as they and their imports are parsed, while the
        // loader parses the others on the common pool.
        List<SourceCheck.Result> results = SourceCheck.check(new SourceLoader(goroot, module), roots, r -> {
            done[0]++;
            files[0] += r.pkg().files().size(); // counted now: the results returned no longer hold the files
            lines[0] += r.pkg().lines();
            if (list) {
                System.out.println(r.pkg().importPath() + " [" + String.join(" ", r.pkg().files().stream()
                        .map(f -> Path.of(f.path()).getFileName().toString()).toList()) + "]");
            }
            if (r.pkg().diags().hasErrors()) {
                if (roots.size() > 1 || !named.contains(r.pkg().importPath())) {
                    System.err.println("# " + r.pkg().importPath());
                }
                System.err.print(r.pkg().diags().format(allErrors));
            }
            if (chatty && roots.size() >= 20 && done[0] % 50 == 0) {
                System.err.printf(Locale.ROOT, "goloom check: %d packages checked (%.1f s)%n", done[0],
                        (System.nanoTime() - start) / 1e9);
            }
        }, nanos -> checking[0] += nanos);
        long end = System.nanoTime();
        int errors = 0, skipped = 0;
        for (SourceCheck.Result r : results) {
            switch (r.outcome()) {
                case ERRORS -> errors++;
                case SKIPPED -> skipped++;
                case CLEAN -> { }
            }
        }
        if (chatty) {
            System.err.printf(Locale.ROOT, "goloom check: %d packages (%d named), %d files, %d lines: %d with errors, "
                            + "%d not checked (a dependency failed); %.2f s (checking %.2f s, beside parsing on %d threads)%n",
                    results.size(), results.stream().filter(r -> named.contains(r.pkg().importPath())).count(), files[0], lines[0], errors, skipped, (end - start) / 1e9,
                    checking[0] / 1e9, java.util.concurrent.ForkJoinPool.getCommonPoolParallelism() + 1);
        }
        return errors + skipped > 0 ? 1 : 0;
    }
}
