// Conversions to and from unsafe.Pointer, for the uses whose translation stays exact.
package dev.goloom.lower;

import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NullLiteralExpr;
import dev.goloom.constant.Constant;
import dev.goloom.syntax.Expr;
import dev.goloom.types.BasicKind;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import dev.goloom.types.Types;

/**
 * An {@code unsafe.Pointer} is a Java {@code Object}: the pointer object it was converted from
 * (a struct object, a Java array, a cell or element pointer), or null. Only what needs no
 * machine memory is exact and translated: {@code unsafe.Pointer(p)} of a pointer, nil and
 * {@code unsafe.Pointer(uintptr(0))}, comparisons, {@code uintptr(unsafe.Pointer(p))} (the
 * invented address %p prints, stable per object; Go's is as arbitrary), and {@code (*T)(unsafe.Pointer(p))} where
 * p's element type has T's underlying type (the same Java object works as both). Every other
 * use reinterprets memory (type punning, address arithmetic) and is reported as unsupported.
 */
final class UnsafePointers {
    private UnsafePointers() {}

    /** Whether {@code t}'s underlying type is unsafe.Pointer. */
    static boolean isUnsafePointer(Type t) {
        return Types.basicKind(t) == BasicKind.UNSAFE_POINTER;
    }

    /** Lowers the conversion {@code call} to or from unsafe.Pointer, or reports it unsupported. */
    static Expression convert(ExprLowering exprs, LoweringContext ctx, Expr.Call call, Type target) {
        Expr arg = call.args().getFirst();
        Type from = exprs.typeOf(arg);
        if (isUnsafePointer(target)) {
            if (from.underlying() instanceof Type.Pointer) {
                return exprs.lower(arg);
            }
            if (isZero(ctx, arg)) {
                return new NullLiteralExpr();
            }
            return exprs.unsupported(call, "conversion from " + from + " to " + target + " (goloom has no machine addresses)");
        }
        if (target.underlying() instanceof Type.Pointer tp) {
            Expr source = ExprLowering.unparen(arg);
            if (source instanceof Expr.Call inner && inner.args().size() == 1 && !inner.ellipsis()
                    && ctx.info.typeAndValue(inner.fun()) instanceof TypeAndValue ftv && ftv.mode() == TypeAndValue.Mode.TYPE
                    && isUnsafePointer(ftv.type())) {
                Expr original = inner.args().getFirst();
                Type originalType = exprs.typeOf(original);
                if (exprs.isNil(original) || isZero(ctx, original)) {
                    return new NullLiteralExpr();
                }
                if (originalType.underlying() instanceof Type.Pointer op
                        && Types.identical(op.elem().underlying(), tp.elem().underlying())
                        && String.valueOf(ctx.javaTypes.of(originalType)).equals(String.valueOf(ctx.javaTypes.of(target)))) {
                    return exprs.lower(original);
                }
                return exprs.unsupported(call, "conversion of unsafe.Pointer(" + originalType + ") to " + target
                        + " (reinterpreting memory)");
            }
            return exprs.unsupported(call, "conversion from " + from + " to " + target
                    + " (only (*T)(unsafe.Pointer(p)) with p of type *T is translated)");
        }
        if (isUnsafePointer(from) && Types.basicKind(target) == BasicKind.UINTPTR) {
            // uintptr(unsafe.Pointer(p)): the address fmt's %p invents for the same object, 0 for nil.
            return new com.github.javaparser.ast.expr.MethodCallExpr(new com.github.javaparser.ast.expr.NameExpr(
                    ctx.use("dev.goloom.runtime.Addresses")), "of", com.github.javaparser.ast.NodeList.nodeList(exprs.lower(arg)));
        }
        return exprs.unsupported(call, "conversion from " + from + " to " + target + " (goloom has no machine addresses)");
    }

    /** Whether {@code e} is the constant 0 (a uintptr that converts to a nil unsafe.Pointer). */
    private static boolean isZero(LoweringContext ctx, Expr e) {
        TypeAndValue tv = ctx.info.typeAndValue(e);
        return tv != null && tv.isConstant() && tv.value() instanceof Constant.Int i && i.value().signum() == 0;
    }
}
