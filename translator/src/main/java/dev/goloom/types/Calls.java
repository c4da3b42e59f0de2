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
                Type ft = fun.type() instanceof Type.TypeParam ? TypeSets.coreType(fun.type()) : fun.type().underlying();
                if (!(ft instanceof Type.Signature sig)) {
                    c.error(call.pos(), "invalid operation: cannot call non-function " + Operands.describe(call.fun(), fun));
                    call.args().forEach(c.exprs::expr);
                    yield Exprs.INVALID;
                }
                Args args = evalArgs(call, sig);
                if (sig.isGeneric()) {
                    sig = inferCall(call, sig, args);
                    if (sig == null) {
                        yield Exprs.INVALID;
                    }
                    c.info.types.put(call.fun(), new TypeAndValue(fun.mode(), sig, null));
                }
                arguments(call, sig, args);
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
        return fun instanceof Expr.Selector sel ? sel.sel() : (Expr.Ident) fun; // unsafe.Sizeof
    }

    /** The checked arguments of a call; {@code tuple} when they are the results of one call f(g()). */
    private record Args(List<Infer.Arg> list, boolean tuple) {}

    /** The type argument {@code i} is passed as, when known before inference (null for generic callees). */
    private static Type paramType(Type.Signature sig, int i, Expr.Call call) {
        int n = sig.params().size();
        if (sig.isGeneric() || n == 0) {
            return null;
        }
        if (sig.variadic() && i >= n - 1) {
            Type.Slice last = (Type.Slice) sig.params().at(n - 1);
            return call.ellipsis() ? last : last.elem();
        }
        return i < n ? sig.params().at(i) : null;
    }

    private Args evalArgs(Expr.Call call, Type.Signature sig) {
        List<Expr> args = call.args();
        List<Infer.Arg> out = new ArrayList<>();
        TypeAndValue only = args.size() == 1 ? c.exprs.expr(args.getFirst()) : null;
        if (only != null && !call.ellipsis() && only.type() instanceof Type.Tuple t && only.mode() == Mode.VALUE) {
            // f(g()): g's results are the arguments.
            for (int i = 0; i < t.size(); i++) {
                out.add(new Infer.Arg(args.getFirst(), new TypeAndValue(Mode.VALUE, t.at(i), null)));
            }
            return new Args(out, true);
        }
        for (int i = 0; i < args.size(); i++) {
            Expr a = args.get(i);
            TypeAndValue tv;
            if (only != null) {
                tv = sig.isGeneric() && Exprs.isGenericFunc(only) ? only : c.exprs.singleValue(a, only);
            } else {
                tv = sig.isGeneric() ? c.exprs.valueOrGeneric(a) : c.exprs.value(a, paramType(sig, i, call));
            }
            out.add(new Infer.Arg(a, tv));
        }
        return new Args(out, false);
    }

    /**
     * Infers the remaining type arguments of a call of a generic function (after any given
     * explicitly, see {@link Instantiate#funcInstance}), verifies them and records the
     * instantiation; returns the instantiated signature, or null after an error.
     */
    private Type.Signature inferCall(Expr.Call call, Type.Signature sig, Args args) {
        Expr fun = Instantiate.unparen(call.fun());
        Instantiate.Partial partial = fun instanceof Expr.Index ix ? c.instantiate.partials.get(ix) : null;
        Expr name = partial != null ? ((Expr.Index) fun).x() : fun;
        String callee = GoPrinter.expr(name);
        Type.Signature generic = partial != null ? partial.generic() : sig;
        List<Type> explicit = partial != null ? partial.explicit() : List.of();
        sig = generic;
        int n = sig.params().size();
        List<Type> params = new ArrayList<>();
        for (int i = 0; i < args.list().size(); i++) {
            if (sig.variadic() && i >= n - 1 && n > 0) {
                Type.Slice last = (Type.Slice) sig.params().at(n - 1);
                params.add(call.ellipsis() ? last : last.elem());
            } else if (i < n) {
                params.add(sig.params().at(i));
            }
        }
        List<Type> all = Infer.infer(c, callee, generic, explicit, params, args.list(), call.pos());
        if (all == null) {
            return null;
        }
        if (!c.instantiate.verify(generic.typeParams(), all, null, call.pos())) {
            return null;
        }
        Type.Signature inst = Instantiate.instantiate(generic, all);
        // Generic function arguments get their type arguments from the instantiated parameter types.
        for (int i = 0; i < args.list().size() && i < params.size(); i++) {
            Infer.Arg a = args.list().get(i);
            if (Exprs.isGenericFunc(a.tv())) {
                Type want = Subst.subst(params.get(i), Subst.map(generic.typeParams(), all));
                TypeAndValue tv = c.exprs.instantiateArg(a.expr(), a.tv(), want);
                if (tv.mode() == Mode.INVALID) {
                    return null;
                }
                args.list().set(i, new Infer.Arg(a.expr(), tv));
            }
        }
        c.instantiate.record(name, all, inst);
        c.mono.instance(generic.typeParams(), all, partial != null ? ((Expr.Index) fun).indices() : null, call.pos());
        return inst;
    }

    /** Checks arguments against the parameters of {@code sig}, including {@code f(g())} and variadics. */
    private void arguments(Expr.Call call, Type.Signature sig, Args checked) {
        List<Expr> args = call.args();
        if (checked.tuple()) {
            matchTuple(call, sig, checked.list().stream().map(a -> a.tv().type()).toList());
            return;
        }
        int n = sig.params().size();
        // The count first, as types2 does: with a wrong count no argument is assigned.
        int min = sig.variadic() ? n - 1 : n;
        if (call.ellipsis() && !sig.variadic()) {
            c.error(call.pos(), "have (...) but function is not variadic: " + GoPrinter.expr(call.fun()));
            return;
        } else if (args.size() < min || (!sig.variadic() && args.size() > n)) {
            c.error(args.size() < min ? call.rparen() : args.get(n).pos(),
                    (args.size() < min ? "not enough" : "too many") + " arguments in call to "
                    + GoPrinter.expr(call.fun()) + "\n\thave (" + typesOf(args) + ")\n\twant " + sig.params());
            return;
        }
        String context = null; // printed once per call, not per argument
        for (int i = 0; i < args.size(); i++) {
            Expr a = args.get(i);
            Type target;
            if (sig.variadic() && i >= n - 1) {
                Type.Slice last = (Type.Slice) sig.params().at(n - 1);
                target = call.ellipsis() ? last : last.elem();
            } else {
                target = sig.params().at(i);
            }
            TypeAndValue x = checked.list().get(i).tv();
            if (x.mode() != Mode.INVALID) {
                if (context == null) {
                    context = "argument to " + GoPrinter.expr(call.fun());
                }
                c.assignments.assignTo(a, x, target, context);
            }
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
                // types2 (Go 1.26): integer to integer can only overflow, said concisely; any other
                // unrepresentable constant is "cannot convert", without a cause.
                if (to.isInteger() && ConstOps.toInteger(v) == null) {
                    c.errorAt(arg, "cannot convert " + Operands.describe(arg, x) + " to type " + target);
                    return Exprs.INVALID;
                }
                if (to.isInteger()) {
                    v = new Constant.Int(ConstOps.toInteger(v));
                } else if (v instanceof Constant.Int i) {
                    v = new Constant.Float(dev.goloom.constant.Rational.of(i.value()));
                }
                String problem = Exprs.representable(v, (Type.Basic) target.underlying());
                if (problem != null) {
                    c.errorAt(arg, from.isInteger() && to.isInteger()
                            ? "constant " + Operands.valueText(x.value()) + " overflows " + target
                            : "cannot convert " + Operands.describe(arg, x) + " to type " + target);
                    return Exprs.INVALID;
                }
                c.info.types.put(arg, new TypeAndValue(Mode.CONSTANT, Types.isUntyped(x.type()) ? Types.defaultType(x.type()) : x.type(), x.value()));
                return new TypeAndValue(Mode.CONSTANT, target, Exprs.rounded(v, target));
            }
            if (from.isString() && to.isString() || from.isBoolean() && to.isBoolean()) {
                return new TypeAndValue(Mode.CONSTANT, target, v);
            }
            // "Converting a constant integer to a string type yields a typed string constant"
            // (the UTF-8 of the code point; U+FFFD for invalid ones).
            if (from.isInteger() && to.isString() && ConstOps.toInteger(v) != null) {
                java.math.BigInteger cp = ConstOps.toInteger(v);
                long r = cp.bitLength() > 32 ? 0xFFFD : cp.longValue();
                if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
                    r = 0xFFFD;
                }
                String bytes = new String(new String(Character.toChars((int) r)).getBytes(java.nio.charset.StandardCharsets.UTF_8),
                        java.nio.charset.StandardCharsets.ISO_8859_1);
                if (Types.isUntyped(x.type()) && cp.bitLength() < 64) {
                    c.exprs.convertUntyped(arg, x, Types.defaultType(x.type()));
                } else if (Types.isUntyped(x.type())) {
                    // string(1<<100): as go/types, the untyped operand takes the conversion's type (no int overflow).
                    c.info.types.put(arg, new TypeAndValue(Mode.CONSTANT, target, x.value()));
                }
                return new TypeAndValue(Mode.CONSTANT, target, new Constant.Str(bytes));
            }
        }
        if (x.type() == Universe.UNTYPED_NIL) {
            Type tu = target.underlying();
            if (Types.hasNil(tu)) {
                c.info.types.put(arg, new TypeAndValue(Mode.VALUE, target, null));
                return new TypeAndValue(Mode.VALUE, target, null);
            }
            c.errorAt(arg, "cannot convert nil to type " + target);
            return Exprs.INVALID;
        }
        if (target instanceof Type.TypeParam tp && Types.isUntyped(x.type()) && x.isConstant()) {
            // A constant converts to a type parameter when it converts to every type in its set.
            Constant cv = x.value();
            if (!Exprs.kindCompatible(x.type(), tp) || TypeSets.terms(tp).stream().anyMatch(
                    t -> Exprs.representable(cv, (Type.Basic) t.type().underlying()) != null)) {
                c.errorAt(arg, "cannot convert " + Operands.describe(arg, x) + " to type " + target);
                return Exprs.INVALID;
            }
            c.exprs.convertUntyped(arg, x, Types.defaultType(x.type()));
            return new TypeAndValue(Mode.VALUE, target, null);
        }
        // Errors describe the operand as written (types2: "1 (untyped int constant)"), before it takes its default type.
        TypeAndValue written = x;
        if (Types.isUntyped(x.type())) {
            x = c.exprs.convertUntyped(arg, x, Types.defaultType(x.type()));
        }
        if (x.type() instanceof Type.TypeParam || target instanceof Type.TypeParam) {
            String why = typeParamConversion(x.type(), target);
            if (why == null) {
                return new TypeAndValue(Mode.VALUE, target, null);
            }
            c.errorAt(arg, "cannot convert " + Operands.describe(arg, written) + " to type " + target + why);
            return Exprs.INVALID;
        }
        if ((from.isNumeric() && to.isNumeric()) || Types.assignable(x.type(), target)
                || Types.identical(x.type().underlying(), target.underlying())) {
            return new TypeAndValue(Mode.VALUE, target, null);
        }
        if (convertible(x.type(), target)) {
            return new TypeAndValue(Mode.VALUE, target, null);
        }
        c.errorAt(arg, "cannot convert " + Operands.describe(arg, written) + " to type " + target);
        return Exprs.INVALID;
    }

    /**
     * Conversions with type parameters: "each type in the type set of x's type converts to
     * each type in T's type set". Null when allowed, else gc's reason (": cannot convert
     * string (in T) to type int"), or "" when the type set has no specific types.
     */
    private static String typeParamConversion(Type from, Type to) {
        if (Types.identical(from, to) || to.underlying() instanceof Type.Interface && !(to instanceof Type.TypeParam)
                && Types.assignable(from, to)) {
            return null;
        }
        List<Type> froms = termTypes(from), tos = termTypes(to);
        if (froms == null || tos == null) {
            return "";
        }
        for (Type f : froms) {
            for (Type t : tos) {
                if (!convertibleBasic(f, t)) {
                    String fs = from instanceof Type.TypeParam ? f + " (in " + from + ")" : f.toString();
                    String ts = to instanceof Type.TypeParam ? t + " (in " + to + ")" : t.toString();
                    return ": cannot convert " + fs + " to type " + ts;
                }
            }
        }
        return null;
    }

    /** The types of a type parameter's type set, or the type itself; null when there are no specific types. */
    private static List<Type> termTypes(Type t) {
        if (!(t instanceof Type.TypeParam tp)) {
            return List.of(t);
        }
        List<Type.Term> terms = TypeSets.terms(tp);
        return terms == null || terms.isEmpty() ? null : terms.stream().map(Type.Term::type).toList();
    }

    private static boolean convertibleBasic(Type from, Type to) {
        BasicKind fk = Types.basicKind(from), tk = Types.basicKind(to);
        return fk.isNumeric() && tk.isNumeric() || Types.assignable(from, to)
                || Types.identical(from.underlying(), to.underlying()) || convertible(from, to);
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
        // Package unsafe: "Any pointer or value of underlying type uintptr can be converted to a
        // type of underlying type Pointer and vice versa."
        if (tk == BasicKind.UNSAFE_POINTER && (fu instanceof Type.Pointer || fk == BasicKind.UINTPTR)
                || fk == BasicKind.UNSAFE_POINTER && (tu instanceof Type.Pointer || tk == BasicKind.UINTPTR)) {
            return true;
        }
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
