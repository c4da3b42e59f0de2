// Converting a value to an interface value: Java boxes where they identify the Go type, else Boxed (see runtime Boxed).
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.expr.CastExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.goloom.types.Type;
import dev.goloom.types.Types;

/**
 * The interface-value rule of docs/design.md: {@code bool, int, int32, int16, int8, float64,
 * float32, string} become {@code Boolean, Long, Integer, Short, Byte, Double, Float, String};
 * a pointer to a struct and an interface value stay as they are; everything else is wrapped
 * in {@code Boxed(descriptor, value)} (a struct value: its copy).
 */
final class Boxing {
    private final LoweringContext ctx;

    Boxing(LoweringContext ctx) {
        this.ctx = ctx;
    }

    /** {@code value} (of Go type {@code from}, already copied if needed) as an interface value. */
    Expression toInterface(Expression value, Type from) {
        return toInterface(value, from, null);
    }

    /** Like {@link #toInterface(Expression, Type)} for a variable of interface type {@code target} (null: any). */
    Expression toInterface(Expression value, Type from, Type target) {
        if (Types.isInterface(from)) {
            return value;
        }
        if ((value instanceof com.github.javaparser.ast.expr.LambdaExpr
                || value instanceof com.github.javaparser.ast.expr.MethodReferenceExpr)
                && ctx.javaTypes.of(from) instanceof com.github.javaparser.ast.type.Type funcType) {
            // A lambda or method reference needs its functional interface: the context is Object.
            value = JavaPrecedence.cast(funcType, value);
        }
        if (from instanceof Type.Named n && InterfaceLowering.hasValueClass(ctx, n)) {
            // A value of a type with methods: its Boxed subclass implements them (InterfaceLowering).
            ClassOrInterfaceType cls = new ClassOrInterfaceType(null, ctx.use(ctx.structClassName(n)));
            if (n.underlying() instanceof Type.Struct) {
                cls = new ClassOrInterfaceType(cls, InterfaceLowering.VALUE_CLASS);
            }
            return new ObjectCreationExpr(null, cls, NodeList.nodeList(value));
        }
        if (from instanceof Type.Named n && InterfaceLowering.hasShimValueClass(ctx, n)) {
            // sort.IntSlice: the shim's class of that name is the Boxed that implements its methods.
            return new ObjectCreationExpr(null, new ClassOrInterfaceType(null, ctx.use(ctx.structClassName(n))),
                    NodeList.nodeList(value));
        }
        if (from.underlying() instanceof Type.Pointer p && p.elem() instanceof Type.Named n
                && !InterfaceLowering.pointerInterfaces(ctx, n).isEmpty()) {
            // *Counter for a non-struct Counter with methods: Counter.PointerValue implements them.
            return new ObjectCreationExpr(null, new ClassOrInterfaceType(new ClassOrInterfaceType(null,
                    ctx.use(ctx.structClassName(n))), InterfaceLowering.POINTER_CLASS), NodeList.nodeList(value));
        }
        if (from instanceof Type.Struct st && !InterfaceLowering.anonymousValueInterfaces(ctx, st).isEmpty()) {
            // struct{ S } with promoted methods: AnonStruct$N.InterfaceValue implements them.
            return new ObjectCreationExpr(null, new ClassOrInterfaceType(new ClassOrInterfaceType(null,
                    ctx.use(ctx.anonymousStructClassName(st))), InterfaceLowering.VALUE_CLASS), NodeList.nodeList(value));
        }
        if (from instanceof Type.Pointer p && p.elem() instanceof Type.Struct st
                && !InterfaceLowering.anonymousPointerInterfaces(ctx, st).isEmpty()) {
            // *struct{ S }: AnonStruct$N.PointerValue (a nil pointer too, as a plain Boxed would hold it).
            return new ObjectCreationExpr(null, new ClassOrInterfaceType(new ClassOrInterfaceType(null,
                    ctx.use(ctx.anonymousStructClassName(st))), InterfaceLowering.POINTER_CLASS), NodeList.nodeList(value));
        }
        if (!(from instanceof Type.Named)) {
            Type u = from.underlying();
            if (u instanceof Type.Basic b) {
                switch (b.kind()) {
                    case BOOL, INT, INT32, INT16, INT8, FLOAT64, FLOAT32, UNTYPED_BOOL, UNTYPED_INT, UNTYPED_RUNE,
                         UNTYPED_FLOAT -> {
                        // Java's autoboxing picks the right box: the Java type of the value is the
                        // Go type's own (long for int, int for int32, ...).
                        return value;
                    }
                    case STRING, UNTYPED_STRING -> {
                        return value;
                    }
                    case UNTYPED_NIL -> {
                        return value;
                    }
                    default -> { }
                }
            }
            if (u instanceof Type.Pointer p && p.elem() instanceof Type.Named n && n.underlying() instanceof Type.Struct) {
                if (value instanceof ObjectCreationExpr || value instanceof com.github.javaparser.ast.expr.ThisExpr
                        || n.obj().pkg().isShim()) {
                    return value; // never nil; the shims' classes have no typed nil
                }
                // A nil *T in an interface is T.NIL (Go's typed nil), not a nil interface.
                var orNil = new com.github.javaparser.ast.expr.MethodCallExpr(new com.github.javaparser.ast.expr.NameExpr(
                        ctx.use("dev.goloom.runtime.Interfaces")), "orNil", NodeList.nodeList(value,
                        new com.github.javaparser.ast.expr.FieldAccessExpr(new com.github.javaparser.ast.expr.NameExpr(
                                ctx.use(ctx.structClassName(n))), InterfaceLowering.NIL_FIELD)));
                // The result type is the target's (Object for any: never inferred, as varargs would make it Object[]).
                return orNil.setTypeArguments(target == null ? new ClassOrInterfaceType(null, "Object") : ctx.javaTypes.boxed(target));
            }
        }
        if (value instanceof com.github.javaparser.ast.expr.LambdaExpr || value instanceof com.github.javaparser.ast.expr.MethodReferenceExpr) {
            value = JavaPrecedence.cast(ctx.javaTypes.of(from), value); // a func value needs its functional type
        }
        return new ObjectCreationExpr(null, new ClassOrInterfaceType(null, ctx.use("dev.goloom.runtime.Boxed")),
                NodeList.nodeList(ctx.descriptors.of(from), value));
    }
}
