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
    /** The range-over-function loop whose body (a lambda) is being lowered, innermost; null outside one. */
    RangeFuncs.Loop rangeFunc;
    /** Append calls that gc serves from its stack buffer, with the buffer's length in elements ({@link StackAppends}). */
    final java.util.Map<dev.goloom.syntax.Expr.Call, StackAppends.Site> stackAppends = new java.util.IdentityHashMap<>();
    /** For stack-buffer sites of slices declared in loops: the boolean local holding gc's "used" flag. */
    final java.util.Map<dev.goloom.syntax.Expr.Call, String> stackAppendFlags = new java.util.IdentityHashMap<>();
    /** False while lowering members of a struct class: package variables are then qualified. */
    boolean inPackageClass = true;
    /** The Java names of types declared inside functions (see LocalTypes); package-level types keep their Go names. */
    java.util.Map<dev.goloom.types.Type.Named, String> localTypeNames = java.util.Map.of();
    /** Pointer methods of struct types that also exist as static methods, callable on nil (see NilReceivers). */
    java.util.Set<dev.goloom.types.Func> nilAwareMethods = java.util.Set.of();
    /** The program's instances of generic functions and types (see GenericInstances). */
    GenericInstances generics;
    /** Whether values of {@code t} are pointers to arrays held as views (slice objects; see ArrayViews). */
    boolean isArrayView(dev.goloom.types.Type t) {
        return generics != null && generics.arrayViews.isView(t);
    }

    /** Counter for temporaries of the method being lowered. */
    private int temps;

    /** A fresh temporary name for the method being lowered ({@code t$1}, {@code t$2}, ...). */
    String temp(String base) {
        return base + "$" + (++temps);
    }

    LoweringContext(CheckedPackage checked, Diagnostics diags, CompilationUnit unit, Function<Package, String> classOf) {
        this(checked, checked.info(), diags, unit, classOf);
    }

    private LoweringContext(CheckedPackage checked, Info info, Diagnostics diags, CompilationUnit unit,
                            Function<Package, String> classOf) {
        this.checked = checked;
        this.info = info;
        this.diags = diags;
        this.unit = unit;
        this.classOf = classOf;
    }

    /**
     * A context for lowering one specialization of generic code ({@code info}: its side tables)
     * into the same package class and output as this package's context.
     */
    LoweringContext forSpecialization(Info specialized, java.util.Map<dev.goloom.types.Type.Named, String> moreLocalTypes) {
        LoweringContext c = new LoweringContext(checked, specialized, diags, unit, classOf);
        c.interfaces = interfaces;
        c.mutatedPackageVars = mutatedPackageVars;
        c.className = className;
        c.localTypeNames = new java.util.IdentityHashMap<>(localTypeNames);
        c.localTypeNames.putAll(moreLocalTypes);
        c.nilAwareMethods = nilAwareMethods;
        c.generics = generics;
        return c;
    }

    /** The Java name of a function-local type: this package's, else another package's (see GenericInstances). */
    private String localName(dev.goloom.types.Type.Named n) {
        String own = localTypeNames.get(n);
        return own != null || generics == null ? own : generics.localTypeNames.get(n);
    }

    /** An instance of a generic type of a translated package (the shims' generic types are Java generics). */
    private static boolean isTranslatedInstance(dev.goloom.types.Type.Named n) {
        return n.isInstance() && n.obj().pkg() != null && !n.obj().pkg().isShim();
    }

    /** The qualified Java class of a named struct type: its package's Java package, the Go name. */
    String structClassName(dev.goloom.types.Type.Named n) {
        String pkgClass = classOf.apply(n.obj().pkg());
        int dot = pkgClass.lastIndexOf('.');
        String local = isTranslatedInstance(n) ? generics.typeName(n) : localName(n);
        String simple = local != null ? local : JavaNames.identifier(n.obj().name());
        return dot < 0 ? simple : pkgClass.substring(0, dot + 1) + simple;
    }

    /** The qualified Java class of an anonymous struct type (see AnonymousStructs). */
    String anonymousStructClassName(dev.goloom.types.Type.Struct st) {
        AnonymousStructs.Entry e = generics.anonymousStructs.register(st, checked.pkg());
        String pkgClass = classOf.apply(e.home());
        int dot = pkgClass.lastIndexOf('.');
        return dot < 0 ? e.simpleName() : pkgClass.substring(0, dot + 1) + e.simpleName();
    }

    /**
     * The qualified Java interface of a non-empty interface type: a named one's is declared
     * beside its package class (except the interfaces the runtime and fmt already define); an
     * unnamed one's in the first package that uses it (ProgramInterfaces).
     */
    String interfaceClassName(dev.goloom.types.Type t) {
        if (!(t instanceof dev.goloom.types.Type.Named n)) {
            if (interfaces.sameAsNamed(t) instanceof dev.goloom.types.Type.Named same) {
                return interfaceClassName(same);
            }
            ProgramInterfaces.Unnamed u = interfaces.unnamedOf(t);
            String pkgClass = classOf.apply(u.home());
            int dot = pkgClass.lastIndexOf('.');
            return dot < 0 ? u.name() : pkgClass.substring(0, dot + 1) + u.name();
        }
        if (n == dev.goloom.types.Universe.ERROR) {
            return "dev.goloom.runtime.GoError";
        }
        if (n.obj().pkg() != null && n.obj().pkg().isShim()) {
            String known = switch (n.obj().pkg().path() + "." + n.obj().name()) {
                case "fmt.Stringer" -> "dev.goloom.runtime.GoStringer";
                case "fmt.GoStringer" -> "go.fmt.GoSyntaxStringer";
                case "errors.unwrapper" -> "go.errors.Unwrapper";
                case "errors.multiUnwrapper" -> "go.errors.Unwrapper.Multi";
                case "errors.iser" -> "go.errors.Unwrapper.Is";
                case "errors.aser" -> "go.errors.Unwrapper.As";
                default -> null;
            };
            if (known != null) {
                return known;
            }
        }
        return structClassName(n);
    }

    /** The static field of the package class that holds a named non-struct type's descriptor. */
    String namedTypeField(dev.goloom.types.Type.Named n) {
        String local = isTranslatedInstance(n) ? generics.typeName(n) : localName(n);
        return "TYPE_" + (local != null ? local : n.obj().name());
    }

    /** The static method of the package class for a method of a non-struct named type: {@code Celsius_String}. */
    String staticMethodName(dev.goloom.types.Func m) {
        var t = (dev.goloom.types.Type.Named) (m.receiver().type() instanceof dev.goloom.types.Type.Pointer p ? p.elem() : m.receiver().type());
        return (isTranslatedInstance(t) ? generics.typeName(t) : t.obj().name()) + "_" + m.name();
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
            // Two classes of one simple name (io.Reader and strings.Reader, a user PathError and
            // fs.PathError): the one that would clash is written qualified.
            boolean clash = unit.getImports().stream().anyMatch(i -> !i.isAsterisk() && !i.isStatic()
                    && i.getName().getIdentifier().equals(simple) && !i.getNameAsString().equals(qualifiedName))
                    || declaredInThisPackage(simple);
            if (clash) {
                return qualifiedName;
            }
            unit.addImport(qualifiedName);
        } else if (samePackage && unit.getImports().stream().anyMatch(i -> !i.isAsterisk() && !i.isStatic()
                && i.getName().getIdentifier().equals(simple))) {
            return qualifiedName; // an imported class of this simple name would shadow ours (AnonStruct$1)
        }
        return simple;
    }

    /** Whether the package being lowered declares a Java class of this simple name (its own types). */
    private boolean declaredInThisPackage(String simple) {
        if (simple.equals(className) || classOf.apply(checked.pkg()).endsWith("." + simple)) {
            return true;
        }
        return checked.pkg().scope().lookupLocal(simple) instanceof dev.goloom.types.TypeName
                || generics.anonymousStructs.declares(checked.pkg(), simple);
    }
}
