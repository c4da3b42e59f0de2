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
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The go command's package loading for {@code goloom check}: a package is the files of one
 * directory that build for linux/amd64 with cgo off (files importing "C" are left out), its
 * imports are resolved against the module ({@link ModuleImports}), then the standard library in
 * {@link GoRoot} (vendored paths for standard packages), and {@code unsafe} is the checker's
 * own. Packages are parsed in parallel as soon as they are known and handed over in
 * dependency order as soon as they and their imports are loaded. Each package keeps its own diagnostics, since errors are
 * reported per package as {@code go build} does.
 */
public final class SourceLoader {
    /** One loaded package, or one that failed to load (then {@code files} is empty and {@code diags} says why). */
    public record Loaded(String importPath, String name, Path dir, List<GoFile> files,
                         Map<String, String> imports, long lines, Diagnostics diags) {
        /**
         * This package without its parsed files, for keeping its result once it is checked:
         * the syntax of a whole tree (the standard library's: hundreds of MB) need not stay
         * alive to the end.
         */
        public Loaded withoutFiles() {
            return new Loaded(importPath, name, dir, List.of(), imports, lines, diags);
        }

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
    /** Every package loaded so far, by import path (touched by the loading thread only). */
    private final Map<String, Loaded> loaded = new HashMap<>();
    /** The import paths of every package whose loading was started (by any thread). */
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    /** The loads started and not yet taken by the walk, by import path: run by the pool or the loading thread. */
    private final Map<String, Load> loading = new ConcurrentHashMap<>();
    /** Loads started and maybe not yet claimed by any thread; the last is taken first. */
    private final ConcurrentLinkedDeque<Load> unclaimed = new ConcurrentLinkedDeque<>();
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
        List<Loaded> order = new ArrayList<>();
        load(roots, order::add);
        return order;
    }

    /**
     * Loads {@code roots} and everything they import, handing each package to {@code ready} (on
     * this thread, in dependency order) as soon as it and its imports are loaded, so that the
     * caller can check a package while others are still being parsed. Loads run on the common
     * pool and on this thread while it waits, most recently discovered first: a package's
     * imports are started as soon as it is parsed, so the parsing runs ahead of the walk, depth
     * first, towards the packages everything imports (runtime, internal/...), which the walk
     * needs first; the roots come last.
     */
    public void load(List<Root> roots, Consumer<Loaded> ready) {
        for (Root r : roots) {
            started.add(r.importPath()); // before any load runs: a root is loaded as named, not as an import
        }
        for (Root r : roots.reversed()) {
            queue(r, false);
        }
        Set<String> done = new HashSet<>();
        for (Root r : roots) {
            if (r.matched() && loaded(r.importPath()).noGoFiles()) {
                continue;
            }
            visit(r.importPath(), done, new LinkedHashMap<>(), ready);
        }
    }

    /** One package's loading, run once: by a pool thread or by the loading thread, whichever claims it first. */
    private static final class Load extends FutureTask<Loaded> {
        /** Whether some thread has taken this load on. */
        private final AtomicBoolean claimed = new AtomicBoolean();

        Load(Callable<Loaded> load) {
            super(load);
        }

        @Override
        public void run() {
            if (claimed.compareAndSet(false, true)) {
                super.run();
            }
        }
    }

    /** Starts loading {@code root} unless it was started before (see {@link #queue}). Any thread may call this. */
    private void start(Root root, boolean urgent) {
        if (started.add(root.importPath())) {
            queue(root, urgent);
        }
    }

    /** Queues the loading of {@code root}: last (taken first) when {@code urgent}, first otherwise. */
    private void queue(Root root, boolean urgent) {
        Load task = new Load(() -> {
            Loaded p = loadOne(root);
            for (String imp : p.imports().values()) {
                if (!imp.equals("unsafe") && !imp.equals("C")) {
                    start(rootOf(imp), true);
                }
            }
            return p;
        });
        loading.put(root.importPath(), task);
        if (urgent) {
            unclaimed.addLast(task);
        } else {
            unclaimed.addFirst(task);
        }
        ForkJoinPool.commonPool().execute(this::runAll);
    }

    /**
     * A pool thread's turn: loads until none is left unclaimed. (One load per turn left the
     * pool idle for most of check std: a turn whose load the walk had claimed ran nothing.)
     */
    private void runAll() {
        while (runNext()) {
            // next load
        }
    }

    /** How many loads the queue still holds, run or not (none once {@link #load} has returned). */
    int queuedLoads() {
        return unclaimed.size();
    }

    /** Runs the most recently queued load no thread has claimed; false when there is none. */
    private boolean runNext() {
        for (Load next = unclaimed.pollLast(); next != null; next = unclaimed.pollLast()) {
            if (!next.claimed.get()) {
                next.run();
                return true;
            }
        }
        return false;
    }

    /**
     * The loaded package {@code path} (started before): loaded here if no thread has claimed
     * it; while another thread finishes it, this thread runs other loads.
     */
    private Loaded loaded(String path) {
        Loaded p = loaded.get(path);
        if (p != null) {
            return p;
        }
        Load task = loading.remove(path); // the task holds its result: keep only the map below
        task.run();
        // Nor may the queue keep it (a claimed task stays there until a thread polls past it):
        // the packages named on the command line are queued first, so polled last, and their
        // syntax trees stayed alive to the end (in check std, 70 % of all trees halfway through).
        unclaimed.remove(task);
        while (!task.isDone() && runNext()) {
            // helped with another load
        }
        try {
            p = task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while loading " + path, e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
        loaded.put(path, p);
        return p;
    }

    private Root rootOf(String importPath) {
        Path dir = module == null ? null : module.directoryOf(importPath);
        if (dir == null && goroot != null) {
            dir = goroot.directoryOf(importPath);
        }
        return new Root(importPath, dir, null);
    }

    /** Post-order walk: a package after its imports; an import cycle is reported on the importer. */
    private void visit(String path, Set<String> done, LinkedHashMap<String, Boolean> stack, Consumer<Loaded> ready) {
        if (done.contains(path)) {
            return;
        }
        Loaded p = loaded(path);
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
            visit(dep, done, stack, ready);
        }
        stack.remove(path);
        done.add(path);
        ready.accept(p);
        loaded.put(path, p.withoutFiles()); // the walk needs no more than its imports now
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
