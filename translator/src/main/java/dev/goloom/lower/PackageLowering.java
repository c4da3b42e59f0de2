// Lowers one checked Go package to one Java compilation unit: a final class named after the package.
package dev.goloom.lower;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.comments.JavadocComment;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.MethodReferenceExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.TypeExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.IfStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ArrayType;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.VoidType;
import dev.goloom.diag.Diagnostics;
import dev.goloom.syntax.Decl;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoFile;
import dev.goloom.syntax.Spec;
import dev.goloom.types.CheckedPackage;
import dev.goloom.types.Func;
import dev.goloom.types.Package;
import dev.goloom.types.Type;
import dev.goloom.types.Var;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The class of a package holds its functions as static methods, its variables as static
 * fields, and {@code initPackage()}, which initializes imported translated packages first,
 * then the variables in the checker's order, then the {@code init} functions, once. A main
 * package also gets {@code public static void main(String[])}, which hands over to
 * {@link dev.goloom.runtime.GoProgram}.
 */
public final class PackageLowering {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final StmtLowering stmts;
    private final FunctionLowering functions;
    private final StructLowering structs;
    /** The compilation units besides the package class: one per struct type. */
    private final List<CompilationUnit> structUnits = new ArrayList<>();
    private final List<Package> translatedImports;
    private final String programName;

    private PackageLowering(LoweringContext ctx, List<Package> translatedImports, String programName) {
        this.ctx = ctx;
        this.exprs = new ExprLowering(ctx);
        this.stmts = new StmtLowering(ctx, exprs);
        this.functions = new FunctionLowering(ctx, exprs, stmts);
        this.stmts.functions = functions;
        this.structs = new StructLowering(ctx, functions);
        this.translatedImports = translatedImports;
        this.programName = programName;
    }

    /**
     * Lowers {@code checked} into compilation units, with the instances of its own generics it
     * uses (tests that lower one package alone). {@code classOf} names the Java class of any
     * package; {@code translatedImports} are imports that need {@code initPackage()}.
     */
    public static List<CompilationUnit> lower(CheckedPackage checked, Function<Package, String> classOf,
                                        List<Package> translatedImports, String programName,
                                        ProgramInterfaces interfaces, Diagnostics diags) {
        GenericInstances generics = new GenericInstances(List.of(checked));
        generics.discover();
        PackageLowering lowering = start(checked, classOf, translatedImports, programName, interfaces, generics, diags);
        finishAll(java.util.Map.of(checked.pkg(), lowering), generics, diags);
        return lowering.units();
    }

    /**
     * Lowers the non-generic declarations of {@code checked}; the instances of generic code
     * come later ({@link #finishAll}), once every package has registered the ones it uses.
     */
    public static PackageLowering start(CheckedPackage checked, Function<Package, String> classOf,
                                 List<Package> translatedImports, String programName,
                                 ProgramInterfaces interfaces, GenericInstances generics, Diagnostics diags) {
        String qualified = classOf.apply(checked.pkg());
        int dot = qualified.lastIndexOf('.');
        CompilationUnit unit = new CompilationUnit();
        if (dot > 0) {
            unit.setPackageDeclaration(qualified.substring(0, dot));
        }
        LoweringContext ctx = new LoweringContext(checked, diags, unit, classOf);
        ctx.interfaces = interfaces;
        ctx.generics = generics;
        PackageLowering lowering = new PackageLowering(ctx, translatedImports, programName);
        lowering.build(qualified.substring(dot + 1));
        return lowering;
    }

    /**
     * Lowers every registered instance of generic code into the package that declares its
     * generic, until lowering them registers no more, then the anonymous struct classes met.
     */
    public static void finishAll(java.util.Map<Package, PackageLowering> lowerings, GenericInstances generics, Diagnostics diags) {
        boolean more = true;
        while (more) {
            for (Object next = generics.next(); next != null; next = generics.next()) {
                Package home = next instanceof GenericInstances.FuncInstance fi ? fi.generic().pkg()
                        : ((GenericInstances.TypeInstance) next).type().obj().pkg();
                PackageLowering pl = lowerings.get(home);
                if (pl != null) {
                    pl.lowerInstance(next);
                }
            }
            more = false;
            for (PackageLowering pl : lowerings.values()) {
                more |= pl.flushAnonymousStructs();
            }
        }
        lowerings.values().forEach(PackageLowering::flushMethodDescriptors);
        for (dev.goloom.types.Obj o : generics.runaway()) {
            diags.error(o.pos(), "instantiation cycle");
        }
    }

    /** The package's compilation units: its class first, then the classes of its types. */
    public List<CompilationUnit> units() {
        List<CompilationUnit> units = new ArrayList<>();
        units.add(ctx.unit);
        units.addAll(structUnits);
        return units;
    }

    private void build(String className) {
        Package pkg = ctx.checked.pkg();
        ctx.className = className;
        List<dev.goloom.syntax.Stmt> bodies = new ArrayList<>();
        for (GoFile file : ctx.checked.files()) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Func f && f.body() != null) {
                    bodies.add(f.body()); // generic ones too: they assign the same package variables
                }
            }
        }
        ctx.mutatedPackageVars = EvaluationOrder.mutated(bodies, ctx.info);
        List<LocalTypes.Local> localTypes = LocalTypes.of(ctx.checked.files(), ctx.info, packageTypeNames());
        localTypes.removeIf(l -> !GenericInstances.concrete(l.type().underlying()));
        ctx.localTypeNames = LocalTypes.names(localTypes);
        ctx.generics.localTypeNames.putAll(ctx.localTypeNames);
        // Program-wide: another package's calls of these methods must take the static form too.
        ctx.nilAwareMethods = ctx.generics.nilAwareMethods();
        ctx.nilAwareMethods.addAll(NilReceivers.of(ctx.checked.files(), ctx.info));
        ClassOrInterfaceDeclaration cls = ctx.unit.addClass(className, Modifier.Keyword.PUBLIC, Modifier.Keyword.FINAL);
        packageClass = cls;
        cls.setJavadocComment("Go package {@code " + pkg.name() + "} (\"" + pkg.path() + "\"), translated by goloom.");
        cls.addMember(new ConstructorDeclaration().setName(className).addModifier(Modifier.Keyword.PRIVATE));

        cls.addFieldWithInitializer(com.github.javaparser.ast.type.PrimitiveType.booleanType(), "initialized",
                new BooleanLiteralExpr(false), Modifier.Keyword.PRIVATE, Modifier.Keyword.STATIC);
        BlockStmt init = new BlockStmt();
        for (Package imp : translatedImports) {
            init.addStatement(new MethodCallExpr(new NameExpr(ctx.use(ctx.classOf.apply(imp))), "initPackage"));
        }
        // Fields in declaration order; initializers in Go's initialization order.
        for (GoFile file : ctx.checked.files()) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Gen g && g.keyword().equals("var")) {
                    g.specs().forEach(s -> packageFields(cls, (Spec.Value) s));
                }
            }
        }
        for (Spec.Value spec : ctx.checked.initOrder()) {
            packageVarInit(spec, init);
        }
        List<String> initFuncs = new ArrayList<>();
        java.util.Map<Type.Named, List<Decl.Func>> methods = new java.util.LinkedHashMap<>();
        for (GoFile file : ctx.checked.files()) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Func f && ctx.info.defs.get(f.name()) instanceof Func fn && GenericInstances.isGeneric(fn)) {
                    continue; // lowered per instance (lowerInstance)
                }
                if (d instanceof Decl.Func f && f.isMethod()) {
                    if (ctx.info.defs.get(f.name()) instanceof Func m && m.receiver() != null) {
                        Type base = m.receiver().type() instanceof Type.Pointer p ? p.elem() : m.receiver().type();
                        methods.computeIfAbsent((Type.Named) base, k -> new ArrayList<>()).add(f);
                    }
                } else if (d instanceof Decl.Func f) {
                    MethodDeclaration m = function(cls, f, initFuncs.size());
                    if (f.name().name().equals("init")) {
                        initFuncs.add(m.getNameAsString());
                    }
                }
            }
        }
        // Named types: struct types get classes of their own; the others a descriptor and static methods here.
        for (GoFile file : ctx.checked.files()) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Gen g && g.keyword().equals("type")) {
                    for (Spec s : g.specs()) {
                        Spec.Type ts = (Spec.Type) s;
                        if (!(ctx.info.defs.get(ts.name()) instanceof dev.goloom.types.TypeName tn) || !(tn.type() instanceof Type.Named n)
                                || n.isGeneric() || n.obj() != tn) {
                            continue; // aliases have no class; generic types are lowered per instance (lowerInstance)
                        }
                        List<Decl.Func> ms = methods.getOrDefault(n, List.of());
                        if (n.underlying() instanceof Type.Interface i && GenericInstances.constraintOnly(i)) {
                            continue; // a constraint: no value has this type
                        }
                        if (n.underlying() instanceof Type.Struct) {
                            structUnits.add(structs.lower(n, ts.doc(), ms));
                        } else if (n.underlying() instanceof Type.Interface i && !i.isEmpty()) {
                            namedTypeDescriptor(cls, n);
                            structUnits.add(new InterfaceLowering(ctx, functions).declaration(n, ts.doc()));
                        } else {
                            namedTypeDescriptor(cls, n);
                            for (Decl.Func f : ms) {
                                staticMethod(cls, f);
                            }
                            CompilationUnit valueClass = new InterfaceLowering(ctx, functions).namedValueClass(n);
                            if (valueClass != null) {
                                structUnits.add(valueClass);
                            }
                        }
                    }
                }
            }
        }
        // Unnamed interface types this package is the first to use (see ProgramInterfaces).
        ctx.interfaces.unnamed().forEach((type, where) -> {
            if (where.home() == pkg) {
                structUnits.add(new InterfaceLowering(ctx, functions).declaration(type, null));
            }
        });
        for (LocalTypes.Local local : localTypes) {
            if (local.type().underlying() instanceof Type.Struct) {
                structUnits.add(structs.lower(local.type(), local.doc(), List.of()));
            } else if (local.type().underlying() instanceof Type.Interface i && !i.isEmpty()) {
                namedTypeDescriptor(cls, local.type());
                structUnits.add(new InterfaceLowering(ctx, functions).declaration(local.type(), local.doc()));
            } else {
                namedTypeDescriptor(cls, local.type());
            }
        }
        flushAnonymousStructs();
        initFuncs.forEach(name -> init.addStatement(new MethodCallExpr(name)));
        initMethod(cls, init);
        if (pkg.name().equals("main")) {
            javaMain(cls, className);
        }
    }

    /** How many of the anonymous struct types met so far have their class. */
    private int anonymousLowered;

    /**
     * Lowers the classes of the anonymous struct types met since the last call (any lowering
     * may meet one, and each class may meet more); whether there were any.
     */
    private boolean flushAnonymousStructs() {
        boolean any = false;
        AnonymousStructs registry = ctx.generics.anonymousStructs;
        for (; anonymousLowered < registry.size(); anonymousLowered++) {
            AnonymousStructs.Entry e = registry.entry(anonymousLowered);
            if (e.home() == ctx.checked.pkg()) {
                structUnits.add(structs.lowerAnonymous(e.type(), ctx.anonymousStructClassName(e.type())));
                any = true;
            }
        }
        return any;
    }

    // ---- Instances of generic code -----------------------------------------------------------------

    /** The package class being generated. */
    private ClassOrInterfaceDeclaration packageClass;

    /**
     * Lowers one instance of this package's generic code: a function instance becomes a static
     * method of the package class; a type instance a class (struct), a Java interface, or a
     * descriptor with static methods, as a non-generic type of the same kind would.
     */
    private void lowerInstance(Object instance) {
        switch (instance) {
            case GenericInstances.FuncInstance fi -> {
                var s = fi.spec();
                if (!accepted(s, fi.generic().name() + typeArgList(fi.typeArgs()))) {
                    return;
                }
                PackageLowering sub = specialized(s.info(), List.of(s), fi.javaName());
                MethodDeclaration m = packageClass.addMethod(fi.javaName(), Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC);
                String generic = s.decl().doc() != null ? s.decl().doc() + "\n\n" : "";
                m.setJavadocComment(generic + "Instance {@code " + fi.generic().name() + typeArgList(fi.typeArgs()) + "}.");
                sub.functions.function(m, s.decl(), s.func().type(), null, false);
            }
            case GenericInstances.TypeInstance ti -> {
                Type.Named n = ti.type();
                for (var s : ti.methods()) {
                    if (!accepted(s, n + "." + s.func().name())) {
                        return;
                    }
                }
                dev.goloom.types.Info merged = mergedInfo(ti.methods());
                List<Decl.Func> decls = ti.methods().stream().map(dev.goloom.types.Specializer.Specialization::decl).toList();
                PackageLowering sub = specialized(merged, ti.methods(), ti.javaName());
                Spec.Type spec = typeSpecOf(n.origin());
                String doc = (spec != null && spec.doc() != null ? spec.doc() + "\n\n" : "") + "Instance {@code " + n + "}.";
                if (n.underlying() instanceof Type.Struct) {
                    structUnits.add(sub.structs.lower(n, doc, decls));
                } else if (n.underlying() instanceof Type.Interface i && !i.isEmpty()) {
                    sub.namedTypeDescriptor(packageClass, n);
                    structUnits.add(new InterfaceLowering(sub.ctx, sub.functions).declaration(n, doc));
                } else {
                    sub.namedTypeDescriptor(packageClass, n);
                    for (Decl.Func f : decls) {
                        sub.staticMethod(packageClass, f);
                    }
                    CompilationUnit valueClass = new InterfaceLowering(sub.ctx, sub.functions).namedValueClass(n);
                    if (valueClass != null) {
                        structUnits.add(valueClass);
                    }
                }
            }
            default -> throw new IllegalArgumentException("not an instance: " + instance);
        }
    }

    /** {@code [int, string]}: type arguments as Go writes them. */
    private static String typeArgList(List<Type> args) {
        return "[" + String.join(", ", args.stream().map(Type::toString).toList()) + "]";
    }

    /** Reports what the concrete check of a specialization found (as unsupported: valid generic code); whether it is clean. */
    private boolean accepted(dev.goloom.types.Specializer.Specialization s, String what) {
        for (var e : s.errors()) {
            ctx.unsupported(e.pos(), "instance " + what + ": " + e.message());
        }
        return s.errors().isEmpty();
    }

    /** The side tables of several specializations (of disjoint declarations) as one. */
    private static dev.goloom.types.Info mergedInfo(List<dev.goloom.types.Specializer.Specialization> specs) {
        if (specs.size() == 1) {
            return specs.getFirst().info();
        }
        dev.goloom.types.Info merged = new dev.goloom.types.Info();
        for (var s : specs) {
            var i = s.info();
            merged.types.putAll(i.types);
            merged.defs.putAll(i.defs);
            merged.uses.putAll(i.uses);
            merged.scopes.putAll(i.scopes);
            merged.selections.putAll(i.selections);
            merged.commaOk.addAll(i.commaOk);
            merged.captures.putAll(i.captures);
            merged.implicits.putAll(i.implicits);
            merged.instances.putAll(i.instances);
        }
        return merged;
    }

    /**
     * A lowering of this package for specialized declarations ({@code info}: their side
     * tables), whose local types are named after {@code outer} and lowered here.
     */
    private PackageLowering specialized(dev.goloom.types.Info info, List<dev.goloom.types.Specializer.Specialization> specs,
                                        String outer) {
        List<LocalTypes.Local> locals = new ArrayList<>();
        java.util.Set<String> taken = packageTypeNames();
        for (var s : specs) {
            locals.addAll(LocalTypes.of(s.decl(), info, outer, taken));
        }
        LoweringContext sctx = ctx.forSpecialization(info, LocalTypes.names(locals));
        PackageLowering sub = new PackageLowering(sctx, translatedImports, programName);
        sub.packageClass = packageClass;
        sub.methodDescriptors = methodDescriptors;
        sub.deferredDefinitions = deferredDefinitions;
        for (LocalTypes.Local local : locals) {
            if (!local.type().typeParams().isEmpty()) {
                continue; // a local generic type: only its instances are types
            }
            if (local.type().underlying() instanceof Type.Struct) {
                structUnits.add(sub.structs.lower(local.type(), local.doc(), List.of()));
            } else {
                sub.namedTypeDescriptor(packageClass, local.type());
            }
        }
        return sub;
    }

    /** The declaration of generic type {@code n}. */
    private Spec.Type typeSpecOf(Type.Named n) {
        for (GoFile file : ctx.checked.files()) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Gen g && g.keyword().equals("type")) {
                    for (Spec sp : g.specs()) {
                        if (sp instanceof Spec.Type ts && ctx.checked.info().defs.get(ts.name()) == n.obj()) {
                            return ts;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** The names of the package-level types: local types must not take them. */
    private java.util.Set<String> packageTypeNames() {
        java.util.Set<String> names = new java.util.HashSet<>();
        for (GoFile file : ctx.checked.files()) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Gen g && g.keyword().equals("type")) {
                    g.specs().forEach(s -> names.add(((Spec.Type) s).name().name()));
                }
            }
        }
        return names;
    }

    private void packageFields(ClassOrInterfaceDeclaration cls, Spec.Value spec) {
        for (Expr.Ident id : spec.names()) {
            if (!(ctx.info.defs.get(id) instanceof Var v) || id.name().equals("_")) {
                continue;
            }
            var type = ctx.javaTypes.of(v.type());
            if (type == null) {
                ctx.unsupported(id.pos(), "variables of type " + v.type());
                continue;
            }
            FieldDeclaration field = v.exported()
                    ? cls.addFieldWithInitializer(type, JavaNames.identifier(v.name()), ctx.javaTypes.zero(v.type()),
                            Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC)
                    : cls.addFieldWithInitializer(type, JavaNames.identifier(v.name()), ctx.javaTypes.zero(v.type()),
                            Modifier.Keyword.STATIC);
            if (spec.doc() != null) {
                field.setJavadocComment(spec.doc());
            }
        }
    }

    private void packageVarInit(Spec.Value spec, BlockStmt init) {
        Var conflict = EvaluationOrder.conflict(spec.values(), ctx.info, ctx.mutatedPackageVars);
        if (conflict != null) {
            // What gc evaluates first goes into temporaries before the assignments (GcOrder).
            List<Expr> hoisted = stmts.hoistUnlessConditionalConflict(
                    GcOrder.hoisted(spec.values(), spec.values().size() > 1, ctx.info), spec.pos(), conflict, "initializer", init);
            packageVarInitInJavaOrder(spec, init);
            if (!exprs.unhoist(hoisted)) {
                stmts.unsupportedOrder(spec.pos(), conflict, "initializer");
            }
            return;
        }
        packageVarInitInJavaOrder(spec, init);
    }

    private void packageVarInitInJavaOrder(Spec.Value spec, BlockStmt init) {
        if (spec.values().size() == 1 && spec.names().size() > 1) {
            stmts.packageDestructure(spec, init);
            return;
        }
        for (int i = 0; i < spec.names().size(); i++) {
            Expr.Ident id = spec.names().get(i);
            Type target = ctx.info.defs.get(id) instanceof Var v ? v.type() : ctx.info.typeOf(spec.values().get(i));
            var value = exprs.valueFor(spec.values().get(i), target);
            if (id.name().equals("_")) {
                init.addStatement(new com.github.javaparser.ast.expr.VariableDeclarationExpr(
                        new VariableDeclarator(new com.github.javaparser.ast.type.VarType(), "_", value)));
            } else {
                init.addStatement(new AssignExpr(new NameExpr(JavaNames.identifier(id.name())), value,
                        AssignExpr.Operator.ASSIGN));
            }
        }
    }

    private MethodDeclaration function(ClassOrInterfaceDeclaration cls, Decl.Func f, int initIndex) {
        Func fn = (Func) ctx.info.defs.get(f.name());
        Type.Signature sig = fn.type();
        String name = f.name().name().equals("init") ? (initIndex == 0 ? "init" : "init" + (initIndex + 1))
                : JavaNames.identifier(f.name().name());
        MethodDeclaration m = fn.exported() ? cls.addMethod(name, Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC)
                : f.name().name().equals("init") ? cls.addMethod(name, Modifier.Keyword.PRIVATE, Modifier.Keyword.STATIC)
                : cls.addMethod(name, Modifier.Keyword.STATIC);
        if (f.doc() != null) {
            m.setJavadocComment(f.doc());
        }
        functions.function(m, f, sig, null, false);
        return m;
    }

    /** A method of a non-struct named type: a static method taking the receiver first ({@code Celsius_String(c)}). */
    private void staticMethod(ClassOrInterfaceDeclaration cls, Decl.Func f) {
        Func m = (Func) ctx.info.defs.get(f.name());
        MethodDeclaration md = m.exported() ? cls.addMethod(ctx.staticMethodName(m), Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC)
                : cls.addMethod(ctx.staticMethodName(m), Modifier.Keyword.STATIC);
        if (f.doc() != null) {
            md.setJavadocComment(f.doc());
        }
        functions.function(md, f, m.type(), m.receiver(), true);
        registerFormattingMethod(cls, m);
    }

    /**
     * fmt finds String() and Error() of a named non-struct type through a registry (its values
     * are Java boxes, which cannot carry methods): {@code Methods.string(TYPE_Color, v -> Color_String((Long) v))}.
     */
    private void registerFormattingMethod(ClassOrInterfaceDeclaration cls, Func m) {
        boolean stringResult = m.type().params().size() == 0 && m.type().results().size() == 1
                && dev.goloom.types.Types.basicKind(m.type().results().at(0)).isString();
        if (!stringResult || !(m.name().equals("String") || m.name().equals("Error"))
                || m.receiver().type() instanceof Type.Pointer || !(m.receiver().type() instanceof Type.Named n)
                || n.underlying() instanceof Type.Interface) {
            return;
        }
        // Also with a Boxed subclass (InterfaceLowering): fmt meets elements of slices and maps unboxed.
        var param = new Parameter(new com.github.javaparser.ast.type.UnknownType(), "v");
        var call = new MethodCallExpr(null, ctx.staticMethodName(m), NodeList.nodeList(
                JavaPrecedence.cast(ctx.javaTypes.boxed(n), new NameExpr("v"))));
        var register = new MethodCallExpr(new NameExpr(ctx.use("go.fmt.Methods")), m.name().equals("String") ? "string" : "error",
                NodeList.nodeList(new NameExpr(ctx.namedTypeField(n)), new com.github.javaparser.ast.expr.LambdaExpr(
                        NodeList.nodeList(param), call)));
        cls.addMember(new com.github.javaparser.ast.body.InitializerDeclaration(true, new BlockStmt().addStatement(register)));
    }

    /** {@code public static final GoType.Named TYPE_Celsius}: the descriptor of a named non-struct type. */
    private void namedTypeDescriptor(ClassOrInterfaceDeclaration cls, Type.Named n) {
        String goType = ctx.use("dev.goloom.runtime.GoType");
        var namedType = new ClassOrInterfaceType(new ClassOrInterfaceType(null, goType), "Named");
        Package pkg = n.obj().pkg();
        var create = new com.github.javaparser.ast.expr.ObjectCreationExpr(null, namedType.clone(), NodeList.nodeList(
                ConstantLiterals.text(TypeDescriptors.linkPath(pkg)), ConstantLiterals.text(pkg.name()), ConstantLiterals.text(GenericInstances.goName(n))));
        Type u = n.underlying();
        com.github.javaparser.ast.expr.Expression descriptor;
        if (mentionsNamedNonStruct(u, new java.util.HashSet<>())) {
            // type F func() F, type A []B: the descriptors it names may not exist yet, so the
            // underlying type is defined at the end of the class, once every descriptor field does.
            descriptor = create;
            deferredDefinitions.add(new ExpressionStmt(new MethodCallExpr(new NameExpr(ctx.namedTypeField(n)), "define",
                    NodeList.nodeList(ctx.descriptors.of(u)))));
        } else {
            descriptor = new MethodCallExpr(create, "define", NodeList.nodeList(ctx.descriptors.of(u)));
        }
        cls.addFieldWithInitializer(namedType, ctx.namedTypeField(n), descriptor,
                Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC, Modifier.Keyword.FINAL);
        if (n.methods().stream().anyMatch(m -> m.exported())) {
            // reflect's Method(i) needs the method set; the package class holds the static T_M methods.
            // Registered after every descriptor field exists: signatures name this and other types.
            methodDescriptors.add(new ExpressionStmt(ctx.descriptors.withMethods(new NameExpr(ctx.namedTypeField(n)), n,
                    cls.getNameAsString())));
        }
    }

    /** Whether type {@code t} names a named non-struct, non-interface type (whose descriptor is a package-class field). */
    private static boolean mentionsNamedNonStruct(Type t, java.util.Set<Type> seen) {
        if (!seen.add(t)) {
            return false;
        }
        return switch (t) {
            case Type.Named n -> !(n.underlying() instanceof Type.Struct) && !(n.underlying() instanceof Type.Interface)
                    && n.obj() != null && n.obj().pkg() != null;
            case Type.Signature sig -> sig.params().vars().stream().anyMatch(v -> mentionsNamedNonStruct(v.type(), seen))
                    || sig.results().vars().stream().anyMatch(v -> mentionsNamedNonStruct(v.type(), seen));
            case Type.Chan ch -> mentionsNamedNonStruct(ch.elem(), seen);
            case Type.MapType m -> mentionsNamedNonStruct(m.key(), seen) || mentionsNamedNonStruct(m.value(), seen);
            case Type.Pointer p -> mentionsNamedNonStruct(p.elem(), seen);
            case Type.Slice sl -> mentionsNamedNonStruct(sl.elem(), seen);
            case Type.Array a -> mentionsNamedNonStruct(a.elem(), seen);
            default -> false;
        };
    }

    /** Underlying types of named non-struct types that name others, defined at the end of the class (see namedTypeDescriptor). */
    private List<com.github.javaparser.ast.stmt.Statement> deferredDefinitions = new ArrayList<>();
    /** The method sets of the package's named non-struct types, registered at the end of the class (see namedTypeDescriptor). */
    private List<com.github.javaparser.ast.stmt.Statement> methodDescriptors = new ArrayList<>();

    /** Adds the definitions and method-set registrations gathered so far as a static initializer at the end of the package class. */
    private void flushMethodDescriptors() {
        if (!methodDescriptors.isEmpty() || !deferredDefinitions.isEmpty()) {
            BlockStmt block = new BlockStmt();
            deferredDefinitions.forEach(block::addStatement);
            deferredDefinitions.clear();
            methodDescriptors.forEach(block::addStatement);
            methodDescriptors.clear();
            packageClass.addMember(new com.github.javaparser.ast.body.InitializerDeclaration(true, block));
        }
    }

    private void initMethod(ClassOrInterfaceDeclaration cls, BlockStmt body) {
        BlockStmt guarded = new BlockStmt();
        guarded.addStatement(new IfStmt(new NameExpr("initialized"), new BlockStmt().addStatement(new ReturnStmt()), null));
        guarded.addStatement(new AssignExpr(new NameExpr("initialized"), new BooleanLiteralExpr(true), AssignExpr.Operator.ASSIGN));
        body.getStatements().forEach(guarded::addStatement);
        MethodDeclaration m = cls.addMethod("initPackage", Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC);
        m.setJavadocComment("Initializes this package once: imported packages, then variables, then init functions.");
        m.setBody(guarded);
    }

    private void javaMain(ClassOrInterfaceDeclaration cls, String className) {
        MethodDeclaration m = cls.addMethod("main", Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC);
        m.addParameter(new Parameter(new ArrayType(new ClassOrInterfaceType(null, "String")), "args"));
        String program = ctx.use("dev.goloom.runtime.GoProgram");
        m.setBody(new BlockStmt().addStatement(new ExpressionStmt(new MethodCallExpr(new NameExpr(program), "run",
                NodeList.nodeList(ConstantLiterals.string(programName), new NameExpr("args"),
                        new MethodReferenceExpr(new TypeExpr(new ClassOrInterfaceType(null, className)), null, "initPackage"),
                        new MethodReferenceExpr(new TypeExpr(new ClassOrInterfaceType(null, className)), null, "main"))))));
        m.setJavadocComment("Runs the Go program: see {@link GoProgram#run}.");
    }
}
