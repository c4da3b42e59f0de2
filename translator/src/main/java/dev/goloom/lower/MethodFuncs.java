// Method values of non-struct types (c.Get) and method expressions (T.M, (*T).M) as func values, and calls of method expressions.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.type.UnknownType;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.types.Func;
import dev.goloom.types.Selection;
import dev.goloom.types.Type;
import dev.goloom.types.Types;

/**
 * A method of a struct type is an instance method of its class; of another named type, a static
 * method {@code T_M(recv, args…)} of the package class. As func values:
 * <ul>
 * <li>a method expression {@code T.M} / {@code (*T).M} is a lambda taking the receiver first:
 *     {@code (Long r$1) -> Main.Counter_Get(r$1)}, {@code (Point r$1, Long a$2) -> r$1.Move(a$2)};
 * <li>a method value {@code c.Get} of a non-struct type binds the receiver when evaluated, as Go
 *     does: {@code Pointers.field(c, r$1 -> (Func0<Long>) () -> Main.Counter_Get(r$1))}
 *     ({@code &c} for a pointer method on an addressable {@code c});
 * <li>a call of a method expression {@code T.M(x, a)} is the method call {@code x.M(a)} or
 *     {@code T_M(x, a)}.
 * </ul>
 * Promoted methods (through embedded fields) are not translated yet.
 */
final class MethodFuncs {
    private final ExprLowering exprs;
    private final LoweringContext ctx;

    MethodFuncs(ExprLowering exprs) {
        this.exprs = exprs;
        this.ctx = exprs.ctx;
    }

    /** {@code T.M} or {@code (*T).M} as a func value. */
    Expression methodExpression(Expr.Selector sel, Selection s) {
        Func m = (Func) s.obj();
        // A promoted method (T.m where T embeds the type declaring m): the lambda follows the embedding path.
        Type declaring = s.path().isEmpty() ? s.recv() : exprs.embeddedType(s.recv(), s.path());
        if (m.receiver() == null && !Types.isInterface(declaring)) {
            return exprs.unsupported(sel, "method expression " + GoPrinter.expr(sel));
        }
        Type.Signature sig = (Type.Signature) ctx.info.typeOf(sel).underlying();
        if (sig.params().size() > 6 || ctx.javaTypes.of(sig) == null) {
            return exprs.unsupported(sel, "method expression " + GoPrinter.expr(sel));
        }
        NodeList<Parameter> params = new NodeList<>();
        NodeList<Expression> args = new NodeList<>();
        for (int i = 0; i < sig.params().size(); i++) {
            String name = ctx.temp(i == 0 ? "r" : "a");
            params.add(new Parameter(ctx.javaTypes.boxed(sig.params().at(i)), name));
            args.add(exprs.unboxed(new NameExpr(name), sig.params().at(i)));
        }
        Expression first = args.removeFirst();
        if (!s.path().isEmpty()) {
            first = exprs.embeddedPath(first, s.recv(), s.path());
        }
        if (m.receiver() == null) {
            // I.m of an interface method: the receiver's Java interface method.
            Expression target = exprs.interfaceReceiver(first, declaring, m.name());
            if (target == null) {
                return exprs.unsupported(sel, "method expression " + GoPrinter.expr(sel));
            }
            return JavaPrecedence.cast(ctx.javaTypes.of(sig), new LambdaExpr(params,
                    new MethodCallExpr(JavaPrecedence.receiver(target), JavaNames.member(m.name()), args)));
        }
        Expression recv = receiverFor(first, declaring, m);
        return new LambdaExpr(params, call(m, recv, args));
    }

    /** {@code x.M} for a method of a non-struct type: the receiver (or its address) is evaluated now. */
    Expression methodValue(Expr.Selector sel, Selection s) {
        Func m = (Func) s.obj();
        if (m.receiver() == null || !s.path().isEmpty()) {
            return exprs.unsupported(sel, "method value " + GoPrinter.expr(sel));
        }
        Type.Signature sig = (Type.Signature) ctx.info.typeOf(sel).underlying();
        var funcType = ctx.javaTypes.of(sig);
        Expression recv;
        Type recvType = ctx.info.typeOf(sel.x());
        if (ExprLowering.pointerMethod(m) && !(recvType.underlying() instanceof Type.Pointer)) {
            recv = exprs.lower(new Expr.Unary(sel.x().pos(), "&", sel.x()));
        } else {
            recv = receiverFor(exprs.lower(sel.x()), recvType, m);
            if (JavaTypes.needsCopy(m.receiver().type())) {
                recv = exprs.copyOf(recv, m.receiver().type());
            }
        }
        String r = ctx.temp("r");
        NodeList<Parameter> params = new NodeList<>();
        NodeList<Expression> args = new NodeList<>();
        for (int i = 0; i < sig.params().size(); i++) {
            String name = ctx.temp("a");
            params.add(new Parameter(ctx.javaTypes.boxed(sig.params().at(i)), name));
            args.add(exprs.unboxed(new NameExpr(name), sig.params().at(i)));
        }
        Expression bound = JavaPrecedence.cast(funcType, new LambdaExpr(params, call(m, new NameExpr(r), args)));
        // A pointer receiver may be nil (Go calls the method then); a value receiver was read already.
        return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Pointers")),
                ExprLowering.pointerMethod(m) ? "bind" : "field", NodeList.nodeList(recv,
                new LambdaExpr(NodeList.nodeList(new Parameter(new UnknownType(), r)), bound)));
    }

    /** {@code T.M(x, a…)}: the method called on its first argument. */
    Expression callMethodExpression(Expr.Call call, Expr.Selector sel, Selection s, NodeList<Expression> args) {
        Func m = (Func) s.obj();
        if (args.isEmpty()) {
            return exprs.unsupported(call, "calling method expression " + GoPrinter.expr(sel));
        }
        // A promoted method: the receiver argument follows the embedding path first.
        Type declaring = s.path().isEmpty() ? s.recv() : exprs.embeddedType(s.recv(), s.path());
        Expression first = s.path().isEmpty() ? args.removeFirst() : exprs.embeddedPath(args.removeFirst(), s.recv(), s.path());
        if (m.receiver() == null) {
            // I.m(x, a…) of an interface method: x.m(a…) through the Java interface.
            Expression target = exprs.interfaceReceiver(first, declaring, m.name());
            if (target == null) {
                return exprs.unsupported(call, "calling method expression " + GoPrinter.expr(sel));
            }
            return new MethodCallExpr(JavaPrecedence.receiver(target), JavaNames.member(m.name()), args);
        }
        return call(m, receiverFor(first, declaring, m), args);
    }

    /** A receiver of static type {@code from} as method {@code m} takes it: a pointer is read for a value method of a non-struct type. */
    Expression receiverFor(Expression recv, Type from, Func m) {
        boolean struct = ExprLowering.structMethod(m);
        if (!(m.receiver().type() instanceof Type.Pointer) && ctx.isArrayView(from)) {
            // A value method through a pointer that is a view: the method gets a copy of *p.
            Type.Array a = ArrayViews.array(from);
            return new MethodCallExpr(JavaPrecedence.receiver(recv), "load",
                    JavaTypes.family(a.elem()) == null ? NodeList.nodeList(ctx.javaTypes.zero(a)) : new NodeList<>());
        }
        if (!struct && from.underlying() instanceof Type.Pointer && !(m.receiver().type() instanceof Type.Pointer)
                && !(ExprLowering.baseOf(from).underlying() instanceof Type.Array)) {
            return new MethodCallExpr(JavaPrecedence.receiver(recv), "get");
        }
        if (struct && from.underlying() instanceof Type.Pointer && !(m.receiver().type() instanceof Type.Pointer)) {
            // A value method through a pointer: a nil pointer must panic here, not inside the method.
            return new MethodCallExpr(new NameExpr("java.util.Objects"), "requireNonNull", NodeList.nodeList(recv));
        }
        return recv;
    }

    private Expression call(Func m, Expression recv, NodeList<Expression> args) {
        if (ctx.nilAwareMethods.contains(m)) {
            // (*Tree).Sum(t): runs on a nil t, as Go does (NilReceivers).
            args.addFirst(recv);
            return new MethodCallExpr(new NameExpr(ctx.use(ctx.structClassName((Type.Named) ExprLowering.baseOf(m.receiver().type())))),
                    JavaNames.member(m.name()), args);
        }
        if (ExprLowering.structMethod(m)) {
            return new MethodCallExpr(JavaPrecedence.receiver(recv), JavaNames.member(m.name()), args);
        }
        args.addFirst(recv);
        return new MethodCallExpr(new NameExpr(ctx.use(ctx.classOf.apply(m.pkg()))), ctx.staticMethodName(m), args);
    }
}
