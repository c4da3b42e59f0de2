// Calls of the predeclared functions ("Built-in functions"): len, append, make, new, panic, ...
package dev.goloom.types;

import dev.goloom.constant.ConstOps;

import dev.goloom.constant.Constant;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Positions;
import dev.goloom.types.TypeAndValue.Mode;
import java.util.ArrayList;
import java.util.List;

final class BuiltinCalls {
    private final Checker c;

    BuiltinCalls(Checker c) {
        this.c = c;
    }

    private static final TypeAndValue NOVALUE = new TypeAndValue(Mode.NOVALUE, Type.Tuple.EMPTY, null);

    private static TypeAndValue value(Type t) {
        return new TypeAndValue(Mode.VALUE, t, null);
    }

    /** Checks the argument count: gc's "not enough/too many arguments for f(...) (expected n, found m)". */
    private boolean count(BuiltinArgs a, int min, int max) {
        int n = a.size();
        if (n >= min && (max < 0 || n <= max)) {
            return true;
        }
        String expected = max == min || n < min ? String.valueOf(min) : String.valueOf(max);
        c.error(Positions.start(a.call), "invalid operation: " + (n < min ? "not enough" : "too many") + " arguments for "
                + GoPrinter.expr(a.call) + " (expected " + expected + ", found " + n + ")");
        a.checkRest(0);
        return false;
    }

    TypeAndValue call(Expr.Call call, String name) {
        List<Expr> args = call.args();
        if (call.ellipsis() && !name.equals("append")) {
            c.error(Positions.start(call), "invalid operation: invalid use of ... with built-in " + name);
            args.forEach(c.exprs::expr);
            return Exprs.INVALID;
        }
        // make, new and unsafe.Offsetof take types or selectors; the others' arguments may be one call's results.
        BuiltinArgs a = BuiltinArgs.of(c, call, !name.equals("make") && !name.equals("new") && !name.equals("Offsetof"));
        if (UnsafeCalls.handles(name)) {
            int n = UnsafeCalls.arity(name);
            return count(a, n, n) ? c.unsafeCalls.call(a, name) : Exprs.INVALID;
        }
        return switch (name) {
            case "print", "println" -> print(a, name);
            case "len", "cap" -> lenCap(a, name);
            case "append" -> append(a);
            case "copy" -> copy(a);
            case "delete" -> delete(a);
            case "make" -> make(call);
            case "new" -> {
                if (!count(a, 1, 1)) {
                    yield Exprs.INVALID;
                }
                // Since Go 1.26 the argument may also be an expression: new(v) points to a copy of v.
                TypeAndValue x = c.exprs.expr(args.getFirst());
                if (x.mode() == Mode.TYPE) {
                    yield value(new Type.Pointer(x.type()));
                }
                x = c.exprs.singleValue(args.getFirst(), x);
                if (x.mode() == Mode.INVALID) {
                    yield Exprs.INVALID;
                }
                if (x.type() == Universe.UNTYPED_NIL) {
                    c.errorAt(args.getFirst(), "use of untyped nil in argument to built-in new");
                    yield Exprs.INVALID;
                }
                if (Types.isUntyped(x.type())) {
                    x = c.exprs.convertUntyped(args.getFirst(), x, Types.defaultType(x.type()));
                }
                yield value(new Type.Pointer(x.type()));
            }
            case "panic" -> {
                if (count(a, 1, 1)) {
                    c.assignments.assignTo(a.expr(0), a.value(0), Universe.ANY, "argument to panic");
                }
                yield NOVALUE;
            }
            case "recover" -> count(a, 0, 0) ? value(Universe.ANY) : Exprs.INVALID;
            case "min", "max" -> minMax(a, name);
            case "complex" -> count(a, 2, 2) ? complex(a) : Exprs.INVALID;
            case "real", "imag" -> count(a, 1, 1) ? realImag(a, name) : Exprs.INVALID;
            case "clear" -> {
                if (!count(a, 1, 1)) {
                    yield Exprs.INVALID;
                }
                TypeAndValue x = a.value(0);
                if (x.mode() != Mode.INVALID && !(Types.under(x.type()) instanceof Type.MapType
                        || Types.under(x.type()) instanceof Type.Slice)) {
                    c.errorAt(a.expr(0), "invalid argument: cannot clear " + Operands.describe(a.expr(0), x)
                            + ": argument must be (or constrained by) map or slice");
                }
                yield NOVALUE;
            }
            case "close" -> {
                if (!count(a, 1, 1)) {
                    yield Exprs.INVALID;
                }
                Expr arg = a.expr(0);
                TypeAndValue x = a.value(0);
                if (x.mode() == Mode.INVALID) {
                    yield NOVALUE;
                }
                if (x.type() instanceof Type.TypeParam tp && TypeSets.allTerms(tp, t -> t instanceof Type.Chan)) {
                    if (!TypeSets.allTerms(tp, t -> ((Type.Chan) t).dir() != Type.ChanDir.RECV)) {
                        c.errorAt(arg, "invalid operation: cannot close receive-only channel "
                                + Operands.describe(arg, x));
                    }
                } else if (!(Types.under(x.type()) instanceof Type.Chan ch)) {
                    c.errorAt(arg, "invalid operation: cannot close non-channel " + Operands.describe(arg, x));
                } else if (ch.dir() == Type.ChanDir.RECV) {
                    c.errorAt(arg, "invalid operation: cannot close receive-only channel "
                            + Operands.describe(arg, x));
                }
                yield NOVALUE;
            }
            default -> {
                c.diags.unsupported(Positions.start(call), "built-in " + name);
                a.checkRest(0);
                yield Exprs.INVALID;
            }
        };
    }

    /**
     * "complex(realPart, imaginaryPart floatT) complexT": both arguments of the same float type
     * (an untyped constant takes the other's), or both untyped constants (an untyped complex
     * constant).
     */
    private TypeAndValue complex(BuiltinArgs a) {
        Expr.Call call = a.call;
        Expr re = a.expr(0), im = a.expr(1);
        TypeAndValue x = a.value(0), y = a.value(1);
        if (x.mode() == Mode.INVALID || y.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        if (Types.isUntyped(x.type()) && !Types.isUntyped(y.type())) {
            x = c.exprs.convertUntyped(re, x, y.type());
        } else if (Types.isUntyped(y.type()) && !Types.isUntyped(x.type())) {
            y = c.exprs.convertUntyped(im, y, x.type());
        }
        if (x.mode() == Mode.INVALID || y.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        if (Types.isUntyped(x.type()) && Types.isUntyped(y.type())) {
            if (x.isConstant() && y.isConstant() && ConstOps.toRational(x.value()) != null
                    && ConstOps.toRational(y.value()) != null) {
                return new TypeAndValue(Mode.CONSTANT, Universe.UNTYPED_COMPLEX, new Constant.Complex(
                        ConstOps.toRational(x.value()), ConstOps.toRational(y.value())));
            }
            x = c.exprs.convertUntyped(re, x, Universe.FLOAT64);
            y = c.exprs.convertUntyped(im, y, Universe.FLOAT64);
        }
        if (!Types.identical(x.type(), y.type())) {
            c.errorAt(call, "invalid operation: " + GoPrinter.expr(call) + " (mismatched types " + x.type() + " and " + y.type() + ")");
            return Exprs.INVALID;
        }
        BasicKind k = Types.basicKind(x.type());
        if (k != BasicKind.FLOAT32 && k != BasicKind.FLOAT64) {
            c.errorAt(re, "invalid argument: arguments have type " + x.type() + ", expected floating-point");
            return Exprs.INVALID;
        }
        Type result = k == BasicKind.FLOAT32 ? Universe.COMPLEX64 : Universe.COMPLEX128;
        if (x.isConstant() && y.isConstant()) {
            return new TypeAndValue(Mode.CONSTANT, result, new Constant.Complex(ConstOps.toRational(x.value()),
                    ConstOps.toRational(y.value())));
        }
        return value(result);
    }

    /** "real(complexT) floatT", "imag(complexT) floatT"; of an untyped constant, an untyped float constant. */
    private TypeAndValue realImag(BuiltinArgs a, String name) {
        Expr arg = a.expr(0);
        TypeAndValue x = a.value(0);
        if (x.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        if (Types.isUntyped(x.type())) {
            Constant.Complex z = x.isConstant() ? ConstOps.toComplex(x.value()) : null;
            if (z == null) {
                c.errorAt(arg, "invalid argument: " + Operands.describe(arg, x) + " for built-in " + name);
                return Exprs.INVALID;
            }
            return new TypeAndValue(Mode.CONSTANT, Universe.UNTYPED_FLOAT, new Constant.Float(name.equals("real") ? z.re() : z.im()));
        }
        BasicKind k = Types.basicKind(x.type());
        if (k != BasicKind.COMPLEX64 && k != BasicKind.COMPLEX128) {
            c.errorAt(arg, "invalid argument: " + Operands.describe(arg, x) + " for built-in " + name);
            return Exprs.INVALID;
        }
        Type result = k == BasicKind.COMPLEX64 ? Universe.FLOAT32 : Universe.FLOAT64;
        if (x.isConstant()) {
            Constant.Complex z = ConstOps.toComplex(x.value());
            return new TypeAndValue(Mode.CONSTANT, result, new Constant.Float(name.equals("real") ? z.re() : z.im()));
        }
        return value(result);
    }

    private TypeAndValue print(BuiltinArgs a, String name) {
        if (a.spread) {
            // print(f()) with several results prints each of them.
            return NOVALUE;
        }
        for (int i = 0; i < a.size(); i++) {
            Expr arg = a.expr(i);
            TypeAndValue x = a.value(i);
            if (x.mode() != Mode.INVALID && Types.isUntyped(x.type())) {
                if (x.type() == Universe.UNTYPED_NIL) {
                    c.errorAt(arg, "use of untyped nil in argument to built-in " + name);
                } else {
                    c.exprs.convertUntyped(arg, x, Types.defaultType(x.type()));
                }
            }
        }
        return NOVALUE;
    }

    /**
     * len and cap. "The expression len(s) is constant if s is a string constant. The
     * expressions len(s) and cap(s) are constants if the type of s is an array or pointer to
     * an array and the expression s does not contain channel receives or (non-constant)
     * function calls."
     */
    private TypeAndValue lenCap(BuiltinArgs args, String name) {
        if (!count(args, 1, 1)) {
            return Exprs.INVALID;
        }
        Expr arg = args.expr(0);
        TypeAndValue x = args.value(0);
        if (x.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        if (x.type() instanceof Type.TypeParam tp) {
            // Every type in the type set must allow it; the result is never constant.
            if (!TypeSets.allTerms(tp, t -> lenCapAllowed(t, name))) {
                c.errorAt(arg, "invalid argument: " + Operands.describe(arg, x) + " for built-in " + name);
                return Exprs.INVALID;
            }
            return value(Universe.INT);
        }
        Type u = x.type().underlying();
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) {
            u = p.elem().underlying();
        }
        if (!lenCapAllowed(u, name)) {
            c.errorAt(arg, "invalid argument: " + Operands.describe(arg, x) + " for built-in " + name);
            return Exprs.INVALID;
        }
        if (x.isConstant() && x.value() instanceof Constant.Str s) {
            if (Types.isUntyped(x.type())) {
                c.exprs.convertUntyped(arg, x, Universe.STRING);
            }
            return new TypeAndValue(Mode.CONSTANT, Universe.INT, Constant.Int.of(s.value().length()));
        }
        if (u instanceof Type.Array a && !hasCallOrReceive(arg)) {
            return new TypeAndValue(Mode.CONSTANT, Universe.INT, Constant.Int.of(a.len()));
        }
        return value(Universe.INT);
    }

    private static boolean lenCapAllowed(Type u, String name) {
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array) {
            u = p.elem().underlying();
        }
        return switch (u) {
            case Type.Basic b -> b.kind().isString() && name.equals("len");
            case Type.Array a -> true;
            case Type.Slice s -> true;
            case Type.Chan ch -> true;
            case Type.MapType m -> name.equals("len");
            default -> false;
        };
    }

    private boolean hasCallOrReceive(Expr e) {
        return switch (e) {
            case Expr.Call call -> {
                // A conversion is no call (types2 marks only calls of functions, and non-constant built-in calls).
                TypeAndValue fun = c.info.types.get(call.fun());
                if (fun != null && fun.mode() == Mode.TYPE) {
                    yield call.args().stream().anyMatch(this::hasCallOrReceive);
                }
                TypeAndValue tv = c.info.types.get(call);
                yield tv == null || !tv.isConstant();
            }
            case Expr.Unary u -> u.op().equals("<-") || hasCallOrReceive(u.x());
            case Expr.Paren p -> hasCallOrReceive(p.x());
            case Expr.Selector s -> hasCallOrReceive(s.x());
            case Expr.Index ix -> hasCallOrReceive(ix.x()) || ix.indices().stream().anyMatch(this::hasCallOrReceive);
            case Expr.Star s -> hasCallOrReceive(s.x());
            case Expr.Binary b -> hasCallOrReceive(b.x()) || hasCallOrReceive(b.y());
            case Expr.CompositeLit lit -> lit.elts().stream().anyMatch(this::hasCallOrReceive);
            case Expr.KeyValue kv -> hasCallOrReceive(kv.value());
            default -> false;
        };
    }

    private TypeAndValue append(BuiltinArgs a) {
        Expr.Call call = a.call;
        if (a.size() == 0) {
            c.error(Positions.start(call), "invalid operation: not enough arguments for " + GoPrinter.expr(call)
                    + " (expected 1, found 0)");
            return Exprs.INVALID;
        }
        Expr first = a.expr(0);
        TypeAndValue s = a.value(0);
        if (s.mode() == Mode.INVALID) {
            a.checkRest(1);
            return Exprs.INVALID;
        }
        if (!(Types.under(s.type()) instanceof Type.Slice slice)) {
            c.errorAt(first, "invalid append: argument must be a slice; have " + Operands.describe(first, s));
            a.checkRest(1);
            return Exprs.INVALID;
        }
        if (call.ellipsis()) {
            if (a.size() != 2) {
                c.error(Positions.start(call), "invalid operation: " + (a.size() < 2 ? "not enough" : "too many")
                        + " arguments for " + GoPrinter.expr(call) + " (expected 2, found " + a.size() + ")");
                a.checkRest(1);
                return Exprs.INVALID;
            }
            Expr rest = a.expr(1);
            TypeAndValue r = a.value(1);
            // "As a special case, append also accepts a first argument assignable to type
            // []byte with a second argument of string type followed by ...".
            if (r.mode() != Mode.INVALID && (Types.basicKind(r.type()).isString()
                    || r.type() instanceof Type.TypeParam && TypeSets.coreString(r.type()) == Universe.STRING)
                    && Types.identical(slice.elem().underlying(), Universe.UINT8)) {
                if (Types.isUntyped(r.type())) {
                    c.exprs.convertUntyped(rest, r, Universe.STRING);
                }
                return value(s.type());
            }
            // The ... argument is passed to the parameter ...E, so it must be assignable to []E
            // (not to S: append(t1, t2...) with distinct named slice types T1, T2 of E is valid).
            c.assignments.assignTo(rest, r, new Type.Slice(slice.elem()), "argument to append");
            return value(s.type());
        }
        for (int i = 1; i < a.size(); i++) {
            c.assignments.assignTo(a.expr(i), a.value(i), slice.elem(), "argument to append");
        }
        return value(s.type());
    }

    private TypeAndValue copy(BuiltinArgs a) {
        if (!count(a, 2, 2)) {
            return Exprs.INVALID;
        }
        Expr d = a.expr(0), s = a.expr(1);
        TypeAndValue dst = a.value(0), src = a.value(1);
        if (dst.mode() == Mode.INVALID || src.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        if (!(Types.under(dst.type()) instanceof Type.Slice ds)) {
            c.errorAt(d, "invalid copy: argument must be a slice; have " + Operands.describe(d, dst));
            return Exprs.INVALID;
        }
        Type srcElem;
        if (Types.basicKind(src.type()).isString()) {
            srcElem = Universe.BYTE;
            if (Types.isUntyped(src.type())) {
                c.exprs.convertUntyped(s, src, Universe.STRING);
            }
        } else if (Types.under(src.type()) instanceof Type.Slice ss) {
            srcElem = ss.elem();
        } else {
            c.errorAt(s, "invalid copy: argument must be a slice; have " + Operands.describe(s, src));
            return Exprs.INVALID;
        }
        if (!Types.identical(ds.elem(), srcElem)) {
            c.errorAt(d, "invalid copy: arguments " + Operands.describe(d, dst) + " and " + Operands.describe(s, src)
                    + " have different element types " + ds.elem() + " and " + srcElem);
            return Exprs.INVALID;
        }
        return value(Universe.INT);
    }

    private TypeAndValue delete(BuiltinArgs a) {
        if (!count(a, 2, 2)) {
            return NOVALUE;
        }
        Expr m = a.expr(0), k = a.expr(1);
        TypeAndValue map = a.value(0);
        TypeAndValue key = a.value(1);
        if (map.mode() == Mode.INVALID) {
            return NOVALUE;
        }
        Type mapType = Types.under(map.type());
        if (map.type() instanceof Type.TypeParam tp && TypeSets.allTerms(tp, t -> t instanceof Type.MapType)) {
            // Maps of different value types share no core type, but delete needs only the key type.
            Type.MapType any = (Type.MapType) TypeSets.terms(tp).getFirst().type().underlying();
            if (TypeSets.allTerms(tp, t -> Types.identical(((Type.MapType) t).key(), any.key()))) {
                mapType = any;
            }
        }
        if (!(mapType instanceof Type.MapType mt)) {
            c.errorAt(m, "invalid argument: " + Operands.describe(m, map) + " is not a map");
            return NOVALUE;
        }
        c.assignments.assignTo(k, key, mt.key(), "argument to delete");
        return NOVALUE;
    }

    private TypeAndValue make(Expr.Call call) {
        List<Expr> args = call.args();
        if (args.isEmpty()) {
            c.error(Positions.start(call), "invalid operation: not enough arguments for " + GoPrinter.expr(call)
                    + " (expected 1, found 0)");
            return Exprs.INVALID;
        }
        Type t = c.typeExprs.type(args.getFirst());
        if (t == Universe.INVALID) {
            args.stream().skip(1).forEach(c.exprs::expr);
            return Exprs.INVALID;
        }
        int min = switch (Types.under(t)) {
            case Type.Slice s -> 2;
            case Type.MapType m -> 1;
            case Type.Chan ch -> 1;
            default -> 0;
        };
        if (min == 0) {
            c.errorAt(args.getFirst(), "invalid argument: cannot make " + GoPrinter.expr(args.getFirst())
                    + ": type must be slice, map, or channel");
            args.stream().skip(1).forEach(c.exprs::expr);
            return Exprs.INVALID;
        }
        int max = min == 2 ? 3 : 2;
        if (args.size() < min || args.size() > max) {
            c.error(Positions.start(call), "invalid operation: " + GoPrinter.expr(call) + " expects " + min + " or " + max
                    + " arguments; found " + args.size());
            args.stream().skip(1).forEach(c.exprs::expr);
            return Exprs.INVALID;
        }
        List<Long> sizes = new ArrayList<>();
        for (Expr a : args.subList(1, args.size())) {
            sizes.add(c.indexing.index(a, -1));
        }
        if (sizes.size() == 2 && sizes.get(0) >= 0 && sizes.get(1) >= 0 && sizes.get(0) > sizes.get(1)) {
            c.errorAt(args.get(1), "invalid argument: length and capacity swapped");
        }
        return value(t);
    }

    /** min and max: "the same rules as for operators apply"; all-constant arguments give a constant. */
    private TypeAndValue minMax(BuiltinArgs args, String name) {
        if (!count(args, 1, -1)) {
            return Exprs.INVALID;
        }
        // Fold the arguments pairwise as a chain of comparisons would type them (a spread call's results are typed).
        TypeAndValue acc = args.value(0);
        if (acc.mode() != Mode.INVALID && !Types.basicKind(acc.type()).isOrdered()
                && !TypeSets.allTerms(acc.type(), t -> Types.basicKind(t).isOrdered())) {
            c.errorAt(args.expr(0), "invalid argument: " + Operands.describe(args.expr(0), acc) + " cannot be ordered");
            args.checkRest(1);
            return Exprs.INVALID;
        }
        for (int i = 1; i < args.size() && acc.mode() != Mode.INVALID; i++) {
            Expr a = args.expr(i);
            TypeAndValue x = args.value(i);
            if (x.mode() == Mode.INVALID) {
                return Exprs.INVALID;
            }
            if (Types.isUntyped(acc.type()) && !Types.isUntyped(x.type())) {
                for (int j = 0; j < i; j++) {
                    c.exprs.convertUntyped(args.expr(j), c.info.types.get(args.expr(j)), x.type());
                }
                acc = new TypeAndValue(acc.mode(), x.type(), acc.value());
            } else if (!Types.isUntyped(acc.type()) && Types.isUntyped(x.type())) {
                x = c.exprs.convertUntyped(a, x, acc.type());
            }
            if (x.mode() == Mode.INVALID) {
                return Exprs.INVALID;
            }
            if (!Types.identical(Types.isUntyped(acc.type()) && Types.isUntyped(x.type()) ? x.type() : acc.type(), x.type())
                    && !(Types.isUntyped(acc.type()) && Types.isUntyped(x.type()))) {
                c.errorAt(a, "invalid argument: mismatched types " + acc.type() + " (previous argument) and " + x.type()
                        + " (type of " + GoPrinter.expr(a) + ")");
                return Exprs.INVALID;
            }
            if (Types.isUntyped(acc.type()) && Types.isUntyped(x.type())
                    && Types.basicKind(acc.type()).isNumeric() != Types.basicKind(x.type()).isNumeric()) {
                c.errorAt(a, "invalid argument: mismatched types " + acc.type() + " (previous argument) and " + x.type()
                        + " (type of " + GoPrinter.expr(a) + ")");
                return Exprs.INVALID;
            }
            if (acc.isConstant() && x.isConstant()) {
                Boolean less = dev.goloom.constant.ConstOps.compare(x.value(), "<", acc.value());
                boolean takeX = name.equals("min") ? Boolean.TRUE.equals(less)
                        : Boolean.TRUE.equals(dev.goloom.constant.ConstOps.compare(x.value(), ">", acc.value()));
                Type larger = Types.isUntyped(acc.type()) && Types.isUntyped(x.type())
                        && Types.basicKind(x.type()).ordinal() > Types.basicKind(acc.type()).ordinal() ? x.type() : acc.type();
                acc = new TypeAndValue(Mode.CONSTANT, larger, takeX ? x.value() : acc.value());
            } else {
                acc = new TypeAndValue(Mode.VALUE, acc.type(), null);
            }
        }
        if (acc.mode() == Mode.VALUE && Types.isUntyped(acc.type())) {
            Type t = Types.defaultType(acc.type());
            args.call.args().forEach(a -> c.exprs.convertUntyped(a, c.info.types.get(a), t));
            acc = new TypeAndValue(Mode.VALUE, t, null);
        }
        return acc;
    }
}
