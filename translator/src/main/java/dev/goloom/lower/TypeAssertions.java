// Lowers type assertions (x.(T), v, ok := x.(T)) and type switches to instanceof tests and runtime Interfaces calls.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.VariableDeclarator;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.ClassExpr;
import com.github.javaparser.ast.expr.ConditionalExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.InstanceOfExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.VariableDeclarationExpr;
import com.github.javaparser.ast.stmt.BlockStmt;
import com.github.javaparser.ast.stmt.ExpressionStmt;
import com.github.javaparser.ast.stmt.Statement;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Nil;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import dev.goloom.types.Types;
import dev.goloom.types.Var;
import java.util.List;
import java.util.stream.Collectors;

/**
 * "x.(T) asserts that x is not nil and that the value stored in x is of type T." With the
 * interface-value rule of {@code Boxed}, the test is a Java {@code instanceof} where the Java
 * class names the Go type (a box for int, string, ...; a struct class for a pointer to a
 * struct; the Java interface of a named interface), else a descriptor comparison
 * ({@code Interfaces.is}). Values are tested as {@code Object} (Java rejects
 * {@code instanceof} between unrelated final classes and interfaces, which Go's dynamic
 * types are not bound by).
 */
final class TypeAssertions {
    private final LoweringContext ctx;
    private final ExprLowering exprs;
    private final StmtLowering stmts;
    private final Switches switches;

    TypeAssertions(LoweringContext ctx, ExprLowering exprs, StmtLowering stmts, Switches switches) {
        this.ctx = ctx;
        this.exprs = exprs;
        this.stmts = stmts;
        this.switches = switches;
    }

    private NameExpr runtime(String cls) {
        return new NameExpr(ctx.use("dev.goloom.runtime." + cls));
    }

    /** The Java box whose instances are exactly the interface values of basic type {@code t}, or null. */
    private static String box(Type t) {
        if (t instanceof Type.Named || !(t instanceof Type.Basic b)) {
            return null;
        }
        return switch (b.kind()) {
            case BOOL -> "Boolean";
            case INT -> "Long";
            case INT32 -> "Integer";
            case INT16 -> "Short";
            case INT8 -> "Byte";
            case FLOAT64 -> "Double";
            case FLOAT32 -> "Float";
            case STRING -> "String";
            default -> null;
        };
    }

    /** How Go's messages spell interface type {@code t}: {@code main.Shape}, {@code interface {}}, {@code interface { M() }}. */
    static String goName(Type t) {
        if (t instanceof Type.Named n && n.isInstance()) {
            return GenericInstances.reflectString(n); // I[int,string], as reflect spells it
        }
        if (t instanceof Type.Named || !(t.underlying() instanceof Type.Interface i)) {
            return t.toString();
        }
        if (i.isEmpty()) {
            return "interface {}";
        }
        return "interface { " + i.methods().stream().map(m -> m.name() + m.type().toString().substring(4))
                .collect(Collectors.joining("; ")) + " }";
    }

    /** The interface whose Java interface tests {@code t}: t itself when named or listed, or null. */
    private Type javaInterface(Type t) {
        return ctx.interfaces.hasJavaInterface(t) ? t : null;
    }

    /** Whether {@code x} (an Object) holds a value of type {@code t}; {@code t} null tests for nil. */
    Expression test(Expression x, Type t, Expr at) {
        if (t == null) {
            return new BinaryExpr(x, new NullLiteralExpr(), BinaryExpr.Operator.EQUALS);
        }
        if (Types.isInterface(t)) {
            if (((Type.Interface) t.underlying()).isEmpty()) {
                return new BinaryExpr(x, new NullLiteralExpr(), BinaryExpr.Operator.NOT_EQUALS);
            }
            Type iface = javaInterface(t);
            if (iface == null) {
                return exprs.unsupported(at, "type assertion to unnamed interface " + goName(t));
            }
            return new InstanceOfExpr(x, new ClassOrInterfaceType(null, ctx.use(ctx.interfaceClassName(iface))));
        }
        String box = box(t);
        if (box != null) {
            return new InstanceOfExpr(x, new ClassOrInterfaceType(null, box));
        }
        if (t instanceof Type.Pointer p && p.elem() instanceof Type.Named n && n.underlying() instanceof Type.Struct) {
            // The object, or the typed nil T.NIL.
            var cls = new ClassOrInterfaceType(null, ctx.use(ctx.structClassName(n)));
            if (n.obj().pkg().isShim()) {
                return new InstanceOfExpr(x, cls);
            }
            return new EnclosedExpr(JavaPrecedence.binary(new InstanceOfExpr(x, cls),
                    new InstanceOfExpr(x.clone(), new ClassOrInterfaceType(cls.clone(), InterfaceLowering.NIL_CLASS)),
                    BinaryExpr.Operator.OR));
        }
        return new MethodCallExpr(runtime("Interfaces"), "is", NodeList.nodeList(x, ctx.descriptors.of(t)));
    }

    /**
     * {@code x} (of interface type {@code xt}) as an Object when a value of type {@code t} can
     * never be in it: Java rejects {@code x instanceof C} for a final class C that does not
     * implement x's interface, where Go (in an instance of generic code) just fails the test.
     */
    private Expression possible(Expression x, Type xt, Type t) {
        if (t == null || Types.isInterface(t) || !(xt.underlying() instanceof Type.Interface i) || i.isEmpty()
                || dev.goloom.types.Lookup.missingMethod(t, i) == null) {
            return x;
        }
        return new EnclosedExpr(new com.github.javaparser.ast.expr.CastExpr(new ClassOrInterfaceType(null, "Object"), x));
    }

    /** The value of type {@code t} in {@code x} (an Object known to hold one), in t's Java type. */
    Expression extract(Expression x, Type t) {
        if (Types.isInterface(t)) {
            var jt = ctx.javaTypes.of(t);
            return jt.asString().equals("Object") ? x : JavaPrecedence.cast(jt, x);
        }
        // A struct pointer may be the typed nil T.NIL, whose payload is null.
        Expression value = box(t) != null ? x : new MethodCallExpr(runtime("Interfaces"), "payload", NodeList.nodeList(x));
        return JavaPrecedence.cast(ctx.javaTypes.of(t), value);
    }

    /** {@code x.(T)}: the value, or Go's panic. */
    Expression assertion(Expr.TypeAssert ta) {
        Type t = ctx.info.typeOf(ta);
        Type xt = ctx.info.typeOf(ta.x());
        Expression x = exprs.lower(ta.x());
        if (Types.isInterface(t)) {
            if (((Type.Interface) t.underlying()).isEmpty()) {
                return new MethodCallExpr(runtime("Interfaces"), "assertNotNil", NodeList.nodeList(x,
                        ConstantLiterals.text(goName(t))));
            }
            Type iface = javaInterface(t);
            if (iface == null) {
                return exprs.unsupported(ta, "type assertion to unnamed interface " + goName(t));
            }
            return new MethodCallExpr(runtime("Interfaces"), "assertInterface", NodeList.nodeList(x,
                    new ClassExpr(new ClassOrInterfaceType(null, ctx.use(ctx.interfaceClassName(iface)))),
                    ConstantLiterals.text(goName(t))));
        }
        Expression value = new MethodCallExpr(runtime("Interfaces"), "assertType", NodeList.nodeList(x,
                ctx.descriptors.of(t), ConstantLiterals.text(goName(xt))));
        return JavaPrecedence.cast(ctx.javaTypes.of(t), value);
    }

    /** {@code v, ok := x.(T)}: one evaluation of x, the test, then both targets (v is T's zero when not ok). */
    void commaOk(List<Expr> lhs, Expr.TypeAssert ta, String op, BlockStmt out, Assignments assignments) {
        Type t = ctx.info.typeOf(ta);
        Expression x = operand(ta.x(), out);
        Expression test = test(possible(x.clone(), ctx.info.typeOf(ta.x()), t), t, ta);
        // ok first when := declares it (both targets are fresh: the order is unobservable).
        boolean freshOk = op.equals(":=") && lhs.get(1) instanceof Expr.Ident id && ctx.info.defs.get(id) instanceof Var v
                && !ctx.storage.needsCell(v);
        String ok;
        if (freshOk) {
            Var v = (Var) ctx.info.defs.get((Expr.Ident) lhs.get(1));
            out.addStatement(stmts.declare(v, test));
            ok = ctx.locals.nameOf(v);
        } else {
            ok = ctx.temp("ok");
            out.addStatement(declare(PrimitiveType.booleanType(), ok, test));
        }
        Expression value = extract(x.clone(), t);
        if (JavaTypes.needsCopy(t)) {
            value = exprs.copyOf(value, t);
        }
        add(out, assignments.assignOne(lhs.get(0), op, new ConditionalExpr(new NameExpr(ok), value, ctx.javaTypes.zero(t))));
        if (!freshOk) {
            add(out, assignments.assignOne(lhs.get(1), op, new NameExpr(ok)));
        }
    }

    /** The asserted operand, as an Object evaluated once: a local variable as itself, else a temporary. */
    private Expression operand(Expr e, BlockStmt out) {
        Expression x = exprs.lower(e);
        // A variable of type any already is an Object; any(v) of a string is still a Java String.
        if (x instanceof NameExpr && ExprLowering.unparen(e) instanceof Expr.Ident
                && ctx.javaTypes.of(ctx.info.typeOf(e)).asString().equals("Object")) {
            return x;
        }
        String name = ctx.temp("x");
        out.addStatement(declare(new ClassOrInterfaceType(null, "Object"), name, x));
        return new NameExpr(name);
    }

    private static Statement declare(com.github.javaparser.ast.type.Type type, String name, Expression init) {
        return new ExpressionStmt(new VariableDeclarationExpr(new VariableDeclarator(type, name, init)));
    }

    private static void add(BlockStmt out, Statement s) {
        if (!s.isEmptyStmt()) {
            out.addStatement(s);
        }
    }

    /**
     * {@code switch v := x.(type) { case T1, T2: ... }}: x once into an Object, then an if-else
     * chain of tests; each clause declares v with the clause's type (one type listed) or x's.
     */
    void typeSwitch(Stmt.TypeSwitch sw, BlockStmt out, String label) {
        ctx.locals.open();
        BlockStmt scope = new BlockStmt();
        if (sw.init() != null) {
            stmts.lower(sw.init(), scope);
        }
        Expr.TypeAssert guard = (Expr.TypeAssert) ExprLowering.unparen(switch (sw.assign()) {
            case Stmt.Assign a -> a.rhs().getFirst();
            case Stmt.ExprStmt e -> e.x();
            default -> throw new IllegalStateException("type switch guard " + sw.assign());
        });
        Type xt = ctx.info.typeOf(guard.x());
        Expression x = operand(guard.x(), scope);
        String blockLabel = label != null ? label : ctx.temp("switch").replace("$", "");
        Statement chain = switches.chain(sw.clauses(), c -> {
            Expression cond = null;
            for (Expr e : c.list()) {
                Expression one = test(possible(x.clone(), xt, caseType(e)), caseType(e), e);
                cond = cond == null ? one : JavaPrecedence.binary(cond, one, BinaryExpr.Operator.OR);
            }
            return cond;
        }, c -> clause(c, x, xt), blockLabel);
        scope.addStatement(chain);
        ctx.locals.close();
        out.addStatement(scope.getStatements().size() == 1 ? scope.getStatement(0) : scope);
    }

    /** The type a case lists, or null for {@code nil}. */
    private Type caseType(Expr e) {
        if (ExprLowering.unparen(e) instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof Nil) {
            return null;
        }
        TypeAndValue tv = ctx.info.typeAndValue(e);
        return tv.type();
    }

    private BlockStmt clause(Stmt.CaseClause c, Expression x, Type xt) {
        ctx.locals.open();
        BlockStmt body = new BlockStmt();
        Var v = ctx.info.implicits.get(c);
        if (v != null && used(v, c.body())) {
            Type one = c.list().size() == 1 ? caseType(c.list().getFirst()) : null;
            Expression value = one != null ? extract(x.clone(), one) : extract(x.clone(), xt);
            if (one != null && JavaTypes.needsCopy(one)) {
                value = exprs.copyOf(value, one);
            }
            body.addStatement(stmts.declare(v, value));
        }
        stmts.statements(c.body(), body);
        ctx.locals.close();
        return body;
    }

    /** Objects that some identifier of the package refers to (computed once). */
    private java.util.Set<dev.goloom.types.Obj> usedObjects;

    /** Whether the clause body refers to its variable (Java need not declare an unused one). */
    private boolean used(Var v, List<Stmt> body) {
        if (usedObjects == null) {
            usedObjects = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            usedObjects.addAll(ctx.info.uses.values());
        }
        return usedObjects.contains(v);
    }
}
