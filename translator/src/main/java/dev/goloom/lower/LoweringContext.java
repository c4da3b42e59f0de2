// State shared by the lowering passes of one package: checker results, names, imports, errors.
package dev.goloom.lower;

import com.github.javaparser.ast.CompilationUnit;
import dev.goloom.diag.Diagnostics;
import dev.goloom.diag.Pos;
import dev.goloom.types.CheckedPackage;
import dev.goloom.types.Info;
import dev.goloom.types.Package;
import java.util.function.Function;

final class LoweringContext {
    final CheckedPackage checked;
    final Info info;
    final Diagnostics diags;
    final CompilationUnit unit;
    /** The Java class (package-qualified) of each Go package, by import path. */
    final Function<Package, String> classOf;
    /** Names of locals in the method being lowered. */
    LocalNames locals = new LocalNames();
    /** Go names declared locally anywhere in the function being lowered (see LocalDeclarations). */
    java.util.Set<String> localGoNames = java.util.Set.of();
    /** Package variables that some function of the package assigns (see EvaluationOrder). */
    java.util.Set<dev.goloom.types.Var> mutatedPackageVars = java.util.Set.of();
    /** The simple name of the class being generated. */
    String className = "";

    LoweringContext(CheckedPackage checked, Diagnostics diags, CompilationUnit unit, Function<Package, String> classOf) {
        this.checked = checked;
        this.info = checked.info();
        this.diags = diags;
        this.unit = unit;
        this.classOf = classOf;
    }

    void unsupported(Pos pos, String what) {
        diags.unsupported(pos, what);
    }

    /** Imports {@code qualifiedName} and returns its simple name for use in code. */
    String use(String qualifiedName) {
        String simple = qualifiedName.substring(qualifiedName.lastIndexOf('.') + 1);
        String pkg = qualifiedName.contains(".") ? qualifiedName.substring(0, qualifiedName.lastIndexOf('.')) : "";
        boolean samePackage = unit.getPackageDeclaration().map(p -> p.getNameAsString().equals(pkg)).orElse(pkg.isEmpty());
        if (!samePackage && !pkg.equals("java.lang")) {
            unit.addImport(qualifiedName);
        }
        return simple;
    }
}
