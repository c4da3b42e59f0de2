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
    /** The program's named interfaces, for the Java interfaces each type implements. */
    ProgramInterfaces interfaces = ProgramInterfaces.NONE;
    /** The compilation unit being generated (imports go there). */
    CompilationUnit unit;
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
    /** Go types as Java types. */
    final JavaTypes javaTypes = new JavaTypes(this);
    /** Run-time type descriptors. */
    final TypeDescriptors descriptors = new TypeDescriptors(this);
    /** Conversion to interface values. */
    final Boxing boxing = new Boxing(this);
    /** How each local of the function being lowered is stored (plain, cell, in-place struct). */
    LocalStorage storage = LocalStorage.NONE;
    /** Where the statement or declaration being lowered is (for unsupported types found deep inside). */
    Pos currentPos = Pos.NONE;
    /** The function whose body is being lowered (results, defer frame). */
    FunctionLowering.Frame frame;
    /** False while lowering members of a struct class: package variables are then qualified. */
    boolean inPackageClass = true;
    /** Counter for temporaries of the method being lowered. */
    private int temps;

    /** A fresh temporary name for the method being lowered ({@code t$1}, {@code t$2}, ...). */
    String temp(String base) {
        return base + "$" + (++temps);
    }

    LoweringContext(CheckedPackage checked, Diagnostics diags, CompilationUnit unit, Function<Package, String> classOf) {
        this.checked = checked;
        this.info = checked.info();
        this.diags = diags;
        this.unit = unit;
        this.classOf = classOf;
    }

    /** The qualified Java class of a named struct type: its package's Java package, the Go name. */
    String structClassName(dev.goloom.types.Type.Named n) {
        String pkgClass = classOf.apply(n.obj().pkg());
        int dot = pkgClass.lastIndexOf('.');
        String simple = JavaNames.identifier(n.obj().name());
        return dot < 0 ? simple : pkgClass.substring(0, dot + 1) + simple;
    }

    /**
     * The qualified Java interface of a named, non-empty interface type: declared beside its
     * package class, except the interfaces the runtime and fmt already define.
     */
    String interfaceClassName(dev.goloom.types.Type.Named n) {
        if (n == dev.goloom.types.Universe.ERROR) {
            return "dev.goloom.runtime.GoError";
        }
        if (n.obj().pkg() != null && n.obj().pkg().isShim() && n.obj().pkg().path().equals("fmt")) {
            switch (n.obj().name()) {
                case "Stringer" -> { return "dev.goloom.runtime.GoStringer"; }
                case "GoStringer" -> { return "go.fmt.GoSyntaxStringer"; }
                default -> { }
            }
        }
        return structClassName(n);
    }

    /** The static field of the package class that holds a named non-struct type's descriptor. */
    String namedTypeField(dev.goloom.types.Type.Named n) {
        return "TYPE_" + n.obj().name();
    }

    /** The static method of the package class for a method of a non-struct named type: {@code Celsius_String}. */
    String staticMethodName(dev.goloom.types.Func m) {
        var t = m.receiver().type() instanceof dev.goloom.types.Type.Pointer p ? p.elem() : m.receiver().type();
        return ((dev.goloom.types.Type.Named) t).obj().name() + "_" + m.name();
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
