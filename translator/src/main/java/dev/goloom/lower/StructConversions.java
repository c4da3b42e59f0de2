// Converts a struct value between struct types of different Java classes (named ↔ anonymous, T ↔ type U T).
package dev.goloom.lower;

import com.github.javaparser.ast.NodeList;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.FieldAccessExpr;
import com.github.javaparser.ast.expr.LambdaExpr;
import com.github.javaparser.ast.expr.MethodCallExpr;
import com.github.javaparser.ast.expr.NameExpr;
import com.github.javaparser.ast.expr.ObjectCreationExpr;
import com.github.javaparser.ast.type.UnknownType;
import dev.goloom.types.Type;
import dev.goloom.types.Var;

/**
 * Go converts between struct types with identical fields (tags ignored), and assigns an
 * anonymous struct value to a variable of a named type with the same fields. Each struct type
 * is its own Java class here, so the value is rebuilt field by field, once:
 * {@code Pointers.field(x, o$1 -> new T(o$1.A, o$1.B.copy()))} (nested struct fields of
 * different classes are converted the same way).
 */
final class StructConversions {
    private final ExprLowering exprs;
    private final LoweringContext ctx;

    StructConversions(ExprLowering exprs) {
        this.exprs = exprs;
        this.ctx = exprs.ctx;
    }

    /** Whether a value of {@code from} needs rebuilding to be a {@code to}: both structs, different classes. */
    boolean needed(Type from, Type to) {
        return from.underlying() instanceof Type.Struct && to.underlying() instanceof Type.Struct
                && ctx.javaTypes.mappable(from) && ctx.javaTypes.mappable(to)
                && !ctx.javaTypes.of(from).toString().equals(ctx.javaTypes.of(to).toString());
    }

    /** {@code x} (a {@code from}) as a new {@code to} object. */
    Expression convert(Expression x, Type from, Type to) {
        Type.Struct source = (Type.Struct) from.underlying();
        Type.Struct target = (Type.Struct) to.underlying();
        String o = ctx.temp("o");
        NodeList<Expression> args = new NodeList<>();
        for (int i = 0; i < target.fields().size(); i++) {
            Var sf = source.fields().get(i);
            Var tf = target.fields().get(i);
            Expression value = new FieldAccessExpr(new NameExpr(o), fieldName(source, i));
            args.add(needed(sf.type(), tf.type()) ? convert(value, sf.type(), tf.type()) : exprs.copyOf(value, sf.type()));
        }
        Expression created = new ObjectCreationExpr(null, ctx.javaTypes.structClassOf(to instanceof Type.Named ? to : target), args);
        return new MethodCallExpr(new NameExpr(ctx.use("dev.goloom.runtime.Pointers")), "field",
                NodeList.nodeList(x, new LambdaExpr(NodeList.nodeList(new Parameter(new UnknownType(), o)), created)));
    }

    /** The Java field of field i (StructLowering's naming: blank fields are {@code blank$i}). */
    private static String fieldName(Type.Struct st, int i) {
        Var f = st.fields().get(i);
        return f.name().equals("_") ? "blank$" + i : JavaNames.member(f.name());
    }
}
