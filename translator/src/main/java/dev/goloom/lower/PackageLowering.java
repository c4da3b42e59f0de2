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
    private final List<Package> translatedImports;
    private final String programName;

    private PackageLowering(LoweringContext ctx, List<Package> translatedImports, String programName) {
        this.ctx = ctx;
        this.exprs = new ExprLowering(ctx);
        this.stmts = new StmtLowering(ctx, exprs);
        this.translatedImports = translatedImports;
        this.programName = programName;
    }

    /**
     * Lowers {@code checked} into a compilation unit. {@code classOf} names the Java class of
     * any package; {@code translatedImports} are imports that need {@code initPackage()}.
     */
    public static CompilationUnit lower(CheckedPackage checked, Function<Package, String> classOf,
                                        List<Package> translatedImports, String programName, Diagnostics diags) {
        String qualified = classOf.apply(checked.pkg());
        int dot = qualified.lastIndexOf('.');
        CompilationUnit unit = new CompilationUnit();
        if (dot > 0) {
            unit.setPackageDeclaration(qualified.substring(0, dot));
        }
        LoweringContext ctx = new LoweringContext(checked, diags, unit, classOf);
        new PackageLowering(ctx, translatedImports, programName).build(qualified.substring(dot + 1));
        return unit;
    }

    private void build(String className) {
        Package pkg = ctx.checked.pkg();
        ctx.className = className;
        List<dev.goloom.syntax.Stmt> bodies = new ArrayList<>();
        for (GoFile file : ctx.checked.files()) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Func f && f.body() != null) {
                    bodies.add(f.body());
                }
            }
        }
        ctx.mutatedPackageVars = EvaluationOrder.mutated(bodies, ctx.info);
        ClassOrInterfaceDeclaration cls = ctx.unit.addClass(className, Modifier.Keyword.PUBLIC, Modifier.Keyword.FINAL);
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
        for (GoFile file : ctx.checked.files()) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Func f && !f.isMethod()) {
                    MethodDeclaration m = function(cls, f, initFuncs.size());
                    if (f.name().name().equals("init")) {
                        initFuncs.add(m.getNameAsString());
                    }
                }
            }
        }
        initFuncs.forEach(name -> init.addStatement(new MethodCallExpr(name)));
        initMethod(cls, init);
        if (pkg.name().equals("main")) {
            javaMain(cls, className);
        }
    }

    private void packageFields(ClassOrInterfaceDeclaration cls, Spec.Value spec) {
        for (Expr.Ident id : spec.names()) {
            if (!(ctx.info.defs.get(id) instanceof Var v) || id.name().equals("_")) {
                continue;
            }
            var type = JavaTypes.of(v.type());
            if (type == null) {
                ctx.unsupported(id.pos(), "variables of type " + v.type());
                continue;
            }
            FieldDeclaration field = v.exported()
                    ? cls.addFieldWithInitializer(type, JavaNames.identifier(v.name()), JavaTypes.zero(v.type()),
                            Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC)
                    : cls.addFieldWithInitializer(type, JavaNames.identifier(v.name()), JavaTypes.zero(v.type()),
                            Modifier.Keyword.STATIC);
            if (spec.doc() != null) {
                field.setJavadocComment(spec.doc());
            }
        }
    }

    private void packageVarInit(Spec.Value spec, BlockStmt init) {
        Var conflict = EvaluationOrder.conflict(spec.values(), ctx.info, ctx.mutatedPackageVars);
        if (conflict != null) {
            ctx.unsupported(spec.pos(), "reading package variable " + conflict.name()
                    + " in an initializer that also calls a function (gc's evaluation order)");
        }
        if (spec.values().size() != spec.names().size()) {
            ctx.unsupported(spec.pos(), "variables initialized from a call with several results");
            return;
        }
        for (int i = 0; i < spec.names().size(); i++) {
            Expr.Ident id = spec.names().get(i);
            var value = exprs.lower(spec.values().get(i));
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
        if (sig.results().size() == 0) {
            m.setType(new VoidType());
        } else if (sig.results().size() == 1) {
            m.setType(javaType(sig.results().at(0), f));
        } else {
            ctx.unsupported(f.pos(), "functions with several results");
            m.setType(new VoidType());
        }
        if (sig.variadic()) {
            ctx.unsupported(f.pos(), "variadic functions");
        }
        ctx.locals = new LocalNames();
        ctx.localGoNames = LocalDeclarations.of(f.type().params(), f.body());
        for (Var p : sig.params().vars()) {
            String pname = p.name().isEmpty() || p.name().equals("_") ? "unused$" + m.getParameters().size()
                    : ctx.locals.declare(p);
            m.addParameter(new Parameter(javaType(p.type(), f), pname));
        }
        for (Var r : sig.results().vars()) {
            if (!r.name().isEmpty()) {
                ctx.unsupported(f.pos(), "named results");
            }
        }
        if (f.body() == null) {
            ctx.unsupported(f.pos(), "function declarations without body");
            return m;
        }
        m.setBody(stmts.block(f.body()));
        return m;
    }

    private com.github.javaparser.ast.type.Type javaType(Type t, Decl.Func f) {
        var jt = JavaTypes.of(t);
        if (jt == null) {
            ctx.unsupported(f.pos(), "type " + t);
            return new ClassOrInterfaceType(null, "Object");
        }
        return jt;
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
