// goloom check: report errors in Go packages without translating them (--syntax: parsing only).
package dev.goloom.cli;

import dev.goloom.build.Translator;
import dev.goloom.diag.Diagnostics;
import dev.goloom.loader.GoRoot;
import dev.goloom.loader.PackageLoader;
import dev.goloom.loader.SourcePackage;
import dev.goloom.syntax.GoSyntax;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", description = {
        "Type-check Go packages and report errors as file:line:col: message, without translating them.",
        "A package is an import path (net/http), std (every standard package), a pattern ending in /...",
        "(net/..., ./...), a directory, or .go files (one package). Imports are checked from source:",
        "the standard library from $GOROOT/src (linux/amd64, cgo off), module packages from go.mod.",
        "Exit status 1 when any error is found."},
        customSynopsis = "goloom check [--syntax] [--shims] [-e] [-v] packages...")
final class CheckCommand implements Callable<Integer> {
    @Option(names = "--syntax", description = "only parse: report syntax errors")
    boolean syntaxOnly;

    @Option(names = "--shims", description = "check standard imports against the API of goloom's shims (what goloom run sees)")
    boolean shims;

    @Option(names = "-e", description = "report every error (by default, as gc, only the first 10)")
    boolean allErrors;

    @Option(names = "-v", description = "report progress and the summary line even for a single package")
    boolean verbose;

    @Option(names = "--list", description = "print each package's import path and the files that build (as go list -f '{{.ImportPath}} {{.GoFiles}}')")
    boolean list;

    @Parameters(arity = "1..*", paramLabel = "packages")
    List<String> paths = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!syntaxOnly) {
            GoRoot goroot = shims ? null : GoRoot.find();
            if (goroot != null) {
                return new SourceCheckRun(goroot, verbose, list, allErrors).run(paths);
            }
        }
        List<Path> files = new ArrayList<>();
        List<Path> dirs = new ArrayList<>();
        for (String p : paths) {
            boolean recursive = p.endsWith("/...");
            Path path = Path.of(recursive ? p.substring(0, p.length() - 4) : p);
            if (!Files.exists(path)) {
                System.err.println("stat " + path + ": no such file or directory");
                return 1;
            }
            if (Files.isRegularFile(path)) {
                files.add(path);
            } else if (recursive) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isDirectory).sorted().forEach(dirs::add);
                }
            } else {
                dirs.add(path);
            }
        }
        for (Path d : dirs) {
            try (Stream<Path> s = Files.list(d)) {
                s.filter(f -> f.toString().endsWith(".go") && Files.isRegularFile(f)).sorted().forEach(files::add);
            }
        }
        return syntaxOnly ? syntax(files, allErrors) : types(files, dirs, allErrors);
    }

    /** Parses every file (in parallel; errors printed in file order). */
    private static int syntax(List<Path> files, boolean allErrors) {
        String[] reports = new String[files.size()];
        java.util.stream.IntStream.range(0, files.size()).parallel().forEach(i -> {
            Diagnostics d = new Diagnostics();
            try {
                GoSyntax.parse(PackageLoader.displayPath(files.get(i)), Files.readAllBytes(files.get(i)), d);
            } catch (IOException e) {
                d.error(dev.goloom.diag.Pos.NONE, files.get(i) + ": " + e.getMessage());
            }
            reports[i] = d.format(allErrors);
        });
        boolean errors = false;
        for (String r : reports) {
            if (!r.isEmpty()) {
                System.err.print(r);
                errors = true;
            }
        }
        return errors ? 1 : 0;
    }

    /** Type-checks each directory (or the files given) as one package, against the shims' API files. */
    private static int types(List<Path> files, List<Path> dirs, boolean allErrors) throws IOException {
        boolean errors = false;
        List<List<Path>> packages = new ArrayList<>();
        List<Path> loose = files.stream().filter(f -> dirs.stream().noneMatch(d -> f.getParent() != null
                && f.toAbsolutePath().getParent().equals(d.toAbsolutePath()))).toList();
        if (!loose.isEmpty()) {
            packages.add(loose);
        }
        for (Path d : dirs) {
            List<Path> pkgFiles = PackageLoader.programFiles(List.of(d));
            if (!pkgFiles.isEmpty()) {
                packages.add(pkgFiles);
            }
        }
        for (List<Path> pkg : packages) {
            Diagnostics diags = new Diagnostics();
            List<SourcePackage> loaded = new PackageLoader(diags).load("command-line-arguments", pkg);
            if (loaded != null) {
                Translator.check(loaded, diags);
            }
            if (diags.hasErrors()) {
                System.err.print(diags.format(allErrors));
                errors = true;
            }
        }
        return errors ? 1 : 0;
    }
}
