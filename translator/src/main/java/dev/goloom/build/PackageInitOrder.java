// The order in which a program's packages are initialized: Go 1.21's rule, as Go's linker computes it.
package dev.goloom.build;

import dev.goloom.syntax.Decl;
import dev.goloom.syntax.GoFile;
import dev.goloom.syntax.Spec;
import dev.goloom.types.CheckedPackage;
import dev.goloom.types.Package;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Go (since 1.21) initializes packages in one global order: of the packages whose imports are
 * all initialized, the first by import path goes next. Go's linker applies that rule to the
 * packages that have an "init task" (init functions or variable initializers to run, or an
 * import that has a task); an import without one does not delay its importer. So when a
 * user package runs depends on when the standard packages it imports finish: {@code b}
 * (importing nothing) initializes before {@code a} (importing fmt) although "a" sorts first.
 * The standard library's graph is recorded from real Go in the resource {@value #STD_TASKS}
 * ({@code bin/gen-std-inittasks}). The linker sorts by symbol name, {@code path..inittask}, and
 * the main package's is {@code main..inittask} whatever its import path; main is last anyway.
 *
 * <p>Each translated package's {@code initPackage()} first calls those of the translated
 * packages it depends on (transitively), in this global order: run from main, that is Go's
 * order for the whole program; the calls of the others are then no-ops (each runs once).
 */
final class PackageInitOrder {
    private PackageInitOrder() {}

    /** Resource listing standard packages with an init task, each followed by its imports that have one. */
    static final String STD_TASKS = "goloom/std-inittasks.txt";

    /** The standard library's init-task graph, read once. */
    private static Map<String, List<String>> stdTasks;

    /**
     * For each translated package (given in dependency order), the translated packages to
     * initialize before its own variables, in Go's order.
     */
    static Map<Package, List<Package>> of(List<CheckedPackage> translated) {
        Map<String, List<String>> std = stdTasks();
        Map<String, Package> byPath = new LinkedHashMap<>();
        // Edges between packages with a task; translated packages take precedence over the table.
        Map<String, List<String>> edges = new HashMap<>();
        for (CheckedPackage cp : translated) {
            String path = cp.pkg().path();
            byPath.put(path, cp.pkg());
            Set<String> deps = new LinkedHashSet<>();
            for (GoFile f : cp.files()) {
                for (Spec.Import imp : f.imports()) {
                    String dep = imp.path();
                    if (edges.containsKey(dep) || (!byPath.containsKey(dep) && std.containsKey(dep))) {
                        deps.add(dep);
                    }
                }
            }
            if (!deps.isEmpty() || hasInitWork(cp)) {
                edges.put(path, new ArrayList<>(deps));
            }
        }
        // The standard packages reachable from the translated ones.
        List<String> pending = new ArrayList<>();
        edges.values().forEach(pending::addAll);
        while (!pending.isEmpty()) {
            String p = pending.removeLast();
            if (!edges.containsKey(p)) {
                List<String> deps = std.getOrDefault(p, List.of());
                edges.put(p, deps);
                pending.addAll(deps);
            }
        }
        List<String> schedule = schedule(edges);
        Map<Package, List<Package>> out = new LinkedHashMap<>();
        for (CheckedPackage cp : translated) {
            Set<String> closure = new java.util.HashSet<>();
            collect(cp.pkg().path(), edges, closure);
            List<Package> before = new ArrayList<>();
            for (String p : schedule) {
                if (closure.contains(p) && byPath.containsKey(p) && !p.equals(cp.pkg().path())) {
                    before.add(byPath.get(p));
                }
            }
            out.put(cp.pkg(), before);
        }
        return out;
    }

    private static void collect(String path, Map<String, List<String>> edges, Set<String> into) {
        for (String dep : edges.getOrDefault(path, List.of())) {
            if (into.add(dep)) {
                collect(dep, edges, into);
            }
        }
    }

    /** Kahn's algorithm taking, at each step, the ready package whose task symbol sorts first. */
    static List<String> schedule(Map<String, List<String>> edges) {
        Map<String, Integer> waiting = new HashMap<>();
        Map<String, List<String>> importers = new HashMap<>();
        TreeSet<String> ready = new TreeSet<>((a, b) -> symbol(a).compareTo(symbol(b)));
        edges.forEach((p, deps) -> {
            waiting.put(p, deps.size());
            deps.forEach(d -> importers.computeIfAbsent(d, k -> new ArrayList<>()).add(p));
            if (deps.isEmpty()) {
                ready.add(p);
            }
        });
        List<String> order = new ArrayList<>();
        while (!ready.isEmpty()) {
            String next = ready.pollFirst();
            order.add(next);
            for (String imp : importers.getOrDefault(next, List.of())) {
                if (waiting.merge(imp, -1, Integer::sum) == 0) {
                    ready.add(imp);
                }
            }
        }
        return order;
    }

    /** The linker's name for a package's init task; package main's is "main..inittask". */
    private static String symbol(String path) {
        return (path.equals(Programs.COMMAND_LINE_PACKAGE) ? "main" : path) + "..inittask";
    }

    /**
     * Whether a translated package has initialization of its own: init functions or package
     * variables with initializers. (gc also drops initializers it can lay out statically; such
     * a package only delays its importers, which no program can observe unless another package
     * sorts between them.)
     */
    private static boolean hasInitWork(CheckedPackage cp) {
        for (GoFile f : cp.files()) {
            for (Decl d : f.decls()) {
                if (d instanceof Decl.Func fn && !fn.isMethod() && fn.name().name().equals("init")) {
                    return true;
                }
                if (d instanceof Decl.Gen g && g.keyword().equals("var")
                        && g.specs().stream().anyMatch(s -> s instanceof Spec.Value v && !v.values().isEmpty())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static synchronized Map<String, List<String>> stdTasks() {
        if (stdTasks == null) {
            Map<String, List<String>> m = new HashMap<>();
            try (InputStream in = PackageInitOrder.class.getClassLoader().getResourceAsStream(STD_TASKS)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + STD_TASKS);
                }
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank() && !line.startsWith("#")) {
                        String[] parts = line.strip().split(" ");
                        m.put(parts[0], List.of(parts).subList(1, parts.length));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            stdTasks = m;
        }
        return stdTasks;
    }
}
