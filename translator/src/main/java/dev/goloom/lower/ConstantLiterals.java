// Go constant values written as Java literals of the constant's final type.
package dev.goloom.lower;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.goloom.constant.ConstOps;
import dev.goloom.constant.Constant;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Type;
import dev.goloom.types.Types;
import java.math.BigInteger;

/**
 * Constants are folded by the checker, so translated code never recomputes them: each
 * constant expression becomes one literal. Unsigned values are written as the Java value
 * with the same bits (uint64 max is {@code -1L}).
 */
final class ConstantLiterals {
    private ConstantLiterals() {}

    static Expression of(Constant value, Type type) {
        BasicKind k = Types.basicKind(Types.defaultType(type));
        return switch (value) {
            case Constant.Bool b -> new BooleanLiteralExpr(b.value());
            case Constant.Str s -> string(s.value());
            default -> number(value, k);
        };
    }

    private static Expression number(Constant value, BasicKind k) {
        if (k.isComplex()) {
            // new Complex128(1.0, 2.0): the caller imports the class (ExprLowering.lower).
            Constant.Complex z = ConstOps.toComplex(value);
            BasicKind part = k == BasicKind.COMPLEX64 ? BasicKind.FLOAT32 : BasicKind.FLOAT64;
            return new com.github.javaparser.ast.expr.ObjectCreationExpr(null, new com.github.javaparser.ast.type.ClassOrInterfaceType(
                    null, k == BasicKind.COMPLEX64 ? "Complex64" : "Complex128"), com.github.javaparser.ast.NodeList.nodeList(
                    number(new Constant.Float(z.re()), part), number(new Constant.Float(z.im()), part)));
        }
        if (k.isInteger()) {
            BigInteger i = ConstOps.toInteger(value);
            long bits = i.longValue(); // two's complement truncation keeps the bits of unsigned values
            return switch (k) {
                case INT32, UINT32 -> new IntegerLiteralExpr(Integer.toString((int) bits));
                case INT16, UINT16 -> new CastExpr(PrimitiveType.shortType(), new IntegerLiteralExpr(Short.toString((short) bits)));
                case INT8, UINT8 -> new CastExpr(PrimitiveType.byteType(), new IntegerLiteralExpr(Byte.toString((byte) bits)));
                default -> new LongLiteralExpr(bits + "L");
            };
        }
        if (k == BasicKind.FLOAT32) {
            return new DoubleLiteralExpr(Float.toString(ConstOps.toRational(value).toFloat()) + "f");
        }
        return new DoubleLiteralExpr(Double.toString(ConstOps.toRational(value).toDouble()));
    }

    /**
     * A Java string literal for Go source text (identifiers, type names, package paths): Go
     * sees its UTF-8 bytes, so {@code Länge} becomes the byte string {@code "L\u00c3\u00a4nge"}.
     */
    static StringLiteralExpr text(String text) {
        return string(new String(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** A Java string literal for a Go byte string: printable ASCII as is, everything else escaped. */
    static StringLiteralExpr string(String bytes) {
        StringBuilder sb = new StringBuilder(bytes.length());
        for (int i = 0; i < bytes.length(); i++) {
            char c = bytes.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                case '\r' -> sb.append("\\r");
                default -> {
                    if (c >= 0x20 && c < 0x7f) {
                        sb.append(c);
                    } else {
                        sb.append(String.format("\\u%04x", (int) c));
                    }
                }
            }
        }
        return new StringLiteralExpr(sb.toString());
    }
}
