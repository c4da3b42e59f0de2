// Go types as Java types, and their zero values (DESIGN.md: same-width primitives).
package dev.goloom.lower;

import com.github.javaparser.ast.expr.BooleanLiteralExpr;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.DoubleLiteralExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.IntegerLiteralExpr;
import com.github.javaparser.ast.expr.LongLiteralExpr;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import com.github.javaparser.ast.type.PrimitiveType;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Type;
import dev.goloom.types.Types;
import dev.goloom.types.Universe;

final class JavaTypes {
    private JavaTypes() {}

    /** The Java type of a Go type, or null when goloom cannot translate it yet. */
    static com.github.javaparser.ast.type.Type of(Type t) {
        if (t == Universe.ERROR) {
            return new ClassOrInterfaceType(null, "GoError");
        }
        Type u = t.underlying();
        if (u instanceof Type.Interface) {
            return new ClassOrInterfaceType(null, "Object");
        }
        if (!(u instanceof Type.Basic b)) {
            return null;
        }
        return switch (b.kind()) {
            case BOOL, UNTYPED_BOOL -> PrimitiveType.booleanType();
            case INT, INT64, UINT, UINT64, UINTPTR, UNTYPED_INT -> PrimitiveType.longType();
            case INT32, UINT32, UNTYPED_RUNE -> PrimitiveType.intType();
            case INT16, UINT16 -> PrimitiveType.shortType();
            case INT8, UINT8 -> PrimitiveType.byteType();
            case FLOAT64, UNTYPED_FLOAT -> PrimitiveType.doubleType();
            case FLOAT32 -> PrimitiveType.floatType();
            case STRING, UNTYPED_STRING -> new ClassOrInterfaceType(null, "String");
            default -> null;
        };
    }

    /** Whether goloom's arithmetic on this type is exact Java arithmetic (no helper, no cast). */
    static boolean nativeArithmetic(Type t) {
        return switch (Types.basicKind(t)) {
            case INT, INT64, INT32, FLOAT64, STRING, BOOL -> true;
            default -> false;
        };
    }

    /** Go's zero value of {@code t} as a Java expression. */
    static Expression zero(Type t) {
        BasicKind k = Types.basicKind(t);
        return switch (k) {
            case BOOL -> new BooleanLiteralExpr(false);
            case INT, INT64, UINT, UINT64, UINTPTR -> new LongLiteralExpr("0L");
            case INT32, UINT32 -> new IntegerLiteralExpr("0");
            case INT16, UINT16 -> new CastExpr(PrimitiveType.shortType(), new IntegerLiteralExpr("0"));
            case INT8, UINT8 -> new CastExpr(PrimitiveType.byteType(), new IntegerLiteralExpr("0"));
            case FLOAT64 -> new DoubleLiteralExpr("0.0");
            case FLOAT32 -> new DoubleLiteralExpr("0.0f");
            case STRING -> new StringLiteralExpr("");
            default -> new NullLiteralExpr();
        };
    }
}
