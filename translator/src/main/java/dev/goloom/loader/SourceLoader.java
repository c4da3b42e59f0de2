// Loads packages and everything they import from source: $GOROOT/src and the go.mod module.
package dev.goloom.loader;

import dev.goloom.diag.Diagnostics;
import dev.goloom.diag.Pos;
import dev.goloom.syntax.GoFile;
import dev.goloom.syntax.GoSyntax;
import dev.goloom.syntax.Spec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The go command's package loading for {@code goloom check}: a package is the files of one
 * directory that build for linux/amd64 with cgo off (files importing "C" are left out), its
 * imports are resolved against the module ({@link ModuleImports}), then the standard library in
 * {@link GoRoot} (vendored paths for standard packages), and {@code unsafe} is the checker's
 * own. Packages are parsed in parallel, a wave of newly discovered imports at a time, and
 * returned in dependency order. Each package keeps its own diagnostics, since errors are
 * reported per package as {@code go build} does.
 */
public final class SourceLoader {
    /** One loaded package, or one that failed to load (then {@code files} is empty and {@code diags} says why). */
    public record Loaded(String importPath, String name, Path dir, List<GoFile> files,
                         Map<String, String> imports, long lines, Diagnostics diags) {
        /** Whether build constraints exclude every file (and nothing else went wrong). */
        public boolean noGoFiles() {
            return files.isEmpty() && diags.count() == 1 && diags.sorted().getFirst().message().contains(EXCLUDED);
        }
    }

    private static final String EXCLUDED = ": build constraints exclude all Go files in ";

    /** The standard library's sources, or null when Go is not installed. */
    private final GoRoot goroot;
    /** The module of the working directory, or null. */
    private final ModuleImports module;
    /** Every package loaded so far, by import path. */
    private final Map<String, Loaded> loaded = new HashMap<>();
    /** Where each not-yet-loaded path was first imported from, to report a missing package there. */
    private final Map<String, Pos> importedAt = new HashMap<>();

    public SourceLoader(GoRoot goroot, ModuleImports module) {
        this.goroot = goroot;
        this.module = module;
    }

    /**
     * A package named on the command line: its import path, directory, the files given (null:
     * the directory's), and whether a pattern matched it (std, net/...): such a package
     * without buildable files is left out silently, as go list leaves it out.
     */
    public record Root(String importPath, Path dir, List<Path> files, boolean matched) {
        public Root(String importPath, Path dir, List<Path> files) {
            this(importPath, dir, files, false);
        }
    }

    /**
     * Loads {@code roots} and everything they import; returns all packages in dependency order
     * (imports before importers; "unsafe" is not among them).
     */
    public List<Loaded> load(List<Root> roots) {
        List<Root> wave = new ArrayList<>(roots);
        Set<String> seen = new HashSet<>();
        for (Root r : roots) {
            seen.add(r.importPath());
        }
        while (!wave.isEmpty()) {
            List<Loaded> parsed = wave.parallelStream().map(this::loadOne).toList();
            List<Root> next = new ArrayList<>();
            for (Loaded p : parsed) {
                loaded.put(p.importPath(), p);
                for (String imp : p.imports().values()) {
                    if (!imp.equals("unsafe") && !imp.equals("C") && seen.add(imp)) {
                        next.add(rootOf(imp));
                    }
                }
            }
            wave = next;
        }
        List<Loaded> order = new ArrayList<>();
        Set<String> done = new HashSet<>();
        for (Root r : roots) {
            if (r.matched() && loaded.get(r.importPath()).noGoFiles()) {
                continue;
            }
            visit(r.importPath(), done, new LinkedHashMap<>(), order);
        }
        return order;
    }

    private Root rootOf(String importPath) {
        Path dir = module == null ? null : module.directoryOf(importPath);
        if (dir == null && goroot != null) {
            dir = goroot.directoryOf(importPath);
        }
        return new Root(importPath, dir, null);
    }

    /** Post-order walk: a package after its imports; an import cycle is reported on the importer. */
    private void visit(String path, Set<String> done, LinkedHashMap<String, Boolean> stack, List<Loaded> order) {
        if (done.contains(path)) {
            return;
        }
        Loaded p = loaded.get(path);
        stack.put(path, true);
        for (Map.Entry<String, String> imp : p.imports().entrySet()) {
            String dep = imp.getValue();
            if (dep.equals("unsafe") || dep.equals("C")) {
                continue;
            }
            if (stack.containsKey(dep)) {
                p.diags().error(Pos.NONE, "import cycle not allowed: " + String.join(" -> ", cycleFrom(stack, dep)));
                continue;
            }
            visit(dep, done, stack, order);
        }
        stack.remove(path);
        done.add(path);
        order.add(p);
    }

    private static List<String> cycleFrom(LinkedHashMap<String, Boolean> stack, String start) {
        List<String> cycle = new ArrayList<>();
        boolean in = false;
        for (String s : stack.keySet()) {
            in |= s.equals(start);
            if (in) {
                cycle.add(s);
            }
        }
        cycle.add(start);
        return cycle;
    }

    /** Reads and parses one package's files; resolves its import paths. */
    private Loaded loadOne(Root root) {
        Diagnostics diags = new Diagnostics();
        String path = root.importPath();
        Path dir = root.dir();
        List<Path> files = root.files();
        try {
            if (files == null) {
                if (dir == null || !Files.isDirectory(dir)) {
                    diags.error(Pos.NONE, missing(path));
                    return new Loaded(path, "", null, List.of(), Map.of(), 0, diags);
                }
                try (Stream<Path> s = Files.list(dir)) {
                    files = s.filter(f -> BuildConstraints.fileNameMatches(f.getFileName().toString())
                            && Files.isRegularFile(f)).sorted().toList();
                }
            }
            List<GoFile> parsed = new ArrayList<>();
            long lines = 0;
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                if (!BuildConstraints.satisfied(BuildConstraints.headerConstraint(bytes))) {
                    continue; // excluded by its header, as go/build decides: not parsed
                }
                GoFile file = GoSyntax.parse(PackageLoader.displayPath(f), bytes, diags);
                if (file == null || !BuildConstraints.satisfied(file.buildConstraint())
                        || file.imports().stream().anyMatch(i -> i.path().equals("C"))) {
                    continue; // cgo is off: files that import "C" are not built.
                }
                parsed.add(file);
                lines += newlines(bytes);
            }
            if (parsed.isEmpty() && !diags.hasErrors()) {
                diags.error(Pos.NONE, "package " + path + EXCLUDED + dir);
            }
            String name = parsed.isEmpty() ? "" : parsed.getFirst().pkgName().name();
            for (GoFile f : parsed) {
                if (!f.pkgName().name().equals(name)) {
                    diags.error(Pos.NONE, "found packages " + name + " (" + parsed.getFirst().path() + ") and "
                            + f.pkgName().name() + " (" + f.path() + ") in " + dir);
                    return new Loaded(path, name, dir, List.of(), Map.of(), lines, diags);
                }
            }
            Map<String, String> imports = new LinkedHashMap<>();
            // Only packages of $GOROOT/src see its vendored golang.org/x/... copies.
            boolean standard = goroot != null && dir != null
                    && dir.toAbsolutePath().normalize().startsWith(goroot.src().toAbsolutePath().normalize());
            for (GoFile f : parsed) {
                for (Spec.Import imp : f.imports()) {
                    String target = standard && goroot != null && !path.equals("command-line-arguments")
                            ? goroot.resolveFromStd(imp.path()) : imp.path();
                    imports.putIfAbsent(imp.path(), target);
                }
            }
            return new Loaded(path, name, dir, diags.hasErrors() ? List.of() : parsed, imports, lines, diags);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The number of '\n' in {@code bytes}. A method of its own so that the JIT compiles this
     * loop alone: inside loadOne, its on-stack replacement recompiled loadOne with the whole
     * parser inlined (seconds of C2 time, three times over).
     */
    private static long newlines(byte[] bytes) {
        long n = 0;
        for (byte b : bytes) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private String missing(String path) {
        if (module != null && module.directoryOf(path) != null) {
            return "main module (" + module.modulePath() + ") does not contain package " + path;
        }
        if (!StandardLibrary.isStandardPath(path)) {
            return "no required module provides package " + path;
        }
        if (goroot == null) {
            return "package " + path + " is not in std (Go is not installed: set GOROOT)";
        }
        return "package " + path + " is not in std (" + goroot.src().resolve(path) + ")";
    }
}
