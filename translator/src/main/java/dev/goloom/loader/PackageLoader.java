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
    private final Map<String, SourcePackage> loaded = new LinkedHashMap<>();

    public PackageLoader(Diagnostics diags) {
        this.diags = diags;
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

    /**
     * Loads the package made of {@code files} and everything it imports. Returns the packages
     * in dependency order (the given package last), or null after reporting errors.
     */
    public List<SourcePackage> load(String importPath, List<Path> files) throws IOException {
        List<GoFile> parsed = new ArrayList<>();
        for (Path f : files) {
            GoFile file = GoSyntax.parse(displayPath(f), Files.readAllBytes(f), diags);
            if (file != null && BuildConstraints.satisfied(file.buildConstraint())) {
                parsed.add(file);
            }
        }
        if (diags.hasErrors()) {
            return null;
        }
        if (parsed.isEmpty()) {
            diags.error(Pos.NONE, "no Go files in " + (files.isEmpty() ? "." : files.getFirst().toAbsolutePath().getParent()));
            return null;
        }
        String name = parsed.getFirst().pkgName().name();
        for (GoFile f : parsed) {
            if (!f.pkgName().name().equals(name)) {
                diags.error(f.pkgName().pos(), "found packages " + name + " (" + parsed.getFirst().path() + ") and "
                        + f.pkgName().name() + " (" + f.path() + ")");
                return null;
            }
        }
        SourcePackage main = new SourcePackage(importPath, name, parsed, false);
        List<SourcePackage> order = new ArrayList<>();
        for (GoFile f : parsed) {
            for (Spec.Import imp : f.imports()) {
                loadImport(imp.path(), imp.pathPos(), order);
            }
        }
        if (diags.hasErrors()) {
            return null;
        }
        order.add(main);
        return order;
    }

    private void loadImport(String path, Pos pos, List<SourcePackage> order) throws IOException {
        if (loaded.containsKey(path)) {
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
        SourcePackage pkg = new SourcePackage(path, file.pkgName().name(), List.of(file), true);
        loaded.put(path, pkg);
        for (Spec.Import imp : file.imports()) {
            loadImport(imp.path(), imp.pathPos(), order);
        }
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
