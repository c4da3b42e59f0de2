// Builds a runnable program from Go files: load, translate, compile, with the build cache in front.
package dev.goloom.build;

import dev.goloom.diag.Diagnostics;
import dev.goloom.emit.JavaSource;
import dev.goloom.loader.ModuleImports;
import dev.goloom.loader.PackageLoader;
import dev.goloom.loader.Patterns;
import dev.goloom.loader.SourcePackage;
import dev.goloom.types.Package;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** What {@code goloom run} and the conformance runner share: Go files in, class files out. */
public final class Programs {
    private Programs() {}

    /** The import path go uses for a program given as files or as a directory outside a module. */
    public static final String COMMAND_LINE_PACKAGE = "command-line-arguments";

    /**
     * Translates the main package made of {@code files} and compiles it. Returns null after
     * reporting Go errors to {@code diags}.
     */
    public static BuildCache.Entry build(List<Path> files, String programName, Diagnostics diags, BuildCache cache)
            throws IOException, InMemoryCompiler.GeneratedJavaError {
        // A module's packages are inputs too: any .go file of the module may be imported.
        ModuleImports module = moduleOf(files);
        List<Path> inputs = new java.util.ArrayList<>(files);
        if (cache != null && module != null) {
            inputs.addAll(module.goFiles());
        }
        String key = cache == null ? null : BuildCache.key(inputs);
        if (cache != null) {
            BuildCache.Entry hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        List<JavaSource> sources = translate(files, programName, diags);
        if (sources == null) {
            return null;
        }
        BuildCache.Entry entry = new BuildCache.Entry(sources.getLast().className(), InMemoryCompiler.compile(sources));
        if (cache != null) {
            cache.put(key, entry);
        }
        return entry;
    }

    /** Translates the package made of {@code files}; the main package's source comes last. */
    public static List<JavaSource> translate(List<Path> files, String programName, Diagnostics diags) throws IOException {
        return translate(files, programName, "", diags);
    }

    /** {@link #translate(List, String, Diagnostics)} with the Java packages below {@code javaPackagePrefix}. */
    public static List<JavaSource> translate(List<Path> files, String programName, String javaPackagePrefix,
                                             Diagnostics diags) throws IOException {
        List<SourcePackage> packages = new PackageLoader(diags, moduleOf(files)).load(COMMAND_LINE_PACKAGE, files);
        if (packages == null) {
            return null;
        }
        SourcePackage main = packages.getLast();
        if (!main.name().equals("main")) {
            diags.error(dev.goloom.diag.Pos.NONE, "package " + COMMAND_LINE_PACKAGE + " is not a main package");
            return null;
        }
        return Translator.translate(packages, programName, javaPackagePrefix, diags);
    }

    /**
     * Translates a library package (any name) made of {@code files} with import path
     * {@code importPath}; returns null after reporting errors.
     */
    public static List<JavaSource> translateLibrary(List<Path> files, String importPath, Diagnostics diags)
            throws IOException {
        List<SourcePackage> packages = new PackageLoader(diags).load(importPath, files);
        return packages == null ? null : Translator.translate(packages, importPath, diags);
    }

    /**
     * The module that holds the program's directory (go.mod there or above), whose packages it
     * may import, as go run resolves them; null outside any module.
     */
    public static ModuleImports moduleOf(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            return null;
        }
        Path dir = files.getFirst().toAbsolutePath().normalize().getParent();
        return dir == null ? null : Patterns.findModule(dir);
    }

    /** Runs a built program in this JVM; returns only if the program does not exit the JVM. */
    public static void run(BuildCache.Entry program, String[] args) throws ReflectiveOperationException {
        ClassLoader loader = new ClassBytesLoader(program.classes(), Programs.class.getClassLoader());
        Class<?> main = Class.forName(program.mainClass(), true, loader);
        Thread.currentThread().setContextClassLoader(loader);
        main.getMethod("main", String[].class).invoke(null, (Object) args);
    }

}
