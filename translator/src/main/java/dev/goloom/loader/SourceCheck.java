// Type-checks packages loaded from source, in dependency order, each against its checked imports.
package dev.goloom.loader;

import dev.goloom.diag.Diagnostics;
import dev.goloom.diag.Pos;
import dev.goloom.types.Checker;
import dev.goloom.types.Package;
import dev.goloom.types.Unsafe;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The type-checking half of {@code goloom check}: each package of {@link SourceLoader}'s
 * order is checked once, after its imports; a package whose import failed is not checked (its
 * errors would be consequences), as the go command stops at the failing dependency.
 */
public final class SourceCheck {
    private SourceCheck() {}

    /** What happened to one package: checked clean, checked with errors, or not checked (a dependency failed). */
    public enum Outcome { CLEAN, ERRORS, SKIPPED }

    /** One package's result; {@code diags} holds its loading and checking errors. */
    public record Result(SourceLoader.Loaded pkg, Outcome outcome) {}

    /**
     * Checks {@code order} (dependencies first); {@code progress} sees each result as it is
     * produced, so long runs can report as they go.
     */
    public static List<Result> check(List<SourceLoader.Loaded> order, Consumer<Result> progress) {
        Map<String, Package> checked = new HashMap<>();
        Map<String, Outcome> outcomes = new HashMap<>();
        return order.stream().map(p -> {
            Result r = checkOne(p, checked, outcomes);
            outcomes.put(p.importPath(), r.outcome());
            progress.accept(r);
            return r;
        }).toList();
    }

    /**
     * Loads {@code roots} with {@code loader} and checks each package as soon as it and its
     * imports are loaded, while the loader parses the others on the common pool; returns the
     * results in dependency order. {@code progress} sees each package with its parsed files;
     * the results returned hold the packages {@link SourceLoader.Loaded#withoutFiles without
     * them}, so that a package's syntax can be collected once it is checked. {@code checkTime} is
     * told the nanoseconds each check took.
     */
    public static List<Result> check(SourceLoader loader, List<SourceLoader.Root> roots, Consumer<Result> progress,
                                     java.util.function.LongConsumer checkTime) {
        Map<String, Package> checked = new HashMap<>();
        Map<String, Outcome> outcomes = new HashMap<>();
        List<Result> results = new java.util.ArrayList<>();
        loader.load(roots, p -> {
            long start = System.nanoTime();
            Result r = checkOne(p, checked, outcomes);
            checkTime.accept(System.nanoTime() - start);
            outcomes.put(p.importPath(), r.outcome());
            progress.accept(r);
            results.add(new Result(p.withoutFiles(), r.outcome()));
        });
        return results;
    }

    private static Result checkOne(SourceLoader.Loaded p, Map<String, Package> checked, Map<String, Outcome> outcomes) {
        if (p.files().isEmpty()) {
            return new Result(p, Outcome.ERRORS);
        }
        for (String dep : p.imports().values()) {
            if (!dep.equals("unsafe") && !dep.equals("C") && outcomes.get(dep) != Outcome.CLEAN) {
                return new Result(p, p.diags().hasErrors() ? Outcome.ERRORS : Outcome.SKIPPED);
            }
        }
        if (p.diags().hasErrors()) { // an import cycle
            return new Result(p, Outcome.ERRORS);
        }
        Package pkg = new Package(p.importPath(), p.name());
        Diagnostics diags = p.diags();
        try {
            Checker.check(pkg, p.files(), (path, pos) -> {
                String target = p.imports().getOrDefault(path, path);
                return target.equals("unsafe") ? Unsafe.PACKAGE : checked.get(target);
            }, diags);
        } catch (RuntimeException | StackOverflowError e) {
            diags.error(Pos.NONE, "internal error: the checker failed on package " + p.importPath() + ": " + e);
            if (System.getenv("GOLOOM_DEBUG") != null) {
                e.printStackTrace();
            }
        }
        if (diags.hasErrors()) {
            return new Result(p, Outcome.ERRORS);
        }
        checked.put(p.importPath(), pkg);
        return new Result(p, Outcome.CLEAN);
    }
}
