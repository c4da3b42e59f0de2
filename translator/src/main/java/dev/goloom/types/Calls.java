// Calls ("Calls", "Conversions", "Built-in functions"): functions, conversions and builtins.
package dev.goloom.types;

import dev.goloom.constant.ConstOps;
import dev.goloom.constant.Constant;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.types.TypeAndValue.Mode;
import java.util.ArrayList;
import java.util.List;

final class Calls {
    private final Checker c;

    Calls(Checker c) {
        this.c = c;
    }

    TypeAndValue call(Expr.Call call) {
        TypeAndValue fun = c.exprs.expr(call.fun());
        return switch (fun.mode()) {
            case INVALID -> {
                call.args().forEach(c.exprs::expr);
                yield Exprs.INVALID;
            }
            case TYPE -> conversion(call, fun.type());
            case BUILTIN -> c.builtins.call(call, ((Builtin) c.info.uses.get(calleeIdent(call.fun()))).name());
            default -> {
                if (!(fun.type().underlying() instanceof Type.Signature sig)) {
                    c.error(call.pos(), "invalid operation: cannot call non-function " + Operands.describe(call.fun(), fun));
                    yield Exprs.INVALID;
                }
                arguments(call, sig);
                yield switch (sig.results().size()) {
                    case 0 -> new TypeAndValue(Mode.NOVALUE, Type.Tuple.EMPTY, null);
                    case 1 -> new TypeAndValue(Mode.VALUE, sig.results().at(0), null);
                    default -> new TypeAndValue(Mode.VALUE, sig.results(), null);
                };
            }
        };
    }

    private static Expr.Ident calleeIdent(Expr fun) {
        while (fun instanceof Expr.Paren p) {
            fun = p.x();
        }
        return (Expr.Ident) fun;
    }

    /** Checks arguments against the parameters of {@code sig}, including {@code f(g())} and variadics. */
    private void arguments(Expr.Call call, Type.Signature sig) {
        List<Expr> args = call.args();
        List<Type> argTypes = new ArrayList<>();
        List<Expr> argExprs = new ArrayList<>();
        TypeAndValue only = args.size() == 1 ? c.exprs.expr(args.getFirst()) : null;
        if (only != null && !call.ellipsis()) {
            if (only.type() instanceof Type.Tuple t && only.mode() == Mode.VALUE) {
                // f(g()): g's results are the arguments.
                for (int i = 0; i < t.size(); i++) {
                    argTypes.add(t.at(i));
                    argExprs.add(args.getFirst());
                }
                matchTuple(call, sig, argTypes);
                return;
            }
        }
        int n = sig.params().size();
        for (int i = 0; i < args.size(); i++) {
            Expr a = args.get(i);
            Type target;
            if (sig.variadic() && i >= n - 1) {
                Type.Slice last = (Type.Slice) sig.params().at(n - 1);
                target = call.ellipsis() ? last : last.elem();
            } else if (i < n) {
                target = sig.params().at(i);
            } else {
                target = null;
            }
            TypeAndValue x = only != null ? c.exprs.singleValue(a, only) : c.exprs.value(a);
            if (target != null && x.mode() != Mode.INVALID) {
                c.assignments.assignTo(a, x, target, "argument to " + GoPrinter.expr(call.fun()));
            }
        }
        int min = sig.variadic() ? n - 1 : n;
        if (call.ellipsis() && !sig.variadic()) {
            c.error(call.pos(), "have (...) but function is not variadic: " + GoPrinter.expr(call.fun()));
        } else if (args.size() < min || (!sig.variadic() && args.size() > n)) {
            c.error(args.size() < min ? call.rparen() : args.get(n).pos(),
                    (args.size() < min ? "not enough" : "too many") + " arguments in call to "
                    + GoPrinter.expr(call.fun()) + "\n\thave (" + typesOf(args) + ")\n\twant " + sig.params());
        }
    }

    private void matchTuple(Expr.Call call, Type.Signature sig, List<Type> argTypes) {
        int n = sig.params().size();
        boolean countOk = sig.variadic() ? argTypes.size() >= n - 1 : argTypes.size() == n;
        boolean typesOk = countOk;
        for (int i = 0; countOk && i < argTypes.size(); i++) {
            Type target = sig.variadic() && i >= n - 1 ? ((Type.Slice) sig.params().at(n - 1)).elem() : sig.params().at(i);
            typesOk &= Types.assignable(argTypes.get(i), target);
        }
        if (!typesOk) {
            c.errorAt(call.args().getFirst(), (countOk ? "cannot use" : argTypes.size() < n ? "not enough" : "too many")
                    + " arguments in call to " + GoPrinter.expr(call.fun()) + "\n\thave " + new Type.Tuple(
                    argTypes.stream().map(t -> Var.param("", t)).toList()) + "\n\twant " + sig.params());
        }
    }

    private String typesOf(List<Expr> args) {
        List<String> out = new ArrayList<>();
        for (Expr a : args) {
            Type t = c.info.typeOf(a);
            out.add(t == null ? "invalid type" : Types.isUntyped(t) && c.info.types.get(a).isConstant() ? "number" : t.toString());
        }
        return String.join(", ", out);
    }

    private TypeAndValue conversion(Expr.Call call, Type target) {
        if (call.args().size() != 1 || call.ellipsis()) {
            c.error(call.pos(), (call.args().isEmpty() ? "missing argument in conversion to " : "too many arguments in conversion to ") + target);
            call.args().forEach(c.exprs::expr);
            return Exprs.INVALID;
        }
        Expr arg = call.args().getFirst();
        TypeAndValue x = c.exprs.value(arg);
        if (x.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        BasicKind from = Types.basicKind(x.type()), to = Types.basicKind(target);
        if (x.isConstant() && to.isConstType()) {
            // "A constant value x can be converted to type T if x is representable by a value of T."
            Constant v = x.value();
            if (from.isNumeric() && to.isNumeric()) {
                if (to.isInteger() && ConstOps.toInteger(v) == null) {
                    c.errorAt(arg, "cannot convert " + Operands.describe(arg, x) + " to type " + target + " (truncated)");
                    return Exprs.INVALID;
                }
                if (to.isInteger()) {
                    v = new Constant.Int(ConstOps.toInteger(v));
                } else if (v instanceof Constant.Int i) {
                    v = new Constant.Float(dev.goloom.constant.Rational.of(i.value()));
                }
                String problem = Exprs.representable(v, (Type.Basic) target.underlying());
                if (problem != null) {
                    c.errorAt(arg, "cannot convert " + Operands.describe(arg, x) + " to type " + target + " (" + problem + ")");
                    return Exprs.INVALID;
                }
                c.info.types.put(arg, new TypeAndValue(Mode.CONSTANT, Types.isUntyped(x.type()) ? Types.defaultType(x.type()) : x.type(), x.value()));
                return new TypeAndValue(Mode.CONSTANT, target, v);
            }
            if (from.isString() && to.isString() || from.isBoolean() && to.isBoolean()) {
                return new TypeAndValue(Mode.CONSTANT, target, v);
            }
        }
        if (Types.isUntyped(x.type())) {
            x = c.exprs.convertUntyped(arg, x, Types.defaultType(x.type()));
        }
        if ((from.isNumeric() && to.isNumeric()) || Types.assignable(x.type(), target)
                || Types.identical(x.type().underlying(), target.underlying())) {
            return new TypeAndValue(Mode.VALUE, target, null);
        }
        if (convertible(x.type(), target)) {
            return new TypeAndValue(Mode.VALUE, target, null);
        }
        c.errorAt(arg, "cannot convert " + Operands.describe(arg, x) + " to type " + target);
        return Exprs.INVALID;
    }

    /** The conversion rules beyond assignability and numeric types ("Conversions"). */
    private static boolean convertible(Type from, Type to) {
        Type fu = from.underlying(), tu = to.underlying();
        // "x's type and T are both pointer types that are not named types, and their pointer
        // base types have identical underlying types."
        if (fu instanceof Type.Pointer fp && tu instanceof Type.Pointer tp && !(from instanceof Type.Named)
                && !(to instanceof Type.Named) && Types.identical(fp.elem().underlying(), tp.elem().underlying())) {
            return true;
        }
        BasicKind fk = Types.basicKind(from), tk = Types.basicKind(to);
        // "x is an integer or a slice of bytes or runes and T is a string type."
        if (tk.isString() && (fk.isInteger() || isBytesOrRunes(fu))) {
            return true;
        }
        // "x is a string and T is a slice of bytes or runes."
        if (fk.isString() && isBytesOrRunes(tu)) {
            return true;
        }
        // "x is a slice, T is an array or a pointer to an array, and the slice and array types
        // have identical element types."
        if (fu instanceof Type.Slice s) {
            if (tu instanceof Type.Array a) {
                return Types.identical(s.elem(), a.elem());
            }
            if (tu instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
                return Types.identical(s.elem(), a.elem());
            }
        }
        return false;
    }

    private static boolean isBytesOrRunes(Type u) {
        if (!(u instanceof Type.Slice s)) {
            return false;
        }
        BasicKind k = Types.basicKind(s.elem());
        return k == BasicKind.UINT8 || k == BasicKind.INT32;
    }
}
