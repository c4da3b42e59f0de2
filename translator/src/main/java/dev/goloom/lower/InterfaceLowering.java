// Go interfaces as Java interfaces, and the classes that implement them (implicit satisfaction made explicit).
package dev.goloom.lower;

import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Modifier;
import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.ClassOrInterfaceDeclaration;
import com.github.javaparser.ast.body.ConstructorDeclaration;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ThisExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.ReturnStmt;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.goloom.types.Func;
import dev.goloom.types.Lookup;
import dev.goloom.types.Type;
import dev.goloom.types.Var;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code type Shape interface { Area() float64 }} becomes {@code public interface Shape { double Area(); }}
 * (embedded interfaces flattened: Java sees each interface's whole method list). Then, as
 * docs/design.md ("Interfaces") settles:
 * <ul>
 * <li>a struct class implements every interface of the program that {@code *T}'s method set
 *     satisfies (the object is the pointer), with forwarding methods for promoted ones;</li>
 * <li>a struct value in an interface is a {@code T.InterfaceValue} (a {@code Boxed}) that
 *     implements what {@code T}'s value method set satisfies;</li>
 * <li>a non-struct named type with such methods gets a class of its own name extending
 *     {@code Boxed}: {@code new Celsius(21.5)} is a Celsius in an interface.</li>
 * </ul>
 */
final class InterfaceLowering {
    /** The nested class of a struct type for its values in interfaces. */
    static final String VALUE_CLASS = "InterfaceValue";
    /** The nested class of a struct type for its nil pointers in interfaces, and its one instance. */
    static final String NIL_CLASS = "NilPointer";
    static final String NIL_FIELD = "NIL";

    private final LoweringContext ctx;
    private final FunctionLowering functions;

    InterfaceLowering(LoweringContext ctx, FunctionLowering functions) {
        this.ctx = ctx;
        this.functions = functions;
    }

    /** The interfaces a value of named type {@code n} (not a pointer) implements through a Boxed subclass. */
    static List<Type> valueInterfaces(LoweringContext ctx, Type.Named n) {
        if (n.obj().pkg() == null || n.obj().pkg().isShim() || n.underlying() instanceof Type.Interface) {
            return List.of();
        }
        List<Type> out = new ArrayList<>();
        for (Type i : ctx.interfaces.satisfiedBy(n)) {
            if (forwardable(n, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The nested class of a non-struct named type for its pointers in interfaces. */
    static final String POINTER_CLASS = "PointerValue";

    /**
     * The interfaces a pointer to non-struct named type {@code n} implements through
     * {@code n.PointerValue} (its methods with pointer receivers included).
     */
    static List<Type> pointerInterfaces(LoweringContext ctx, Type.Named n) {
        if (n.obj().pkg() == null || n.obj().pkg().isShim() || n.underlying() instanceof Type.Interface
                || n.underlying() instanceof Type.Struct || n.methods().isEmpty()) {
            return List.of();
        }
        return ctx.interfaces.satisfiedBy(new Type.Pointer(n));
    }

    /**
     * {@code static final class PointerValue extends Boxed}: a {@code *Counter} (for
     * {@code type Counter int}) in an interface, calling the package's static methods with the
     * pointer (pointer receivers) or the value it points to (value receivers).
     */
    private ClassOrInterfaceDeclaration pointerClass(Type.Named n, List<Type> ifaces) {
        ClassOrInterfaceDeclaration cls = new ClassOrInterfaceDeclaration(
                new NodeList<>(Modifier.publicModifier(), Modifier.staticModifier(), Modifier.finalModifier()), false, POINTER_CLASS);
        cls.setJavadocComment("A {@code *" + n.obj().name() + "} stored in an interface: its methods are *"
                + n.obj().name() + "'s method set.");
        cls.addExtendedType(new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.Boxed")));
        Map<String, Func> needed = implement(cls, ifaces);
        Type ptr = new Type.Pointer(n);
        var ptrType = ctx.javaTypes.of(ptr);
        ConstructorDeclaration ctor = cls.addConstructor(Modifier.Keyword.PUBLIC);
        ctor.addParameter(new Parameter(ptrType, "value"));
        ctor.setBody(new BlockStmt().addStatement(new MethodCallExpr(null, "super",
                NodeList.nodeList(ctx.descriptors.of(ptr), new NameExpr("value")))));
        Expression pointer = new EnclosedExpr(new CastExpr(ptrType, new MethodCallExpr("value")));
        for (Func m : needed.values()) {
            MethodDeclaration md = cls.addMethod(JavaNames.member(m.name()), Modifier.Keyword.PUBLIC);
            header(md, m.type());
            Func found = (Func) Lookup.fieldOrMethod(ptr, m.name()).obj();
            // A value method reads *p (valueThrough: arrays, views, other pointers); Go's wrapper
            // panics first when p is nil.
            Expression recv = Lookup.pointerReceiver(found) ? pointer.clone() : valueThrough(pointer.clone(), ptr);
            BlockStmt b = body(m.type(), call(recv, found, paramNames(md)));
            if (!Lookup.pointerReceiver(found)) {
                b.addStatement(0, nilValueMethodCheck(n, found));
            }
            md.setBody(b);
        }
        return cls;
    }

    /**
     * {@code *p} for a value method called through the pointer {@code p} of type {@code ptr}: a
     * pointer to an array is the Java array (nil-checked, as Go's *p is) or a view (a copy of its
     * elements); other pointers are read with get().
     */
    private Expression valueThrough(Expression p, Type ptr) {
        if (ctx.isArrayView(ptr)) {
            Type.Array a = ArrayViews.array(ptr);
            return new MethodCallExpr(p, "load", JavaTypes.family(a.elem()) == null ? NodeList.nodeList(ctx.javaTypes.zero(a)) : new NodeList<>());
        }
        if (ptr.underlying() instanceof Type.Pointer pt && pt.elem().underlying() instanceof Type.Array) {
            return new MethodCallExpr(new NameExpr("java.util.Objects"), "requireNonNull", NodeList.nodeList(p));
        }
        return new MethodCallExpr(p, "get");
    }

    /**
     * Whether {@code n} is a shim's named non-struct type with methods whose values in interfaces
     * are a class the shim declares under the type's name ({@code go.sort.IntSlice}: a Boxed
     * implementing the Java interfaces of its methods). Shim types without such a class
     * ({@code fs.FileMode}) are plain Boxed values, found by fmt through its method registry.
     */
    static boolean hasShimValueClass(LoweringContext ctx, Type.Named n) {
        if (n.obj().pkg() == null || !n.obj().pkg().isShim() || n.methods().isEmpty()
                || n.underlying() instanceof Type.Struct || n.underlying() instanceof Type.Interface) {
            return false;
        }
        String resource = ctx.structClassName(n).replace('.', '/') + ".class";
        return InterfaceLowering.class.getClassLoader().getResource(resource) != null;
    }

    /** Whether named type {@code n} has a Boxed subclass for its values in interfaces. */
    static boolean hasValueClass(LoweringContext ctx, Type.Named n) {
        return !valueInterfaces(ctx, n).isEmpty();
    }

    /** The Java interface unit for interface type {@code t} (named, or unnamed and listed in the program's interfaces). */
    CompilationUnit declaration(Type t, String doc) {
        String qualified = ctx.interfaceClassName(t);
        int dot = qualified.lastIndexOf('.');
        CompilationUnit unit = new CompilationUnit();
        if (dot > 0) {
            unit.setPackageDeclaration(qualified.substring(0, dot));
        }
        CompilationUnit saved = ctx.unit;
        ctx.unit = unit;
        try {
            ClassOrInterfaceDeclaration iface = unit.addInterface(qualified.substring(dot + 1), Modifier.Keyword.PUBLIC);
            iface.setJavadocComment(doc != null ? doc : t instanceof Type.Named n ? "Go interface type {@code " + n.obj().name() + "}."
                    : "Go's unnamed interface type {@code " + TypeAssertions.goName(t) + "}.");
            for (Func m : ((Type.Interface) t.underlying()).methods()) {
                MethodDeclaration md = iface.addMethod(JavaNames.member(m.name()));
                md.removeBody();
                header(md, m.type());
            }
            return unit;
        } finally {
            ctx.unit = saved;
        }
    }

    /** Return type and parameters ({@code p0, p1, ...} where Go gives no usable name) of a method. */
    private void header(MethodDeclaration md, Type.Signature sig) {
        md.setType(functions.returnType(sig, false));
        int i = 0;
        for (Var p : sig.params().vars()) {
            String name = p.name().isEmpty() || p.name().equals("_") ? "p" + i : JavaNames.identifier(p.name());
            md.addParameter(new Parameter(ctx.javaTypes.of(p.type()), name));
            i++;
        }
    }

    private static List<Expression> paramNames(MethodDeclaration md) {
        List<Expression> out = new ArrayList<>();
        md.getParameters().forEach(p -> out.add(new NameExpr(p.getNameAsString())));
        return out;
    }

    /**
     * Makes struct class {@code cls} (of {@code n}) implement the interfaces {@code *n}
     * satisfies, and adds {@code n}'s InterfaceValue class when its value method set satisfies any.
     */
    void implementStruct(ClassOrInterfaceDeclaration cls, Type.Named n) {
        Type ptr = new Type.Pointer(n);
        List<Type> ptrIfaces = ctx.interfaces.satisfiedBy(ptr).stream().filter(i -> forwardable(ptr, i)).toList();
        Map<String, Func> needed = implement(cls, ptrIfaces);
        ExprLowering exprs = new ExprLowering(ctx);
        for (Func m : needed.values()) {
            String name = JavaNames.member(m.name());
            Lookup.Found found = Lookup.fieldOrMethod(ptr, m.name());
            if (found.path().isEmpty()) {
                // Declared on the type: Java interface methods are public.
                cls.getMethodsByName(name).forEach(md -> md.addModifier(Modifier.Keyword.PUBLIC));
                continue;
            }
            MethodDeclaration md = cls.addMethod(name, Modifier.Keyword.PUBLIC);
            md.setJavadocComment("Promoted from the embedded field (Go's method set of *" + n.obj().name() + ").");
            md.addMarkerAnnotation(ctx.use("dev.goloom.runtime.GoWrapper")); // recover looks through it
            header(md, m.type());
            Func target = (Func) found.obj();
            Expression recv = target.receiver() != null && !ExprLowering.structMethod(target)
                    ? exprs.promotedReceiver(new ThisExpr(), ptr, found.path(), target)
                    : exprs.embeddedPath(new ThisExpr(), ptr, found.path());
            md.setBody(body(m.type(), call(recv, target, paramNames(md))));
        }
        // reflect lists and calls every exported promoted method (TypeDescriptors.withMethods):
        // forwarders for those no interface needed. (Shim types' methods follow other naming rules.)
        for (MethodSet.Entry e : MethodSet.of(n).promoted()) {
            Func target = e.method();
            if (!target.exported() || needed.containsKey(target.name()) || target.pkg() == null || target.pkg().isShim()) {
                continue;
            }
            MethodDeclaration md = cls.addMethod(JavaNames.member(target.name()), Modifier.Keyword.PUBLIC);
            md.setJavadocComment("Promoted from the embedded field (Go's method set of *" + n.obj().name() + ").");
            md.addMarkerAnnotation(ctx.use("dev.goloom.runtime.GoWrapper"));
            header(md, (Type.Signature) target.type());
            Expression recv = target.receiver() != null && !ExprLowering.structMethod(target)
                    ? exprs.promotedReceiver(new ThisExpr(), ptr, e.path(), target)
                    : exprs.embeddedPath(new ThisExpr(), ptr, e.path());
            md.setBody(body((Type.Signature) target.type(), call(recv, target, paramNames(md))));
        }
        nilPointerClass(cls, n, ptrIfaces, needed);
        List<Type> valueIfaces = valueInterfaces(ctx, n);
        if (!valueIfaces.isEmpty()) {
            cls.addMember(valueClass(n, valueIfaces, new ClassOrInterfaceDeclaration(
                    new NodeList<>(Modifier.publicModifier(), Modifier.staticModifier(), Modifier.finalModifier()), false,
                    VALUE_CLASS), cls.getNameAsString()));
        }
    }

    /**
     * The interfaces a value of unnamed struct type {@code st} (its methods all promoted through
     * embedded fields) implements through {@code AnonStruct$N.InterfaceValue}.
     */
    static List<Type> anonymousValueInterfaces(LoweringContext ctx, Type.Struct st) {
        return anonymousInterfaces(ctx, st, st);
    }

    /** The interfaces a pointer to unnamed struct type {@code st} implements through {@code AnonStruct$N.PointerValue}. */
    static List<Type> anonymousPointerInterfaces(LoweringContext ctx, Type.Struct st) {
        return anonymousInterfaces(ctx, st, new Type.Pointer(st));
    }

    private static List<Type> anonymousInterfaces(LoweringContext ctx, Type.Struct st, Type t) {
        if (st.fields().stream().noneMatch(Var::embedded)) {
            return List.of(); // no embedded field, no methods
        }
        return ctx.interfaces.satisfiedBy(t).stream().filter(i -> forwardable(t, i)).toList();
    }

    /**
     * Adds to the class {@code cls} of unnamed struct type {@code st} the Boxed subclasses for its
     * values in interfaces when its method sets (promoted methods only) satisfy any program
     * interface: {@code InterfaceValue} for a {@code struct{ S }} value, {@code PointerValue} for
     * a {@code *struct{ S }} (whose Java value is the struct object, as for any struct pointer).
     * They keep the descriptors a plain Boxed would have, so equality and type assertions to
     * concrete types do not change.
     */
    void implementAnonymousStruct(ClassOrInterfaceDeclaration cls, Type.Struct st) {
        List<Type> valueIfaces = anonymousValueInterfaces(ctx, st);
        List<Type> ptrIfaces = anonymousPointerInterfaces(ctx, st);
        if (!valueIfaces.isEmpty()) {
            cls.addMember(anonymousBoxedClass(cls.getNameAsString(), st, st, VALUE_CLASS, valueIfaces,
                    "A {@code " + st + "} value stored in an interface: its methods are the ones promoted to the value."));
        }
        if (!ptrIfaces.isEmpty()) {
            cls.addMember(anonymousBoxedClass(cls.getNameAsString(), st, new Type.Pointer(st), POINTER_CLASS, ptrIfaces,
                    "A {@code *" + st + "} stored in an interface: its methods are the ones promoted to the pointer."));
        }
    }

    /** {@code static final class <name> extends Boxed implements ifaces}: a value of {@code t} (st or *st) forwarding to embedded fields. */
    private ClassOrInterfaceDeclaration anonymousBoxedClass(String structClass, Type.Struct st, Type t, String name,
                                                            List<Type> ifaces, String doc) {
        ClassOrInterfaceDeclaration boxed = new ClassOrInterfaceDeclaration(
                new NodeList<>(Modifier.publicModifier(), Modifier.staticModifier(), Modifier.finalModifier()), false, name);
        boxed.setJavadocComment(doc);
        boxed.addExtendedType(new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.Boxed")));
        Map<String, Func> needed = implement(boxed, ifaces);
        ClassOrInterfaceType structType = new ClassOrInterfaceType(null, structClass);
        ConstructorDeclaration ctor = boxed.addConstructor(Modifier.Keyword.PUBLIC);
        ctor.addParameter(new Parameter(structType, "value"));
        ctor.setBody(new BlockStmt().addStatement(new MethodCallExpr(null, "super",
                NodeList.nodeList(ctx.descriptors.of(t), new NameExpr("value")))));
        // The struct object: the value itself (a copy made when boxing) or the pointer's target.
        Expression self = new EnclosedExpr(new CastExpr(structType, new MethodCallExpr("value")));
        ExprLowering exprs = new ExprLowering(ctx);
        for (Func m : needed.values()) {
            MethodDeclaration md = boxed.addMethod(JavaNames.member(m.name()), Modifier.Keyword.PUBLIC);
            header(md, m.type());
            Lookup.Found found = Lookup.fieldOrMethod(t, m.name());
            Func target = (Func) found.obj();
            Expression recv = target.receiver() != null && !ExprLowering.structMethod(target)
                    ? exprs.promotedReceiver(self.clone(), t, found.path(), target)
                    : exprs.embeddedPath(self.clone(), t, found.path());
            md.setBody(body(m.type(), call(recv, target, paramNames(md))));
        }
        return boxed;
    }

    /**
     * {@code static final class NilPointer extends Boxed} and its instance {@code NIL}: a nil
     * {@code *T} in an interface. It implements what *T does; a method written to run on nil
     * (NilReceivers) runs with a null receiver, the others panic as a nil dereference (where Go
     * would run them and they would dereference nil, with the same panic).
     */
    private void nilPointerClass(ClassOrInterfaceDeclaration cls, Type.Named n, List<Type> ifaces, Map<String, Func> methods) {
        ClassOrInterfaceDeclaration nil = new ClassOrInterfaceDeclaration(
                new NodeList<>(Modifier.publicModifier(), Modifier.staticModifier(), Modifier.finalModifier()), false, NIL_CLASS);
        nil.setJavadocComment("A nil {@code *" + n.obj().name() + "} stored in an interface (not a nil interface).");
        nil.addExtendedType(new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.Boxed")));
        ifaces.forEach(i -> addImplemented(nil, i));
        ConstructorDeclaration ctor = nil.addConstructor(Modifier.Keyword.PRIVATE);
        ctor.setBody(new BlockStmt().addStatement(new MethodCallExpr(null, "super", NodeList.nodeList(
                new com.github.javaparser.ast.expr.ObjectCreationExpr(null, new ClassOrInterfaceType(
                        new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.GoType")), "Pointer"),
                        NodeList.nodeList(new NameExpr("TYPE"))),
                new com.github.javaparser.ast.expr.NullLiteralExpr()))));
        for (Func m : methods.values()) {
            MethodDeclaration md = nil.addMethod(JavaNames.member(m.name()), Modifier.Keyword.PUBLIC);
            header(md, m.type());
            Lookup.Found found = Lookup.fieldOrMethod(new Type.Pointer(n), m.name());
            if (found.path().isEmpty() && ctx.nilAwareMethods.contains((Func) found.obj())) {
                // A method written to run on nil (NilReceivers): its static form with a null receiver.
                NodeList<Expression> args = new NodeList<>(new CastExpr(new ClassOrInterfaceType(null, cls.getNameAsString()),
                        new com.github.javaparser.ast.expr.NullLiteralExpr()));
                args.addAll(paramNames(md));
                md.setBody(body(m.type(), new MethodCallExpr(new NameExpr(cls.getNameAsString()), JavaNames.member(m.name()), args)));
                continue;
            }
            if (found.path().isEmpty() && !Lookup.pointerReceiver((Func) found.obj())) {
                // A value method of T itself: Go's (*T).M wrapper panics with its own message.
                md.setBody(new BlockStmt().addStatement(nilValueMethodPanic(n, (Func) found.obj())));
                continue;
            }
            md.setBody(new BlockStmt().addStatement(new com.github.javaparser.ast.stmt.ThrowStmt(
                    new com.github.javaparser.ast.expr.ObjectCreationExpr(null, new ClassOrInterfaceType(null, "NullPointerException"),
                            new NodeList<>()))));
        }
        cls.addMember(nil);
        cls.addFieldWithInitializer(new ClassOrInterfaceType(null, NIL_CLASS), NIL_FIELD,
                new com.github.javaparser.ast.expr.ObjectCreationExpr(null, new ClassOrInterfaceType(null, NIL_CLASS), new NodeList<>()),
                Modifier.Keyword.PUBLIC, Modifier.Keyword.STATIC, Modifier.Keyword.FINAL)
                .setJavadocComment("The nil *" + n.obj().name() + " as an interface value.");
    }

    /**
     * {@code if (value() == null) throw new GoPanic(RuntimeErrors.nilValueMethod("main", "T", "M"));}: the
     * panic of Go's wrapper that calls value method {@code m} of {@code n} through a nil *n
     * ("value method main.T.M called using nil *T pointer").
     */
    private com.github.javaparser.ast.stmt.IfStmt nilValueMethodCheck(Type.Named n, Func m) {
        return new com.github.javaparser.ast.stmt.IfStmt(
                new com.github.javaparser.ast.expr.BinaryExpr(new MethodCallExpr("value"),
                        new com.github.javaparser.ast.expr.NullLiteralExpr(), com.github.javaparser.ast.expr.BinaryExpr.Operator.EQUALS),
                new BlockStmt().addStatement(nilValueMethodPanic(n, m)), null);
    }

    /** {@code throw new GoPanic(RuntimeErrors.nilValueMethod(...));} (see {@link #nilValueMethodCheck}). */
    private com.github.javaparser.ast.stmt.ThrowStmt nilValueMethodPanic(Type.Named n, Func m) {
        java.util.function.Function<String, Expression> lit = ConstantLiterals::text;
        // gc's symbol names spell an instance's type arguments as "[...]": Pair[...].
        String type = n.obj().name() + (n.typeArgs() == null || n.typeArgs().isEmpty() ? "" : "[...]");
        return new com.github.javaparser.ast.stmt.ThrowStmt(new com.github.javaparser.ast.expr.ObjectCreationExpr(null,
                new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.GoPanic")), NodeList.nodeList(new MethodCallExpr(
                new NameExpr(ctx.use("dev.goloom.runtime.RuntimeErrors")), "nilValueMethod", NodeList.nodeList(
                lit.apply(TypeDescriptors.linkPath(n.obj().pkg())), lit.apply(type), lit.apply(m.name()))))));
    }

    /** The class of a non-struct named type's values in interfaces, or null when it needs none. */
    CompilationUnit namedValueClass(Type.Named n) {
        List<Type> ifaces = valueInterfaces(ctx, n);
        List<Type> ptrIfaces = pointerInterfaces(ctx, n);
        if (ifaces.isEmpty() && ptrIfaces.isEmpty()) {
            return null;
        }
        String qualified = ctx.structClassName(n);
        int dot = qualified.lastIndexOf('.');
        CompilationUnit unit = new CompilationUnit();
        if (dot > 0) {
            unit.setPackageDeclaration(qualified.substring(0, dot));
        }
        CompilationUnit saved = ctx.unit;
        boolean savedIn = ctx.inPackageClass;
        ctx.unit = unit;
        ctx.inPackageClass = false;
        try {
            ClassOrInterfaceDeclaration cls = unit.addClass(qualified.substring(dot + 1), Modifier.Keyword.PUBLIC,
                    Modifier.Keyword.FINAL);
            valueClass(n, ifaces, cls, null);
            if (!ptrIfaces.isEmpty()) {
                cls.addMember(pointerClass(n, ptrIfaces));
            }
            return unit;
        } finally {
            ctx.unit = saved;
            ctx.inPackageClass = savedIn;
        }
    }

    /** Fills {@code cls}: a Boxed subclass holding a value of {@code n}, forwarding {@code ifaces}' methods. */
    private ClassOrInterfaceDeclaration valueClass(Type.Named n, List<Type> ifaces, ClassOrInterfaceDeclaration cls,
                                                   String structClass) {
        cls.setJavadocComment("A {@code " + n.obj().name() + "} value stored in an interface: its methods are "
                + n.obj().name() + "'s value method set.");
        cls.addExtendedType(new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.Boxed")));
        Map<String, Func> needed = implement(cls, ifaces);
        var valueType = ctx.javaTypes.of(n);
        ConstructorDeclaration ctor = cls.addConstructor(Modifier.Keyword.PUBLIC);
        ctor.addParameter(new Parameter(valueType, "value"));
        ctor.setBody(new BlockStmt().addStatement(new MethodCallExpr(null, "super",
                NodeList.nodeList(ctx.descriptors.of(n), new NameExpr("value")))));
        Expression value = new EnclosedExpr(new CastExpr(valueType, new MethodCallExpr("value")));
        for (Func m : needed.values()) {
            MethodDeclaration md = cls.addMethod(JavaNames.member(m.name()), Modifier.Keyword.PUBLIC);
            header(md, m.type());
            Expression call = structClass != null
                    ? new MethodCallExpr(value, JavaNames.member(m.name()), new NodeList<>(paramNames(md)))
                    : call(value, (Func) Lookup.fieldOrMethod(n, m.name()).obj(), paramNames(md));
            md.setBody(body(m.type(), call));
        }
        return cls;
    }

    /** Declares that {@code cls} implements {@code ifaces}; returns their methods by name (each once, in order). */
    private Map<String, Func> implement(ClassOrInterfaceDeclaration cls, List<Type> ifaces) {
        Map<String, Func> methods = new LinkedHashMap<>();
        for (Type i : ifaces) {
            addImplemented(cls, i);
            for (Func m : ((Type.Interface) i.underlying()).methods()) {
                methods.putIfAbsent(m.name(), m);
            }
        }
        return methods;
    }

    private void addImplemented(ClassOrInterfaceDeclaration cls, Type i) {
        String simple = ctx.use(ctx.interfaceClassName(i));
        if (cls.getImplementedTypes().stream().noneMatch(t -> t.getNameAsString().equals(simple))) {
            cls.addImplementedType(new ClassOrInterfaceType(null, simple));
        }
    }

    /** {@code recv.M(args)} for method {@code m} found on a receiver of its own type. */
    private Expression call(Expression recv, Func m, List<Expression> args) {
        if (ctx.nilAwareMethods.contains(m)) {
            // Tree.Sum(t): runs on a nil t (an embedded nil pointer), as Go does (NilReceivers).
            // Qualified: an embedded field of the class may have the type's simple name.
            NodeList<Expression> all = new NodeList<>(recv);
            all.addAll(args);
            return new MethodCallExpr(new NameExpr(ctx.structClassName((Type.Named) ExprLowering.baseOf(m.receiver().type()))),
                    JavaNames.member(m.name()), all);
        }
        if (m.receiver() == null || ExprLowering.structMethod(m)) {
            return new MethodCallExpr(JavaPrecedence.receiver(recv), JavaNames.member(m.name()), new NodeList<>(args));
        }
        NodeList<Expression> all = new NodeList<>(recv);
        all.addAll(args);
        return new MethodCallExpr(new NameExpr(ctx.use(ctx.classOf.apply(m.pkg()))), ctx.staticMethodName(m), all);
    }

    private static BlockStmt body(Type.Signature sig, Expression call) {
        return new BlockStmt().addStatement(sig.results().size() == 0 ? new ExpressionStmt(call) : new ReturnStmt(call));
    }

    /**
     * Whether every method {@code t} needs for {@code iface} can be forwarded to by a class of
     * {@code t}: a pointer method of a non-struct type declared on {@code t} itself cannot (its
     * pointers have a class of their own, {@link #POINTER_CLASS}); promoted ones can
     * ({@link ExprLowering#promotedReceiver}).
     */
    private static boolean forwardable(Type t, Type iface) {
        for (Func m : ((Type.Interface) iface.underlying()).methods()) {
            Lookup.Found f = Lookup.fieldOrMethod(t, m.name());
            if (f == null || !(f.obj() instanceof Func found)) {
                return false;
            }
            if (f.path().isEmpty() && found.receiver() != null && !ExprLowering.structMethod(found)
                    && Lookup.pointerReceiver(found)) {
                return false;
            }
        }
        return true;
    }
}
