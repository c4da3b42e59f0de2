// How the checker describes operands in messages, in types2's words ("x (variable of type int)").
package dev.goloom.types;

import dev.goloom.constant.Constant;
import dev.goloom.constant.FloatText;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;

final class Operands {
    private Operands() {}

    /** Describes {@code e} with its mode and type, as types2's operand.String does. */
    static String describe(Expr e, TypeAndValue tv) {
        String text = GoPrinter.expr(e);
        if (tv.type() == Universe.UNTYPED_NIL) {
            return text;
        }
        return switch (tv.mode()) {
            case CONSTANT -> {
                String value = valueText(tv.value());
                boolean untyped = tv.type() instanceof Type.Basic b && b.kind().isUntyped();
                String shown = text.equals(value) ? "" : " " + value;
                yield untyped ? text + " (" + tv.type() + " constant" + shown + ")"
                        : text + " (constant" + shown + " of " + typeDescription(tv.type()) + ")";
            }
            case VARIABLE -> text + " (variable of " + typeDescription(tv.type()) + ")";
            case MAPINDEX -> text + " (map index expression of " + typeDescription(tv.type()) + ")";
            case NOVALUE -> text + " (no value)";
            case TYPE -> text + " (type)";
            case BUILTIN -> text + " (built-in)";
            default -> text + " (value of " + typeDescription(tv.type()) + ")";
        };
    }

    /**
     * "type T", where a defined type also says what it is: "int type MyInt", "struct type S",
     * "interface type error" (types2 describes the structure of named types).
     */
    static String typeDescription(Type t) {
        if (t instanceof Type.TypeParam tp) {
            return "type " + tp + " constrained by " + TypeSets.constraintString(tp.constraint());
        }
        if (!(t instanceof Type.Named)) {
            return "type " + t;
        }
        String kind = switch (t.underlying()) {
            case Type.Basic b when b.kind() != BasicKind.INVALID -> b.name();
            // An instance given the wrong number of type arguments: "invalid type F[A]", a follow-on error's mark.
            case Type.Basic b when ((Type.Named) t).isInstance() -> "invalid type";
            case Type.Basic b -> null;
            default -> Exprs.compositeKind(t); // a named type's underlying type is never a tuple
        };
        return kind == null || kind.isEmpty() ? "type " + t : kind + " type " + t;
    }

    static String valueText(Constant c) {
        return switch (c) {
            case Constant.Str s -> GoPrinter.quote(s.value());
            case Constant.Float f -> FloatText.of(f.value());
            case Constant.Complex z -> "(" + FloatText.of(z.re()) + " + " + FloatText.of(z.im()) + "i)";
            case null -> "";
            default -> c.toString();
        };
    }
}
