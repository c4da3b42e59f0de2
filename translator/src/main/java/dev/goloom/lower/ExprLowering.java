// Lowers Go expressions to Java expressions, with Go's semantics for each operator.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.EnclosedExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Builtin;
import dev.goloom.types.Func;
import dev.goloom.types.Obj;
import dev.goloom.types.PkgName;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import dev.goloom.types.Types;
import dev.goloom.types.Var;

/**
 * One Go expression to one Java expression. Constant expressions are literals (folded by the
 * checker). Integer arithmetic on int, int64 and int32 is Java's own, which wraps exactly as
 * Go's does; integer division by zero raises ArithmeticException, which the runtime maps to
 * Go's "integer divide by zero" panic.
 */
final class ExprLowering {
    private final LoweringContext ctx;

    ExprLowering(LoweringContext ctx) {
        this.ctx = ctx;
    }

    /** A placeholder for an expression already reported as unsupported. */
    private Expression unsupported(Expr e, String what) {
        ctx.unsupported(e.pos(), what);
        return new NullLiteralExpr();
    }

    Expression lower(Expr e) {
        TypeAndValue tv = ctx.info.typeAndValue(e);
        if (tv != null && tv.isConstant() && tv.value() != null) {
            return ConstantLiterals.of(tv.value(), tv.type());
        }
        return switch (e) {
            case Expr.Ident id -> ident(id);
            case Expr.Paren p -> new EnclosedExpr(lower(p.x()));
            case Expr.Binary b -> binary(b);
            case Expr.Unary u -> unary(u);
            case Expr.Call call -> call(call);
            default -> unsupported(e, "expression " + GoPrinter.expr(e));
        };
    }


    private Expression ident(Expr.Ident id) {
        Obj o = ctx.info.objectOf(id);
        if (o instanceof Var v) {
            String local = ctx.locals.nameOf(v);
            if (local != null) {
                return new NameExpr(local);
            }
            String field = JavaNames.identifier(v.name());
            // A package variable that a local of this function shares its name with: qualify it.
            return ctx.localGoNames.contains(v.name())
                    ? new com.github.javaparser.ast.expr.FieldAccessExpr(new NameExpr(ctx.className), field)
                    : new NameExpr(field);
        }
        return unsupported(id, "use of " + id.name() + " as a value");
    }

    private Type typeOf(Expr e) {
        return ctx.info.typeOf(e);
    }

    private Expression binary(Expr.Binary b) {
        Type operand = typeOf(b.x());
        BasicKind k = Types.basicKind(operand);
        if (!JavaTypes.nativeArithmetic(operand)) {
            return unsupported(b, "operator " + b.op() + " on " + operand);
        }
        Expression x = lower(b.x());
        Expression y = lower(b.y());
        if (k.isString()) {
            return switch (b.op()) {
                case "+" -> JavaPrecedence.binary(x, y, BinaryExpr.Operator.PLUS);
                case "==" -> new MethodCallExpr(JavaPrecedence.receiver(x), "equals", NodeList.nodeList(y));
                case "!=" -> JavaPrecedence.unary(new MethodCallExpr(JavaPrecedence.receiver(x), "equals", NodeList.nodeList(y)), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
                // Byte strings: char order is byte order, which is Go's string order.
                default -> JavaPrecedence.binary(new MethodCallExpr(JavaPrecedence.receiver(x), "compareTo", NodeList.nodeList(y)),
                        new IntegerLiteralExpr("0"), comparison(b.op()));
            };
        }
        if (b.op().equals("<<") || b.op().equals(">>")) {
            return shift(b, x, y);
        }
        BinaryExpr.Operator op = switch (b.op()) {
            case "+" -> BinaryExpr.Operator.PLUS;
            case "-" -> BinaryExpr.Operator.MINUS;
            case "*" -> BinaryExpr.Operator.MULTIPLY;
            case "/" -> BinaryExpr.Operator.DIVIDE;
            case "%" -> BinaryExpr.Operator.REMAINDER;
            case "&" -> BinaryExpr.Operator.BINARY_AND;
            case "|" -> BinaryExpr.Operator.BINARY_OR;
            case "^" -> BinaryExpr.Operator.XOR;
            case "&&" -> BinaryExpr.Operator.AND;
            case "||" -> BinaryExpr.Operator.OR;
            case "&^" -> null;
            default -> comparison(b.op());
        };
        if (op == null) {
            // x &^ y is x & ~y.
            return JavaPrecedence.binary(x, JavaPrecedence.unary(y, UnaryExpr.Operator.BITWISE_COMPLEMENT), BinaryExpr.Operator.BINARY_AND);
        }
        return JavaPrecedence.binary(x, y, op);
    }

    private static BinaryExpr.Operator comparison(String op) {
        return switch (op) {
            case "==" -> BinaryExpr.Operator.EQUALS;
            case "!=" -> BinaryExpr.Operator.NOT_EQUALS;
            case "<" -> BinaryExpr.Operator.LESS;
            case "<=" -> BinaryExpr.Operator.LESS_EQUALS;
            case ">" -> BinaryExpr.Operator.GREATER;
            case ">=" -> BinaryExpr.Operator.GREATER_EQUALS;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** Shifts by a constant count below the width are Java's; others go through {@link dev.goloom.runtime.Ints}. */
    private Expression shift(Expr.Binary b, Expression x, Expression y) {
        TypeAndValue count = ctx.info.typeAndValue(b.y());
        int width = Types.basicKind(typeOf(b.x())).bits();
        if (count != null && count.isConstant() && count.value() instanceof dev.goloom.constant.Constant.Int n
                && n.value().signum() >= 0) {
            if (n.value().bitLength() < 31 && n.value().intValue() < width) {
                return JavaPrecedence.binary(x, y, b.op().equals("<<") ? BinaryExpr.Operator.LEFT_SHIFT
                        : BinaryExpr.Operator.SIGNED_RIGHT_SHIFT);
            }
            // A constant count of the width or more: Go gives 0 (or -1), Java would wrap the count.
            return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Ints")), b.op().equals("<<") ? "shl" : "shr",
                    NodeList.nodeList(x, new com.github.javaparser.ast.expr.LongLiteralExpr(n.value().longValue() + "L")));
        }
        if (Types.basicKind(typeOf(b.y())).isUnsigned()) {
            return unsupported(b, "shift by a non-constant unsigned count");
        }
        Expression longCount = Types.basicKind(typeOf(b.y())).bits() == 64 ? y : new CastExpr(PrimitiveType.longType(), y);
        return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Ints")), b.op().equals("<<") ? "shl" : "shr",
                NodeList.nodeList(x, longCount));
    }

    private Expression unary(Expr.Unary u) {
        Type t = typeOf(u.x());
        if (!JavaTypes.nativeArithmetic(t)) {
            return unsupported(u, "operator " + u.op() + " on " + t);
        }
        Expression x = lower(u.x());
        return switch (u.op()) {
            case "+" -> x;
            case "-" -> JavaPrecedence.unary(x, UnaryExpr.Operator.MINUS);
            case "!" -> JavaPrecedence.unary(x, UnaryExpr.Operator.LOGICAL_COMPLEMENT);
            case "^" -> JavaPrecedence.unary(x, UnaryExpr.Operator.BITWISE_COMPLEMENT);
            default -> unsupported(u, "operator " + u.op());
        };
    }

    // ---- Calls -----------------------------------------------------------------------------

    private Expression call(Expr.Call call) {
        TypeAndValue fun = ctx.info.typeAndValue(call.fun());
        if (fun != null && fun.mode() == TypeAndValue.Mode.TYPE) {
            return conversion(call, fun.type());
        }
        Expr callee = call.fun();
        while (callee instanceof Expr.Paren p) {
            callee = p.x();
        }
        if (callee instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof Builtin b) {
            return builtin(call, b.name());
        }
        Func target = null;
        String scope = null;
        if (callee instanceof Expr.Ident id && ctx.info.objectOf(id) instanceof Func f) {
            target = f;
        } else if (callee instanceof Expr.Selector sel && sel.x() instanceof Expr.Ident pkgId
                && ctx.info.objectOf(pkgId) instanceof PkgName pn && ctx.info.objectOf(sel.sel()) instanceof Func f) {
            target = f;
            scope = ctx.use(ctx.classOf.apply(pn.imported()));
        }
        if (target == null) {
            return unsupported(call, "call of " + GoPrinter.expr(call.fun()));
        }
        // A call with several results is only lowered as a statement here (results discarded);
        // assignments of several results are reported by StmtLowering.
        return new MethodCallExpr(scope == null ? null : new NameExpr(scope), JavaNames.identifier(target.name()),
                arguments(call, target.type()));
    }

    private NodeList<Expression> arguments(Expr.Call call, Type.Signature sig) {
        NodeList<Expression> args = new NodeList<>();
        if (call.ellipsis()) {
            ctx.unsupported(call.pos(), "passing a slice to a variadic parameter");
            return args;
        }
        for (int i = 0; i < call.args().size(); i++) {
            Expr a = call.args().get(i);
            Type t = typeOf(a);
            if (t instanceof Type.Tuple) {
                ctx.unsupported(a.pos(), "f(g()) with several results");
                continue;
            }
            // Unsigned values boxed as Long/Integer would print as signed: they need the
            // runtime type descriptors of the interfaces issue.
            if (Types.basicKind(t).isUnsigned() && Types.isInterface(paramType(sig, i))) {
                ctx.unsupported(dev.goloom.syntax.Positions.start(a), "passing " + t + " as an interface value");
                continue;
            }
            args.add(lower(a));
        }
        return args;
    }

    /** The type of the parameter that argument {@code i} is passed to (the element type for variadics). */
    private static Type paramType(Type.Signature sig, int i) {
        int n = sig.params().size();
        if (sig.variadic() && i >= n - 1) {
            return ((Type.Slice) sig.params().at(n - 1)).elem();
        }
        return sig.params().at(Math.min(i, n - 1));
    }

    private Expression conversion(Expr.Call call, Type target) {
        Expr arg = call.args().getFirst();
        Type from = typeOf(arg);
        BasicKind fk = Types.basicKind(from), tk = Types.basicKind(target);
        Expression x = lower(arg);
        if (Types.identical(from.underlying(), target.underlying())) {
            return x;
        }
        if (JavaTypes.nativeArithmetic(from) && JavaTypes.nativeArithmetic(target) && fk.isNumeric() && tk.isNumeric()
                && !(fk.isFloat() && tk.isInteger())) {
            return JavaPrecedence.cast(JavaTypes.of(target), x);
        }
        return unsupported(call, "conversion from " + from + " to " + target);
    }

    private Expression builtin(Expr.Call call, String name) {
        switch (name) {
            case "println", "print" -> {
                NodeList<Expression> parts = new NodeList<>();
                for (Expr a : call.args()) {
                    parts.add(printed(a));
                }
                return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), name, parts);
            }
            case "len" -> {
                return new MethodCallExpr(JavaPrecedence.receiver(lower(call.args().getFirst())), "length");
            }
            default -> {
                return unsupported(call, "built-in " + name);
            }
        }
    }

    /** How print/println show a value: Go's runtime print formats, not fmt's. */
    private Expression printed(Expr a) {
        Type t = typeOf(a);
        Expression x = lower(a);
        return switch (Types.basicKind(t)) {
            case STRING -> x;
            case BOOL -> new MethodCallExpr(new NameExpr("Boolean"), "toString", NodeList.nodeList(x));
            case INT, INT64, INT32, INT16, INT8 -> new MethodCallExpr(new NameExpr("Long"), "toString",
                    NodeList.nodeList(x));
            case FLOAT64 -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), "float64",
                    NodeList.nodeList(x));
            case FLOAT32 -> new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Builtins")), "float32",
                    NodeList.nodeList(x));
            default -> unsupported(a, "printing " + t + " with print/println");
        };
    }

}
