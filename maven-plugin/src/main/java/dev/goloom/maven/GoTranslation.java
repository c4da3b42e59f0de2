// Translating one package directory of a Go module into Java sources, and reporting Go errors to Maven.
package dev.goloom.maven;

import dev.goloom.build.Translator;
import dev.goloom.diag.Diagnostics;
import dev.goloom.emit.JavaSource;
import dev.goloom.loader.ModuleImports;
import dev.goloom.loader.PackageLoader;
import dev.goloom.loader.SourcePackage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What both goals share. Go errors become a {@link MojoFailureException} whose message is the
 * errors in gc's form ({@code file:line:col: message}, one per line), each also logged as an
 * error line of its own; Maven prints no stack trace for a failure (only with {@code -e}).
 */
final class GoTranslation {
    private GoTranslation() {}

    /** A translated module: each package as loaded, and its Java sources (its package class last), by import path. */
    record Translated(Map<String, SourcePackage> packages, Map<String, List<JavaSource>> sources) {
        /** Every Java source, dependencies first. */
        List<JavaSource> all() {
            return sources.values().stream().flatMap(List::stream).toList();
        }
    }

    /**
     * Translates the packages {@code dirs} of {@code module} (with their test files when
     * {@code withTests}) in one program, with everything they import: so one package's use of
     * another's generic function or type has its instance in the generic's package, and every
     * package is translated once. Java packages follow {@link GoModule#javaPackageOf}.
     */
    static Translated translate(GoModule module, List<GoModule.PackageDir> dirs, boolean withTests, Log log)
            throws IOException, MojoFailureException {
        Diagnostics diags = new Diagnostics();
        List<PackageLoader.Root> roots = new ArrayList<>();
        for (GoModule.PackageDir dir : dirs) {
            List<Path> files = new ArrayList<>(dir.files());
            if (withTests) {
                files.addAll(dir.testFiles());
            }
            if (!files.isEmpty()) {
                roots.add(new PackageLoader.Root(dir.importPath(), files));
            }
        }
        List<SourcePackage> packages = new PackageLoader(diags, new ModuleImports(module.modulePath(), module.root()))
                .loadAll(roots);
        Map<String, List<JavaSource>> sources = null;
        if (packages != null) {
            sources = Translator.translateByPackage(packages,
                    // os.Args[0] of a main package: the name go build gives the binary.
                    p -> p.path().substring(p.path().lastIndexOf('/') + 1),
                    p -> p.isBundled() ? Translator.classOf(p, true) // slices, maps, cmp: go.<path>
                            : module.javaPackageOf(p.path()) + "." + Translator.packageClassName(p), diags);
        }
        if (sources == null) {
            throw failure(module.modulePath(), diags, log);
        }
        Map<String, SourcePackage> byPath = new LinkedHashMap<>();
        packages.forEach(p -> byPath.put(p.importPath(), p));
        return new Translated(byPath, sources);
    }

    /** The build failure for Go errors of package {@code importPath}. */
    static MojoFailureException failure(String importPath, Diagnostics diags, Log log) {
        String errors = diags.format().stripTrailing();
        log.error("# " + importPath);
        errors.lines().forEach(log::error);
        return new MojoFailureException("goloom: Go errors in package " + importPath + ":\n" + errors);
    }
}
