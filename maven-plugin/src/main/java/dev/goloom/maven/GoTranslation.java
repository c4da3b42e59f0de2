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
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * What both goals share. Go errors become a {@link MojoFailureException} whose message is the
 * errors in gc's form ({@code file:line:col: message}, one per line), each also logged as an
 * error line of its own; Maven prints no stack trace for a failure (only with {@code -e}).
 */
final class GoTranslation {
    private GoTranslation() {}

    /** A loaded package and its translation. */
    record Translated(SourcePackage pkg, List<JavaSource> sources) {}

    /**
     * Loads {@code files} as package {@code dir} (which may include test files) and translates
     * it, with the packages of {@code module} it imports: the sources of all of them, the
     * package's own last. Java packages follow {@link GoModule#javaPackageOf}.
     */
    static Translated translate(GoModule module, GoModule.PackageDir dir, List<Path> files, Log log)
            throws IOException, MojoFailureException {
        Diagnostics diags = new Diagnostics();
        List<SourcePackage> packages = new PackageLoader(diags, new ModuleImports(module.modulePath(), module.root()))
                .load(dir.importPath(), files);
        List<JavaSource> sources = null;
        if (packages != null) {
            // os.Args[0] of a main package: the name go build gives the binary.
            String programName = dir.importPath().substring(dir.importPath().lastIndexOf('/') + 1);
            sources = Translator.translate(packages, programName,
                    p -> p.isBundled() ? Translator.classOf(p, true) // slices, maps, cmp: go.<path>
                            : module.javaPackageOf(p.path()) + "." + Translator.packageClassName(p), diags);
        }
        if (sources == null) {
            throw failure(dir.importPath(), diags, log);
        }
        return new Translated(packages.getLast(), sources);
    }

    /** The build failure for Go errors of package {@code importPath}. */
    static MojoFailureException failure(String importPath, Diagnostics diags, Log log) {
        String errors = diags.format().stripTrailing();
        log.error("# " + importPath);
        errors.lines().forEach(log::error);
        return new MojoFailureException("goloom: Go errors in package " + importPath + ":\n" + errors);
    }
}
