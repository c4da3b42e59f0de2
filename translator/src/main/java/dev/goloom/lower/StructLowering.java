// Lowers a named struct type to its own Java class: fields, constructors, copy, set, equality and methods.
package dev.goloom.lower;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.FieldDeclaration;
import com.github.javaparser.ast.body.InitializerDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.AssignExpr;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.stmt.SwitchEntry;
import com.github.javaparser.ast.stmt.ThrowStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import com.github.javaparser.ast.type.VoidType;
import com.github.javaparser.ast.expr.SwitchExpr;
import dev.goloom.syntax.Decl;
import dev.goloom.types.Func;
import dev.goloom.types.Type;
import dev.goloom.types.Types;
import dev.goloom.types.Var;
import java.util.List;

/**
 * {@code type Point struct { X, Y int }} becomes
 * <pre>{@code
 * public final class Point implements GoStruct<Point> {
 *     public static final GoType.Named TYPE = ...;   // the run-time type descriptor
 *     public long X;
 *     public long Y;
 *     public Point() {}                              // the zero value
 *     public Point(long X, long Y) { ... }           // composite literals
 *     public Point copy() { ... }                    // Go's assignment copy
 *     public void set(Point v) { ... }               // *p = v: copies into this object
 *     equals / hashCode                              // when the struct is comparable (==)
 *     methods                                        // with value and pointer receivers alike
 * }
 * }</pre>
 * Struct-typed fields hold their own object for life (assignments copy into it), so a pointer
 * to a field ({@code &p.Inner}) stays valid.
 */
final class StructLowering {
    private final LoweringContext ctx;
    private final FunctionLowering functions;

    StructLowering(LoweringContext ctx, FunctionLowering functions) {
        this.ctx = ctx;
        this.functions = functions;
    }

    /** The class for {@code named}, with {@code methods} (declarations of its methods) as instance methods. */
    CompilationUnit lower(Type.Named named, String doc, List<Decl.Func> methods) {
        Type.Struct st = (Type.Struct) named.underlying();
        return unit(ctx.structClassName(named), st, doc != null ? doc : "Go type {@code " + named.obj().name() + "}.",
                cls -> descriptor(cls, named, st), Types.comparable(named), methods, named);
    }

    /** The class of an anonymous struct type (see AnonymousStructs): no name in its descriptor, no methods. */
    CompilationUnit lowerAnonymous(Type.Struct st, String qualified) {
        return unit(qualified, st, "Go's anonymous type {@code " + st + "}.", cls -> anonymousDescriptor(cls, st),
                Types.comparable(st), List.of(), null);
    }

    private CompilationUnit unit(String qualified, Type.Struct st, String doc,
                                 java.util.function.Consumer<ClassOrInterfaceDeclaration> descriptor,
                                 boolean comparable, List<Decl.Func> methods, Type.Named named) {
        int dot = qualified.lastIndexOf('.');
        String simple = qualified.substring(dot + 1);
        CompilationUnit unit = new CompilationUnit();
        if (dot > 0) {
            unit.setPackageDeclaration(qualified.substring(0, dot));
        }
        CompilationUnit savedUnit = ctx.unit;
        String savedClass = ctx.className;
        boolean savedIn = ctx.inPackageClass;
        ctx.unit = unit;
        ctx.className = simple;
        ctx.inPackageClass = false;
        try {
            ClassOrInterfaceDeclaration cls = unit.addClass(simple, Modifier.Keyword.PUBLIC, Modifier.Keyword.FINAL);
            cls.setJavadocComment(doc);
            ClassOrInterfaceType self = new ClassOrInterfaceType(null, simple);
            cls.addImplementedType(new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.GoStruct")).setTypeArguments(self));
            descriptor.accept(cls);
            fields(cls, st);
            constructors(cls, simple, st);
            copyAndSet(cls, simple, st);
            if (comparable) {
                equality(cls, simple, st);
            }
            accessors(cls, st);
            for (Decl.Func f : methods) {
                method(cls, f);
            }
            if (named != null) {
                // The Java interfaces its method sets satisfy, its typed nil and interface-value classes.
                new InterfaceLowering(ctx, functions).implementStruct(cls, named);
            } else {
                // struct{ S }: promoted methods, in interfaces through nested Boxed classes.
                new InterfaceLowering(ctx, functions).implementAnonymousStruct(cls, st);
            }
            return unit;
        } finally {
            ctx.unit = savedUnit;
            ctx.className = savedClass;
            ctx.inPackageClass = savedIn;
        }
    }

    /** {@code public static final GoType TYPE = new GoType.Struct(...)}: an anonymous struct's descriptor. */
    private void anonymousDescriptor(ClassOrInterfaceDeclaration cls, Type.Struct st) {
        FieldDeclaration f = cls.addFieldWithInitializer(new ClassOrInterfaceType(null, goType()), "TYPE",
                new ObjectCreationExpr(null, new ClassOrInterfaceType(new ClassOrInterfaceType(null, goType()), "Struct"),
                        NodeList.nodeList(ctx.descriptors.fields(st))),
                Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC, Modifier.Keyword.FINAL);
        f.setJavadocComment("The run-time type descriptor of this struct type.");
    }

    private String goType() {
        return ctx.use("dev.goloom.runtime.GoType");
    }

    private void descriptor(ClassOrInterfaceDeclaration cls, Type.Named named, Type.Struct st) {
        var pkg = named.obj().pkg();
        ClassOrInterfaceType namedType = new ClassOrInterfaceType(new ClassOrInterfaceType(null, goType()), "Named");
        FieldDeclaration f = cls.addFieldWithInitializer(namedType, "TYPE", new ObjectCreationExpr(null, namedType.clone(),
                NodeList.nodeList(ConstantLiterals.text(TypeDescriptors.linkPath(pkg)), ConstantLiterals.text(pkg.name()),
                        ConstantLiterals.text(GenericInstances.goName(named)))), Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC, Modifier.Keyword.FINAL);
        f.setJavadocComment("The run-time type descriptor of " + named.obj().name() + ".");
        // Defined in a static initializer: fields may refer to this very type.
        BlockStmt init = new BlockStmt().addStatement(ctx.descriptors.withMethods(new MethodCallExpr(new NameExpr("TYPE"), "define",
                NodeList.nodeList(new ObjectCreationExpr(null, new ClassOrInterfaceType(new ClassOrInterfaceType(null, goType()), "Struct"),
                        NodeList.nodeList(ctx.descriptors.fields(st))))), named, cls.getNameAsString()));
        cls.addMember(new InitializerDeclaration(true, init));
    }

    private String fieldName(Var f) {
        return JavaNames.member(f.name());
    }

    private void fields(ClassOrInterfaceDeclaration cls, Type.Struct st) {
        for (Var f : st.fields()) {
            var t = ctx.javaTypes.of(f.type());
            if (t == null) {
                ctx.unsupported(f.pos(), "fields of type " + f.type());
                continue;
            }
            FieldDeclaration fd = f.exported() ? cls.addFieldWithInitializer(t, fieldName(f), ctx.javaTypes.zero(f.type()), Modifier.Keyword.PUBLIC)
                    : cls.addFieldWithInitializer(t, fieldName(f), ctx.javaTypes.zero(f.type()));
            if (f.name().equals("_")) {
                fd.getVariable(0).setName("blank$" + st.fields().indexOf(f));
            }
        }
    }

    private String name(Type.Struct st, int i) {
        Var f = st.fields().get(i);
        return f.name().equals("_") ? "blank$" + i : fieldName(f);
    }

    private void constructors(ClassOrInterfaceDeclaration cls, String simple, Type.Struct st) {
        ConstructorDeclaration zero = cls.addConstructor(Modifier.Keyword.PUBLIC);
        zero.setJavadocComment("The zero value.");
        if (st.fields().isEmpty()) {
            return;
        }
        ConstructorDeclaration all = cls.addConstructor(Modifier.Keyword.PUBLIC);
        all.setJavadocComment("A value with every field given (composite literals).");
        BlockStmt body = new BlockStmt();
        for (int i = 0; i < st.fields().size(); i++) {
            Var f = st.fields().get(i);
            var t = ctx.javaTypes.of(f.type());
            if (t == null) {
                continue;
            }
            all.addParameter(new Parameter(t, name(st, i)));
            body.addStatement(new AssignExpr(new FieldAccessExpr(new ThisExpr(), name(st, i)), new NameExpr(name(st, i)),
                    AssignExpr.Operator.ASSIGN));
        }
        all.setBody(body);
    }

    private void copyAndSet(ClassOrInterfaceDeclaration cls, String simple, Type.Struct st) {
        ExprLowering exprs = new ExprLowering(ctx);
        NodeList<Expression> args = new NodeList<>();
        BlockStmt set = new BlockStmt();
        for (int i = 0; i < st.fields().size(); i++) {
            Var f = st.fields().get(i);
            String n = name(st, i);
            args.add(exprs.copyOf(new NameExpr(n), f.type()));
            FieldAccessExpr mine = new FieldAccessExpr(new ThisExpr(), n);
            FieldAccessExpr theirs = new FieldAccessExpr(new NameExpr("v"), n);
            if (f.type().underlying() instanceof Type.Struct) {
                set.addStatement(new MethodCallExpr(mine, "set", NodeList.nodeList(theirs)));
            } else if (f.type().underlying() instanceof Type.Array) {
                // In place: pointers to the array and its elements stay valid.
                boolean values = JavaTypes.needsCopy(((Type.Array) f.type().underlying()).elem());
                set.addStatement(new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.GoArrays")),
                        values ? "assignValues" : "assign", NodeList.nodeList(mine, theirs)));
            } else {
                set.addStatement(new AssignExpr(mine, exprs.copyOf(theirs, f.type()), AssignExpr.Operator.ASSIGN));
            }
        }
        MethodDeclaration copy = cls.addMethod("copy", Modifier.Keyword.PUBLIC);
        copy.addMarkerAnnotation("Override");
        copy.setType(new ClassOrInterfaceType(null, simple));
        copy.setBody(new BlockStmt().addStatement(new ReturnStmt(new ObjectCreationExpr(null, new ClassOrInterfaceType(null, simple), args))));
        MethodDeclaration setter = cls.addMethod("set", Modifier.Keyword.PUBLIC);
        setter.addMarkerAnnotation("Override");
        setter.setJavadocComment("Go's {@code *p = v}: copies v's fields into this object.");
        setter.addParameter(new Parameter(new ClassOrInterfaceType(null, simple), "v"));
        setter.setType(new VoidType());
        setter.setBody(set);
    }

    /** equals and hashCode with Go's == (floats by value: NaN differs from itself, -0 equals 0). */
    private void equality(ClassOrInterfaceDeclaration cls, String simple, Type.Struct st) {
        String eq = ctx.use("dev.goloom.runtime.GoEquality");
        Expression cond = new InstanceOfExpr(new NameExpr("o"), new ClassOrInterfaceType(null, simple),
                new com.github.javaparser.ast.expr.TypePatternExpr(new NodeList<>(), new ClassOrInterfaceType(null, simple),
                        new com.github.javaparser.ast.expr.SimpleName("v")));
        Expression hash = new IntegerLiteralExpr("17");
        for (int i = 0; i < st.fields().size(); i++) {
            Var f = st.fields().get(i);
            if (f.name().equals("_")) {
                continue; // blank fields take no part in ==
            }
            String n = name(st, i);
            // this.n: a field named v must not be read as the pattern variable v.
            Expression mine = new FieldAccessExpr(new ThisExpr(), n), theirs = new FieldAccessExpr(new NameExpr("v"), n);
            Expression same;
            Expression h;
            var jt = ctx.javaTypes.of(f.type());
            if (jt instanceof PrimitiveType) {
                same = new BinaryExpr(mine, theirs, BinaryExpr.Operator.EQUALS);
                h = new MethodCallExpr(new NameExpr(eq), "hash", NodeList.nodeList(JavaPrecedence.cast(
                        f.type().underlying() instanceof Type.Basic b && b.kind() == dev.goloom.types.BasicKind.FLOAT32
                                ? PrimitiveType.floatType() : PrimitiveType.doubleType(), mine.clone())));
                if (!(Types.basicKind(f.type()).isFloat())) {
                    h = new MethodCallExpr(new NameExpr(jt.asPrimitiveType().toBoxedType().getNameAsString()), "hashCode",
                            NodeList.nodeList(mine.clone()));
                }
            } else if (f.type().underlying() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct
                    || f.type().underlying() instanceof Type.Chan) {
                same = new BinaryExpr(mine, theirs, BinaryExpr.Operator.EQUALS);
                h = new MethodCallExpr(new NameExpr("System"), "identityHashCode", NodeList.nodeList(mine.clone()));
            } else {
                same = new MethodCallExpr(new NameExpr(eq), "equal", NodeList.nodeList(mine, theirs));
                h = new MethodCallExpr(new NameExpr(eq), "hash", NodeList.nodeList(mine.clone()));
            }
            cond = new BinaryExpr(cond, same, BinaryExpr.Operator.AND);
            hash = JavaPrecedence.binary(JavaPrecedence.binary(hash, new IntegerLiteralExpr("31"), BinaryExpr.Operator.MULTIPLY), h,
                    BinaryExpr.Operator.PLUS);
        }
        MethodDeclaration equals = cls.addMethod("equals", Modifier.Keyword.PUBLIC);
        equals.addMarkerAnnotation("Override");
        equals.setType(PrimitiveType.booleanType());
        equals.addParameter(new Parameter(new ClassOrInterfaceType(null, "Object"), "o"));
        equals.setBody(new BlockStmt().addStatement(new ReturnStmt(cond)));
        MethodDeclaration hashCode = cls.addMethod("hashCode", Modifier.Keyword.PUBLIC);
        hashCode.addMarkerAnnotation("Override");
        hashCode.setType(PrimitiveType.intType());
        hashCode.setBody(new BlockStmt().addStatement(new ReturnStmt(hash)));
    }

    /** goType() and field(i) for fmt and reflection. */
    private void accessors(ClassOrInterfaceDeclaration cls, Type.Struct st) {
        MethodDeclaration goType = cls.addMethod("goType", Modifier.Keyword.PUBLIC);
        goType.addMarkerAnnotation("Override");
        goType.setType(new ClassOrInterfaceType(null, goType()));
        goType.setBody(new BlockStmt().addStatement(new ReturnStmt(new NameExpr("TYPE"))));
        MethodDeclaration field = cls.addMethod("field", Modifier.Keyword.PUBLIC);
        field.addMarkerAnnotation("Override");
        field.setType(new ClassOrInterfaceType(null, "Object"));
        field.addParameter(new Parameter(PrimitiveType.intType(), "i"));
        NodeList<SwitchEntry> entries = new NodeList<>();
        for (int i = 0; i < st.fields().size(); i++) {
            Var f = st.fields().get(i);
            Expression value = new FieldAccessExpr(new ThisExpr(), name(st, i));
            if (JavaTypes.needsCopy(f.type())) {
                value = new ExprLowering(ctx).copyOf(value, f.type());
            }
            entries.add(new SwitchEntry(NodeList.nodeList(new IntegerLiteralExpr(String.valueOf(i))), SwitchEntry.Type.EXPRESSION,
                    NodeList.nodeList(new ExpressionStmt(ctx.boxing.toInterface(value, f.type())))));
        }
        entries.add(new SwitchEntry(new NodeList<>(), SwitchEntry.Type.THROWS_STATEMENT, NodeList.nodeList(new ThrowStmt(
                new ObjectCreationExpr(null, new ClassOrInterfaceType(null, "IndexOutOfBoundsException"),
                        NodeList.nodeList(new NameExpr("i")))))));
        field.setBody(st.fields().isEmpty()
                ? new BlockStmt().addStatement(new ThrowStmt(new ObjectCreationExpr(null,
                        new ClassOrInterfaceType(null, "IndexOutOfBoundsException"), NodeList.nodeList(new NameExpr("i")))))
                : new BlockStmt().addStatement(new ReturnStmt(new SwitchExpr(new NameExpr("i"), entries))));
    }

    /**
     * A pointer method that tests its receiver for nil (NilReceivers): the body is a static
     * method taking the receiver first, which calls through pointers use; the instance method
     * delegates to it.
     */
    private void nilAwareMethod(ClassOrInterfaceDeclaration cls, MethodDeclaration md, Decl.Func f, Func m) {
        MethodDeclaration body = m.exported() ? cls.addMethod(md.getNameAsString(), Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC)
                : cls.addMethod(md.getNameAsString(), Modifier.Keyword.STATIC);
        body.setJavadocComment("Also callable on a nil pointer, as in Go.");
        functions.function(body, f, m.type(), m.receiver(), true);
        md.setType(body.getType().clone());
        NodeList<Expression> args = NodeList.nodeList(new ThisExpr());
        for (int i = 1; i < body.getParameters().size(); i++) {
            md.addParameter(body.getParameter(i).clone());
            args.add(new NameExpr(body.getParameter(i).getNameAsString()));
        }
        MethodCallExpr call = new MethodCallExpr(null, md.getNameAsString(), args);
        md.setBody(new BlockStmt().addStatement(body.getType().isVoidType() ? new ExpressionStmt(call) : new ReturnStmt(call)));
        md.addMarkerAnnotation(ctx.use("dev.goloom.runtime.GoWrapper")); // recover looks through it
    }

    private void method(ClassOrInterfaceDeclaration cls, Decl.Func f) {
        Func m = (Func) ctx.info.defs.get(f.name());
        String name = JavaNames.member(m.name());
        MethodDeclaration md = m.exported() ? cls.addMethod(name, Modifier.Keyword.PUBLIC) : cls.addMethod(name);
        if (f.doc() != null) {
            md.setJavadocComment(f.doc());
        }
        if (ctx.nilAwareMethods.contains(m)) {
            nilAwareMethod(cls, md, f, m);
        } else {
            functions.function(md, f, m.type(), m.receiver(), false);
        }
        // fmt's Stringer and the error interface: implemented when the method set has them.
        if (m.name().equals("String") && m.type().params().size() == 0 && m.type().results().size() == 1
                && Types.basicKind(m.type().results().at(0)).isString() && m.exported()) {
            cls.addImplementedType(new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.GoStringer")));
        }
        if (m.name().equals("Error") && m.type().params().size() == 0 && m.type().results().size() == 1
                && Types.basicKind(m.type().results().at(0)).isString()) {
            cls.addImplementedType(new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.GoError")));
        }
    }
}
