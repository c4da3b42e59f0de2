// The translation pipeline: loaded packages → checked packages → Java compilation units → Java text.
package dev.goloom.build;

import com.github.javaparser.ast.CompilationUnit;
import dev.goloom.diag.Diagnostics;
import dev.goloom.emit.JavaEmitter;
import dev.goloom.emit.JavaSource;
import dev.goloom.lower.GenericInstances;
import dev.goloom.lower.JavaNames;
import dev.goloom.lower.PackageLowering;
import dev.goloom.lower.ProgramInterfaces;
import dev.goloom.loader.SourcePackage;
import dev.goloom.types.CheckedPackage;
import dev.goloom.types.Checker;
import dev.goloom.types.Package;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Runs the phases over packages in dependency order. Ordering constraints:
 * <ol>
 * <li>type checking needs every import checked first (the loader's order guarantees it);</li>
 * <li>lowering needs the whole program checked, because a package's class names and the
 *     set of imports that need initialization come from other packages;</li>
 * <li>nothing is lowered after any error: gc reports errors and stops, and goloom never
 *     emits Java for a program that does not type-check.</li>
 * </ol>
 * Standard packages are checked (their API files) but not lowered: the shims implement them.
 */
public final class Translator {
    private Translator() {}

    /**
     * The Java class that holds package {@code pkg}'s functions. When the package declares a
     * type whose Java class would have the same name ({@code time.Time}, {@code context.Context}),
     * the package class takes a trailing {@code _} ({@code go.time.Time_}); see
     * {@link JavaNames#packageClass(String, java.util.Set)}.
     */
    public static String classOf(Package pkg, boolean standard) {
        return JavaNames.javaPackage(pkg.path(), pkg.name(), standard || pkg.isBundled()) + "." + packageClassName(pkg);
    }

    /** The simple name of a checked package's class: {@code Strings}, {@code Time_} (see {@link #classOf}). */
    public static String packageClassName(Package pkg) {
        Set<String> typeClasses = new HashSet<>();
        pkg.scope().objects().forEach((name, obj) -> {
            if (obj instanceof dev.goloom.types.TypeName) {
                typeClasses.add(JavaNames.identifier(name));
            }
        });
        return JavaNames.packageClass(pkg.name(), typeClasses);
    }

    /** The result of checking a program: every package, and which of them the shims implement. */
    public record CheckedProgram(Map<String, Package> byPath, Set<Package> standard, List<CheckedPackage> translated) {}

    /** Type-checks {@code packages} in order; returns null after reporting errors. */
    public static CheckedProgram check(List<SourcePackage> packages, Diagnostics diags) {
        Map<String, Package> byPath = new HashMap<>();
        Set<Package> standard = new HashSet<>();
        List<CheckedPackage> checked = new ArrayList<>();
        for (SourcePackage sp : packages) {
            Package pkg = new Package(sp.importPath(), sp.name(), sp.standard());
            if (sp.bundled()) {
                pkg.markBundled();
            }
            CheckedPackage cp = Checker.check(pkg, sp.files(), (path, pos) -> byPath.get(path), diags);
            // The checker accepts dot imports (goloom check std needs them); lowering knows those of
            // translated packages (a name then refers to another package's class), not yet of shims,
            // whose members follow other naming rules.
            sp.files().forEach(f -> f.imports().stream().filter(i -> i.name() != null && i.name().name().equals(".")
                            && (byPath.get(i.path()) == null || standard.contains(byPath.get(i.path()))))
                    .forEach(i -> diags.unsupported(i.pos(), "dot imports of standard packages")));
            if (diags.hasErrors()) {
                return null;
            }
            byPath.put(sp.importPath(), pkg);
            if (sp.standard()) {
                standard.add(pkg);
            } else {
                checked.add(cp);
            }
        }
        return new CheckedProgram(byPath, standard, checked);
    }

    /** Translates {@code packages}; returns the Java sources, or null after reporting errors. */
    public static List<JavaSource> translate(List<SourcePackage> packages, String programName, Diagnostics diags) {
        return translate(packages, programName, "", diags);
    }

    /**
     * Like {@link #translate(List, String, Diagnostics)}, with every translated (non-shim)
     * package's Java package placed below {@code javaPackagePrefix} (none when empty), so that
     * several programs can be compiled together (the conformance runner batches them).
     */
    public static List<JavaSource> translate(List<SourcePackage> packages, String programName,
                                             String javaPackagePrefix, Diagnostics diags) {
        return translate(packages, programName, p -> javaPackagePrefix.isEmpty()
                ? classOf(p, false) : javaPackagePrefix + "." + classOf(p, false), diags);
    }

    /**
     * Like {@link #translate(List, String, Diagnostics)}, with {@code classOfTranslated} naming
     * the Java class of every translated (non-shim) package; shim packages keep their classes.
     * The Maven plugin maps a module path to a Java package of the user's choice with it.
     */
    public static List<JavaSource> translate(List<SourcePackage> packages, String programName,
                                             java.util.function.Function<Package, String> classOfTranslated,
                                             Diagnostics diags) {
        Map<String, List<JavaSource>> byPackage = translateByPackage(packages, p -> programName, classOfTranslated, diags);
        return byPackage == null ? null : byPackage.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Translates {@code packages} as one program (several main packages may be among them, each
     * with its own {@code os.Args[0]}, {@code programNameOf}); returns each translated package's
     * Java sources by import path, in dependency order, the package class last in each; or null
     * after reporting errors. One call for a whole module gives every package the instances of
     * other packages' generics that it uses (they live with the generic).
     */
    public static Map<String, List<JavaSource>> translateByPackage(List<SourcePackage> packages,
                                             java.util.function.Function<Package, String> programNameOf,
                                             java.util.function.Function<Package, String> classOfTranslated,
                                             Diagnostics diags) {
        CheckedProgram program = check(packages, diags);
        if (program == null) {
            return null;
        }
        Map<String, Package> byPath = program.byPath();
        Set<Package> standard = program.standard();
        List<CheckedPackage> checked = program.translated();
        // Generic code is specialized per instance: every instance reachable from non-generic
        // code is known before lowering, so that the interfaces among them are too.
        GenericInstances generics = new GenericInstances(checked);
        generics.discover();
        ProgramInterfaces interfaces = ProgramInterfaces.of(byPath.values(), checked, generics);
        Map<Package, PackageLowering> lowerings = new java.util.LinkedHashMap<>();
        Map<Package, List<Package>> initBefore = PackageInitOrder.of(checked);
        for (CheckedPackage cp : checked) {
            List<Package> translatedImports = initBefore.get(cp.pkg());
            lowerings.put(cp.pkg(), PackageLowering.start(cp, p -> standard.contains(p) ? classOf(p, true) : classOfTranslated.apply(p),
                    translatedImports, programNameOf.apply(cp.pkg()), interfaces, generics, diags));
        }
        PackageLowering.finishAll(lowerings, generics, diags);
        List<List<CompilationUnit>> units = lowerings.values().stream().map(PackageLowering::units).toList();
        if (diags.hasErrors()) {
            return null;
        }
        Map<String, List<JavaSource>> out = new java.util.LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            List<String> names = checked.get(i).files().stream()
                    .map(f -> Path.of(f.path()).getFileName().toString()).toList();
            // A package's own class comes last (after its struct classes): the main class is the last source.
            List<CompilationUnit> pkgUnits = units.get(i);
            List<JavaSource> own = new ArrayList<>();
            for (CompilationUnit unit : pkgUnits.subList(1, pkgUnits.size())) {
                own.add(JavaEmitter.emit(unit, names));
            }
            own.add(JavaEmitter.emit(pkgUnits.getFirst(), names));
            out.put(checked.get(i).pkg().path(), own);
        }
        return out;
    }
}
