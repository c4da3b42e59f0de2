// Finds and parses the packages of a program: the main package, and what it imports.
package dev.goloom.loader;

import dev.goloom.diag.Diagnostics;
import dev.goloom.diag.Pos;
import dev.goloom.syntax.GoFile;
import dev.goloom.syntax.GoSyntax;
import dev.goloom.syntax.Spec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Loads a program from a directory or from .go files named on the command line (the
 * package is then "command-line-arguments", as with {@code go run file.go}). Imports are
 * resolved against goloom's standard library; packages come back dependencies first.
 */
public final class PackageLoader {
    private final Diagnostics diags;
    /** Every package loaded so far (roots too), by import path: each is loaded once. */
    private final Map<String, SourcePackage> loaded = new LinkedHashMap<>();
    /** The module whose packages imports may name, or null: only the standard library then. */
    private final ModuleImports module;
    /** Module packages being loaded, to report import cycles instead of recursing forever. */
    private final java.util.Set<String> loading = new java.util.HashSet<>();
    /** The files of the packages named as roots, by import path: an import of one uses them. */
    private final Map<String, List<Path>> rootFiles = new LinkedHashMap<>();

    public PackageLoader(Diagnostics diags) {
        this(diags, null);
    }

    /** A loader that also resolves imports of {@code module}'s own packages from its directories. */
    public PackageLoader(Diagnostics diags, ModuleImports module) {
        this.diags = diags;
        this.module = module;
    }

    /** The program's main package files: all .go files of a directory, or the files given. */
    public static List<Path> programFiles(List<Path> args) throws IOException {
        if (args.size() == 1 && Files.isDirectory(args.getFirst())) {
            try (Stream<Path> s = Files.list(args.getFirst())) {
                return s.filter(p -> BuildConstraints.fileNameMatches(p.getFileName().toString()))
                        .sorted().toList();
            }
        }
        return args;
    }

    /** A package named by its files (not found through an import): its import path and .go files. */
    public record Root(String importPath, List<Path> files) {}

    /**
     * Loads the package made of {@code files} and everything it imports. Returns the packages
     * in dependency order (the given package last), or null after reporting errors.
     */
    public List<SourcePackage> load(String importPath, List<Path> files) throws IOException {
        return loadAll(List.of(new Root(importPath, files)));
    }

    /**
     * Loads several packages and everything they import, each once: a root that another root
     * imports is loaded from the files given for it, not again from its directory (so a
     * package with its test files is the one every importer sees). Returns all packages in
     * dependency order, or null after reporting errors.
     */
    public List<SourcePackage> loadAll(List<Root> roots) throws IOException {
        for (Root r : roots) {
            rootFiles.put(r.importPath(), r.files());
        }
        List<SourcePackage> order = new ArrayList<>();
        for (Root r : roots) {
            if (!loaded.containsKey(r.importPath())) {
                loadPackage(r.importPath(), r.files(), null, order);
            }
        }
        return diags.hasErrors() ? null : order;
    }

    private void loadImport(String path, Pos pos, List<SourcePackage> order) throws IOException {
        String invalid = ImportPaths.problem(path);
        if (invalid != null) {
            diags.error(pos, "invalid import path (" + invalid + ")");
            return;
        }
        if (loaded.containsKey(path) || path.equals(dev.goloom.types.Unsafe.PATH)) {
            return; // package unsafe has no source: the checker provides it
        }
        List<Path> given = rootFiles.get(path);
        Path moduleDir = module == null ? null : module.directoryOf(path);
        if (given != null || moduleDir != null) {
            List<Path> files = given != null ? given : Files.isDirectory(moduleDir) ? programFiles(List.of(moduleDir)) : List.of();
            loadPackage(path, files, pos, order);
            return;
        }
        if (!StandardLibrary.isStandardPath(path)) {
            diags.unsupported(pos, "importing non-standard package \"" + path + "\"");
            return;
        }
        byte[] api = StandardLibrary.apiSource(path);
        if (api == null) {
            diags.unsupported(pos, "package " + path + " (goloom's standard library does not have it yet)");
            return;
        }
        GoFile file = GoSyntax.parse(StandardLibrary.resourceOf(path), api, diags);
        if (file == null) {
            return;
        }
        boolean source = StandardLibrary.isSource(api);
        SourcePackage pkg = new SourcePackage(path, file.pkgName().name(), List.of(file), !source, source);
        loaded.put(path, pkg);
        for (Spec.Import imp : file.imports()) {
            loadImport(imp.path(), imp.pathPos(), order);
        }
        order.add(pkg);
    }

    /**
     * A translated package (a root, or a package of the module): its files, after the packages
     * they import. {@code importedAt} is where it was imported, null for a root.
     */
    private void loadPackage(String path, List<Path> files, Pos importedAt, List<SourcePackage> order) throws IOException {
        if (!loading.add(path)) {
            diags.error(importedAt == null ? Pos.NONE : importedAt, "import cycle not allowed");
            return;
        }
        List<GoFile> parsed = new ArrayList<>();
        for (Path f : files) {
            GoFile file = GoSyntax.parse(displayPath(f), Files.readAllBytes(f), diags);
            if (file != null && BuildConstraints.satisfied(file.buildConstraint())) {
                parsed.add(file);
            }
        }
        if (diags.hasErrors()) {
            return;
        }
        if (parsed.isEmpty()) {
            if (importedAt == null) {
                diags.error(Pos.NONE, "no Go files in " + (files.isEmpty() ? "." : files.getFirst().toAbsolutePath().getParent()));
            } else {
                diags.error(importedAt, "package " + path + " is not in std or the module (no Go files in "
                        + (files.isEmpty() ? module.directoryOf(path) : files.getFirst().toAbsolutePath().getParent()) + ")");
            }
            return;
        }
        String name = parsed.getFirst().pkgName().name();
        for (GoFile f : parsed) {
            if (!f.pkgName().name().equals(name)) {
                diags.error(f.pkgName().pos(), "found packages " + name + " (" + parsed.getFirst().path() + ") and "
                        + f.pkgName().name() + " (" + f.path() + ")");
                return;
            }
        }
        if (importedAt != null && name.equals("main")) {
            diags.error(importedAt, "import \"" + path + "\" is a program, not an importable package");
            return;
        }
        for (GoFile f : parsed) {
            for (Spec.Import imp : f.imports()) {
                loadImport(imp.path(), imp.pathPos(), order);
            }
        }
        SourcePackage pkg = new SourcePackage(path, name, parsed, false);
        loaded.put(path, pkg);
        order.add(pkg);
    }

    /** Paths in messages are relative to the working directory when below it, like go's. */
    public static String displayPath(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath();
        if (!abs.startsWith(cwd)) {
            return abs.toString();
        }
        Path rel = cwd.relativize(abs);
        // go prints files of the current directory as ./name.go.
        return rel.getParent() == null ? "./" + rel : rel.toString();
    }
}
