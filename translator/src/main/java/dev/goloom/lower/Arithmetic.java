// Go's integer and floating-point operators and numeric conversions with exact semantics for every width and signedness.
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.BinaryExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.UnaryExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Type;
import dev.goloom.types.Types;

/**
 * Java computes in int, long, float and double. Go's narrower integers wrap: int8 and int16
 * results are cast back; unsigned integers share the bits of their signed Java type, so
 * +, -, *, &, |, ^ need nothing (or the cast back), while division, remainder, ordering,
 * right shifts and widening go through the JDK's unsigned helpers ({@code Long.divideUnsigned},
 * {@code Integer.compareUnsigned}, {@code Byte.toUnsignedInt}, ...).
 */
final class Arithmetic {
    private final LoweringContext ctx;

    Arithmetic(LoweringContext ctx) {
        this.ctx = ctx;
    }

    private static MethodCallExpr call(String cls, String method, Expression... args) {
        return new MethodCallExpr(new NameExpr(cls), method, NodeList.nodeList(args));
    }

    /** The JDK class whose unsigned helpers fit a kind ("Long", "Integer", "Short", "Byte"). */
    private static String box(BasicKind k) {
        return switch (k) {
            case UINT, UINT64, UINTPTR, INT, INT64 -> "Long";
            case UINT32, INT32 -> "Integer";
            case UINT16, INT16 -> "Short";
            default -> "Byte";
        };
    }

    private static boolean narrow(BasicKind k) {
        return switch (k) {
            case INT8, INT16, UINT8, UINT16 -> true;
            default -> false;
        };
    }

    private static PrimitiveType primitive(BasicKind k) {
        return switch (k) {
            case INT8, UINT8 -> PrimitiveType.byteType();
            case INT16, UINT16 -> PrimitiveType.shortType();
            case INT32, UINT32 -> PrimitiveType.intType();
            case FLOAT32 -> PrimitiveType.floatType();
            case FLOAT64 -> PrimitiveType.doubleType();
            case BOOL -> PrimitiveType.booleanType();
            default -> PrimitiveType.longType();
        };
    }

    /** An unsigned narrow value widened to int without its sign: {@code Byte.toUnsignedInt(x)}. */
    private static Expression unsignedInt(Expression x, BasicKind k) {
        return switch (k) {
            case UINT8 -> call("Byte", "toUnsignedInt", x);
            case UINT16 -> call("Short", "toUnsignedInt", x);
            default -> x;
        };
    }

    static BinaryExpr.Operator operator(String op) {
        return switch (op) {
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
            case "==" -> BinaryExpr.Operator.EQUALS;
            case "!=" -> BinaryExpr.Operator.NOT_EQUALS;
            case "<" -> BinaryExpr.Operator.LESS;
            case "<=" -> BinaryExpr.Operator.LESS_EQUALS;
            case ">" -> BinaryExpr.Operator.GREATER;
            case ">=" -> BinaryExpr.Operator.GREATER_EQUALS;
            default -> throw new IllegalArgumentException(op);
        };
    }

    /** {@code x op y} for numeric or boolean operands of type {@code t} (not shifts, not strings). */
    Expression binary(String op, Expression x, Expression y, Type t) {
        BasicKind k = Types.basicKind(t);
        if (k.isComplex()) {
            return complexBinary(op, x, y);
        }
        if (op.equals("&^")) {
            y = JavaPrecedence.unary(y, UnaryExpr.Operator.BITWISE_COMPLEMENT);
            op = "&";
        }
        boolean ordered = switch (op) {
            case "<", "<=", ">", ">=" -> true;
            default -> false;
        };
        boolean equality = op.equals("==") || op.equals("!=");
        if (k.isUnsigned() && (ordered || op.equals("/") || op.equals("%"))) {
            if (narrow(k)) {
                Expression r = JavaPrecedence.binary(unsignedInt(x, k), unsignedInt(y, k), operator(op));
                return ordered ? r : JavaPrecedence.cast(primitive(k), r);
            }
            String cls = box(k);
            if (ordered) {
                return JavaPrecedence.binary(call(cls, "compareUnsigned", x, y), new IntegerLiteralExpr("0"), operator(op));
            }
            return call(cls, op.equals("/") ? "divideUnsigned" : "remainderUnsigned", x, y);
        }
        Expression r = JavaPrecedence.binary(x, y, operator(op));
        if (narrow(k) && !ordered && !equality && !op.equals("&&") && !op.equals("||")) {
            return JavaPrecedence.cast(primitive(k), r);
        }
        return r;
    }

    /** Complex numbers are immutable runtime values ({@code Complex128}): operators are their methods. */
    private static Expression complexBinary(String op, Expression x, Expression y) {
        Expression recv = JavaPrecedence.receiver(x);
        return switch (op) {
            case "+" -> new MethodCallExpr(recv, "add", NodeList.nodeList(y));
            case "-" -> new MethodCallExpr(recv, "sub", NodeList.nodeList(y));
            case "*" -> new MethodCallExpr(recv, "mul", NodeList.nodeList(y));
            case "/" -> new MethodCallExpr(recv, "div", NodeList.nodeList(y));
            case "==" -> new MethodCallExpr(recv, "eq", NodeList.nodeList(y));
            case "!=" -> JavaPrecedence.unary(new MethodCallExpr(recv, "eq", NodeList.nodeList(y)), UnaryExpr.Operator.LOGICAL_COMPLEMENT);
            default -> throw new IllegalArgumentException("complex " + op);
        };
    }

    /** {@code -x}, {@code ^x}, {@code +x}, {@code !x}. */
    Expression unary(String op, Expression x, Type t) {
        BasicKind k = Types.basicKind(t);
        if (k.isComplex()) {
            return op.equals("-") ? new MethodCallExpr(JavaPrecedence.receiver(x), "neg") : x;
        }
        Expression r = switch (op) {
            case "+" -> x;
            case "-" -> JavaPrecedence.unary(x, UnaryExpr.Operator.MINUS);
            case "!" -> JavaPrecedence.unary(x, UnaryExpr.Operator.LOGICAL_COMPLEMENT);
            case "^" -> JavaPrecedence.unary(x, UnaryExpr.Operator.BITWISE_COMPLEMENT);
            default -> throw new IllegalArgumentException(op);
        };
        return narrow(k) && !op.equals("+") && !op.equals("!") ? JavaPrecedence.cast(primitive(k), r) : r;
    }

    /**
     * {@code x << s} and {@code x >> s}: constant counts below the width are Java's operators
     * (on the unsigned value for unsigned right shifts); all others go through {@code Ints},
     * computing narrow types in long and casting back.
     */
    Expression shift(String op, Expression x, Type t, Expression count, Type countType, Long constCount) {
        BasicKind k = Types.basicKind(t);
        String ints = ctx.use("dev.goloom.runtime.Ints");
        boolean left = op.equals("<<");
        int width = k.bits();
        if (constCount != null && constCount < width) {
            if (left) {
                Expression r = JavaPrecedence.binary(x, count, BinaryExpr.Operator.LEFT_SHIFT);
                return narrow(k) ? JavaPrecedence.cast(primitive(k), r) : r;
            }
            if (k.isUnsigned()) {
                Expression r = JavaPrecedence.binary(narrow(k) ? unsignedInt(x, k) : x, count,
                        narrow(k) ? BinaryExpr.Operator.SIGNED_RIGHT_SHIFT : BinaryExpr.Operator.UNSIGNED_RIGHT_SHIFT);
                return narrow(k) ? JavaPrecedence.cast(primitive(k), r) : r;
            }
            Expression r = JavaPrecedence.binary(x, count, BinaryExpr.Operator.SIGNED_RIGHT_SHIFT);
            return narrow(k) ? JavaPrecedence.cast(primitive(k), r) : r;
        }
        // The count as a non-negative long (an unsigned count never panics).
        Expression n = longCount(count, countType);
        Expression wide = width == 64 ? x : k.isUnsigned() ? widenUnsigned(x, k) : JavaPrecedence.cast(PrimitiveType.longType(), x);
        Expression r = left ? call(ints, "shl", wide, n)
                : k.isUnsigned() ? call(ints, "ushr", wide, n) : call(ints, "shr", wide, n);
        return width == 64 ? r : JavaPrecedence.cast(primitive(k), r);
    }

    private Expression longCount(Expression count, Type countType) {
        BasicKind ck = Types.basicKind(countType);
        return switch (ck) {
            case UINT, UINT64, UINTPTR -> call(ctx.use("dev.goloom.runtime.Ints"), "unsignedCount", count);
            case UINT32 -> call("Integer", "toUnsignedLong", count);
            case UINT16 -> call("Short", "toUnsignedLong", count);
            case UINT8 -> call("Byte", "toUnsignedLong", count);
            case INT, INT64 -> count;
            default -> JavaPrecedence.cast(PrimitiveType.longType(), count);
        };
    }

    /** An unsigned value of kind k as a non-negative long (uint64 stays as it is). */
    static Expression widenUnsigned(Expression x, BasicKind k) {
        return switch (k) {
            case UINT32 -> call("Integer", "toUnsignedLong", x);
            case UINT16 -> call("Short", "toUnsignedLong", x);
            case UINT8 -> call("Byte", "toUnsignedLong", x);
            default -> x;
        };
    }

    /** A numeric conversion from {@code from} to {@code to} (complex only to complex). */
    Expression convert(Expression x, Type from, Type to) {
        BasicKind f = Types.basicKind(from), t = Types.basicKind(to);
        if (f.isUntyped()) {
            f = Types.basicKind(Types.defaultType(from));
        }
        if (f.isComplex() && t.isComplex()) {
            if (f == t) {
                return x;
            }
            return t == BasicKind.COMPLEX64 ? call(ctx.use("dev.goloom.runtime.Complex64"), "of", x)
                    : new MethodCallExpr(JavaPrecedence.receiver(x), "toComplex128");
        }
        if (f.isInteger() && t.isInteger()) {
            if (f.bits() >= t.bits()) {
                return f.bits() == t.bits() ? x : JavaPrecedence.cast(primitive(t), x);
            }
            // Widening: unsigned values zero-extend, signed ones sign-extend (Java's widening).
            Expression wide = f.isUnsigned() ? widenUnsigned(x, f) : x;
            return t.bits() == 64 ? (f.isUnsigned() ? wide : JavaPrecedence.cast(PrimitiveType.longType(), wide))
                    : JavaPrecedence.cast(primitive(t), wide);
        }
        if (f.isInteger() && t.isFloat()) {
            if (f == BasicKind.UINT || f == BasicKind.UINT64 || f == BasicKind.UINTPTR) {
                return call(ctx.use("dev.goloom.runtime.FloatConversions"), t == BasicKind.FLOAT32 ? "u64ToF32" : "u64ToF64", x);
            }
            return JavaPrecedence.cast(primitive(t), f.isUnsigned() ? widenUnsigned(x, f) : x);
        }
        if (f.isFloat() && t.isInteger()) {
            String method = switch (t) {
                case INT, INT64 -> "toInt64";
                case INT32 -> "toInt32";
                case INT16 -> "toInt16";
                case INT8 -> "toInt8";
                case UINT, UINT64, UINTPTR -> "toUint64";
                case UINT32 -> "toUint32";
                case UINT16 -> "toUint16";
                default -> "toUint8";
            };
            return call(ctx.use("dev.goloom.runtime.FloatConversions"), method, x);
        }
        if (f.isFloat() && t.isFloat()) {
            return f == t ? x : JavaPrecedence.cast(primitive(t), x);
        }
        return null;
    }

    /** How print/println show an integer of kind k: unsigned kinds through the JDK's unsigned text. */
    static Expression printedInteger(Expression x, BasicKind k) {
        return switch (k) {
            case UINT, UINT64, UINTPTR -> call("Long", "toUnsignedString", x);
            case UINT32 -> call("Integer", "toUnsignedString", x);
            case UINT16, UINT8 -> call("Long", "toString", widenUnsigned(x, k));
            default -> call("Long", "toString", x);
        };
    }
}
