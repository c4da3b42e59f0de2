// Expressions ("Expressions" in the spec): operands, operators, constants and untyped conversion.
package dev.goloom.types;

import dev.goloom.constant.ConstOps;
import dev.goloom.constant.Constant;
import dev.goloom.constant.Rational;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Spec;
import dev.goloom.types.TypeAndValue.Mode;
import java.math.BigInteger;
import java.util.List;

final class Exprs {
    private final Checker c;
    /** The value of iota in the const spec being checked, or null outside const declarations. */
    private Constant iota;

    Exprs(Checker c) {
        this.c = c;
    }

    static final TypeAndValue INVALID = new TypeAndValue(Mode.INVALID, Universe.INVALID, null);

    private TypeAndValue record(Expr e, TypeAndValue tv) {
        c.info.types.put(e, tv);
        return tv;
    }

    // ---- Identifiers -----------------------------------------------------------------------

    Obj lookup(Expr.Ident id) {
        return lookup(id, true);
    }

    /** Resolves {@code id} in the current scope, recording the use; reports "undefined: x". */
    Obj lookup(Expr.Ident id, boolean report) {
        if (id.name().equals("_")) {
            if (report) {
                c.errorAt(id, "cannot use _ as value");
            }
            return null;
        }
        Obj o = c.scope.lookup(id.name());
        if (o == null) {
            if (report) {
                c.errorAt(id, "undefined: " + id.name());
            }
            return null;
        }
        c.info.uses.put(id, o);
        c.useDotImported(o);
        c.recordUse(o);
        if (o instanceof Var v) {
            c.stmts.noteCapture(v);
        }
        switch (o) {
            case PkgName pn -> pn.used = true;
            case Var v -> v.used = true;
            default -> { }
        }
        c.resolve(o);
        return o;
    }

    /** Resolves {@code pkg.Name}; only exported names are visible. */
    Obj qualified(PkgName pn, Expr.Ident pkgId, Expr.Ident sel) {
        Obj o = pn.imported().scope().lookupLocal(sel.name());
        if (o == null && pn.imported().isShim() && Character.isUpperCase(sel.name().codePointAt(0))) {
            c.diags.unsupported(dev.goloom.syntax.Positions.start(sel),
                    pkgId.name() + "." + sel.name() + " (goloom's " + pn.imported().path() + " does not have it yet)");
            return null;
        }
        if (o == null || !o.exported()) {
            c.errorAt(sel, o == null ? "undefined: " + pkgId.name() + "." + sel.name()
                    : "name " + sel.name() + " not exported by package " + pn.imported().name());
            return null;
        }
        c.info.uses.put(sel, o);
        return o;
    }

    // ---- Expressions -----------------------------------------------------------------------

    /** Checks {@code e} and records its type and value. */
    TypeAndValue expr(Expr e) {
        return record(e, check(e));
    }

    /** Checks {@code e}, which must be a single value (not a type, not a no-value call). */
    TypeAndValue value(Expr e) {
        return value(e, null);
    }

    /**
     * The type a value is about to be assigned to, while it is checked: a generic function
     * used as a value of a function type gets its type arguments from that type (Go 1.21).
     */
    private Type assignTarget;

    /** Like {@link #value}, where the value will be assigned to a variable of type {@code target} (null if unknown). */
    TypeAndValue value(Expr e, Type target) {
        Type saved = assignTarget;
        assignTarget = null; // not for the operands inside e
        TypeAndValue tv = expr(e);
        assignTarget = target;
        try {
            return singleValue(e, tv);
        } finally {
            assignTarget = saved;
        }
    }

    /**
     * Like {@link #value}, but a generic function stays uninstantiated: an argument of a call
     * of a generic function, whose type arguments are inferred from the call's other
     * arguments (Go 1.21: {@code slices.SortFunc(s, slices.Compare)}).
     */
    TypeAndValue valueOrGeneric(Expr e) {
        TypeAndValue tv = expr(e);
        if (isGenericFunc(tv)) {
            return tv;
        }
        return singleValue(e, tv);
    }

    static boolean isGenericFunc(TypeAndValue tv) {
        return tv.mode() == Mode.VALUE && tv.type() instanceof Type.Signature sig && sig.isGeneric();
    }

    /** Instantiates a generic function argument for parameter type {@code want}, or reports that it cannot be. */
    TypeAndValue instantiateArg(Expr e, TypeAndValue tv, Type want) {
        Type saved = assignTarget;
        assignTarget = want;
        try {
            return singleValue(e, tv);
        } finally {
            assignTarget = saved;
        }
    }

    /** Checks that {@code e}, already checked as {@code tv}, is a single value (see {@link #value}). */
    TypeAndValue singleValue(Expr e, TypeAndValue tv) {
        switch (tv.mode()) {
            case TYPE -> {
                c.errorAt(e, GoPrinter.expr(e) + " (type) is not an expression");
                return record(e, INVALID);
            }
            case NOVALUE -> {
                c.errorAt(e, GoPrinter.expr(e) + " (no value) used as value");
                return record(e, INVALID);
            }
            case BUILTIN -> {
                c.errorAt(e, GoPrinter.expr(e) + " (built-in) must be called");
                return record(e, INVALID);
            }
            default -> { }
        }
        if (tv.mode() == Mode.VALUE && tv.type() instanceof Type.Signature sig && sig.isGeneric()) {
            Expr name = Instantiate.unparen(e) instanceof Expr.Index ix ? ix.x() : e;
            Type target = assignTarget;
            assignTarget = null;
            if (target != null && target.underlying() instanceof Type.Signature want) {
                Type.Signature inst = c.instantiate.fromAssignment(name, e, sig, want);
                if (inst != null) {
                    return record(e, new TypeAndValue(tv.mode(), inst, null));
                }
            }
            c.errorAt(e, "cannot use generic function " + GoPrinter.expr(name) + " without instantiation");
            return record(e, INVALID);
        }
        if (tv.type() instanceof Type.Tuple t) {
            c.errorAt(e, "multiple-value " + GoPrinter.expr(e) + " (value of type " + t + ") in single-value context");
            return record(e, INVALID);
        }
        return tv;
    }

    private TypeAndValue check(Expr e) {
        return switch (e) {
            case Expr.Ident id -> ident(id);
            case Expr.BasicLit lit -> literal(lit);
            case Expr.Paren p -> expr(p.x());
            case Expr.Binary b -> binary(b);
            case Expr.Unary u -> unary(u);
            case Expr.Call call -> c.calls.call(call);
            case Expr.Selector sel -> selector(sel);
            case Expr.ArrayType a -> typeExpr(e);
            case Expr.MapType m -> typeExpr(e);
            case Expr.FuncType f -> typeExpr(e);
            case Expr.InterfaceType i -> typeExpr(e);
            case Expr.StructType st -> typeExpr(e);
            case Expr.ChanType ct -> typeExpr(e);
            case Expr.Star s -> star(s);
            case Expr.Index ix -> c.indexing.index(ix);
            case Expr.Slice sl -> c.indexing.slice(sl);
            case Expr.CompositeLit lit -> c.compositeLits.check(lit, null);
            case Expr.FuncLit lit -> funcLit(lit);
            case Expr.TypeAssert ta -> typeAssert(ta);
            default -> {
                c.diags.unsupported(e.pos(), "expression " + GoPrinter.expr(e));
                yield INVALID;
            }
        };
    }

    /** {@code *x}: a pointer type when x is a type, else "Address operators" (indirection). */
    private TypeAndValue star(Expr.Star s) {
        TypeAndValue x = expr(s.x());
        if (x.mode() == Mode.TYPE) {
            return new TypeAndValue(Mode.TYPE, new Type.Pointer(x.type()), null);
        }
        x = singleValue(s.x(), x);
        if (x.mode() == Mode.INVALID) {
            return INVALID;
        }
        if (x.type() == Universe.UNTYPED_NIL) {
            c.errorAt(s, "invalid operation: cannot indirect nil");
            return INVALID;
        }
        if (!(Types.under(x.type()) instanceof Type.Pointer p)) {
            c.errorAt(s, "invalid operation: cannot indirect " + Operands.describe(s.x(), x));
            return INVALID;
        }
        return new TypeAndValue(Mode.VARIABLE, p.elem(), null);
    }

    /** A function literal: checked in place, with access to the enclosing function's variables. */
    private TypeAndValue funcLit(Expr.FuncLit lit) {
        Type.Signature sig = c.typeExprs.signature(lit.type());
        c.info.captures.put(lit, new java.util.LinkedHashSet<>());
        c.stmts.funcLit(lit, sig);
        return new TypeAndValue(Mode.VALUE, sig, null);
    }

    /** {@code x.(T)}: x must be an interface; a non-interface T must implement it. */
    private TypeAndValue typeAssert(Expr.TypeAssert ta) {
        TypeAndValue x = value(ta.x());
        if (ta.type() == null) {
            c.error(ta.pos(), "invalid syntax tree: use of .(type) outside type switch");
            return INVALID;
        }
        Type t = c.typeExprs.type(ta.type());
        if (x.mode() == Mode.INVALID || t == Universe.INVALID) {
            return INVALID;
        }
        if (x.type() instanceof Type.TypeParam) {
            c.errorAt(ta.x(), "invalid operation: cannot use type assertion on type parameter value " + Operands.describe(ta.x(), x));
            return INVALID;
        }
        if (!(x.type().underlying() instanceof Type.Interface iface)) {
            c.errorAt(ta.x(), "invalid operation: " + Operands.describe(ta.x(), x) + " is not an interface");
            return INVALID;
        }
        // Whether a type parameter's type argument implements the interface is known only per instance.
        if (!(t.underlying() instanceof Type.Interface) && !TypeSets.mentionsTypeParam(t) && !c.specializing) {
            String missing = Lookup.missingMethod(t, iface);
            if (missing != null) {
                c.errorAt(ta.type(), "impossible type assertion: " + GoPrinter.expr(ta) + "\n\t" + t
                        + " does not implement " + x.type() + " (" + missing + ")");
                return INVALID;
            }
        }
        return new TypeAndValue(Mode.VALUE, t, null);
    }

    private TypeAndValue typeExpr(Expr e) {
        return new TypeAndValue(Mode.TYPE, c.typeExprs.type(e), null);
    }

    private TypeAndValue ident(Expr.Ident id) {
        if (id.name().equals("iota") && iota != null && c.scope.lookup("iota") instanceof Const k && k.pkg() == null) {
            c.info.uses.put(id, k);
            return new TypeAndValue(Mode.CONSTANT, Universe.UNTYPED_INT, iota);
        }
        Obj o = lookup(id);
        if (o == null) {
            return INVALID;
        }
        return switch (o) {
            case Const k -> k.type() == Universe.INVALID ? INVALID : new TypeAndValue(Mode.CONSTANT, k.type(), k.value());
            case Var v -> new TypeAndValue(Mode.VARIABLE, v.type(), null);
            case TypeName t -> new TypeAndValue(Mode.TYPE, t.type(), null);
            case Func f -> new TypeAndValue(Mode.VALUE, f.type(), null);
            case Builtin b -> new TypeAndValue(Mode.BUILTIN, Universe.INVALID, null);
            case Nil n -> new TypeAndValue(Mode.VALUE, Universe.UNTYPED_NIL, null);
            case PkgName p -> {
                c.errorAt(id, "use of package " + p.name() + " without selector");
                yield INVALID;
            }
        };
    }

    private TypeAndValue selector(Expr.Selector sel) {
        if (sel.x() instanceof Expr.Ident pkgId && lookup(pkgId, false) instanceof PkgName pn) {
            Obj o = qualified(pn, pkgId, sel.sel());
            if (o == null) {
                return INVALID;
            }
            return switch (o) {
                case Const k -> new TypeAndValue(Mode.CONSTANT, k.type(), k.value());
                case Var v -> new TypeAndValue(Mode.VARIABLE, v.type(), null);
                case TypeName t -> new TypeAndValue(Mode.TYPE, t.type(), null);
                case Func f -> new TypeAndValue(Mode.VALUE, f.type(), null);
                case Builtin b -> new TypeAndValue(Mode.BUILTIN, Universe.INVALID, null); // unsafe.Sizeof, ...
                default -> INVALID;
            };
        }
        return c.selectors.select(sel);
    }

    private TypeAndValue literal(Expr.BasicLit lit) {
        return switch (lit.kind()) {
            case INT -> new TypeAndValue(Mode.CONSTANT, Universe.UNTYPED_INT, ConstOps.parseInt(lit.raw()));
            case FLOAT -> {
                Constant v = ConstOps.parseFloat(lit.raw());
                if (v == null) {
                    c.diags.unsupported(lit.pos(), lit.raw().toLowerCase().startsWith("0x")
                            ? "hexadecimal floating-point literals" : "floating-point constants with exponents this large");
                    yield INVALID;
                }
                yield new TypeAndValue(Mode.CONSTANT, Universe.UNTYPED_FLOAT, v);
            }
            case IMAG -> {
                // "An imaginary literal represents the imaginary part of a complex constant";
                // its digits are decimal even with a leading 0 (backward compatibility).
                String digits = lit.raw().substring(0, lit.raw().length() - 1);
                if (digits.matches("0[0-9_]+")) {
                    digits = digits.replaceFirst("^0+(?=.)", "");
                }
                String lower = digits.toLowerCase();
                boolean integer = lower.startsWith("0x") ? !lower.contains("p") && !lower.contains(".")
                        : lower.startsWith("0b") || lower.startsWith("0o") || !lower.matches(".*[.e].*");
                Constant v = integer ? ConstOps.parseInt(digits) : ConstOps.parseFloat(digits);
                if (v == null) {
                    c.diags.unsupported(lit.pos(), "imaginary literal " + lit.raw());
                    yield INVALID;
                }
                yield new TypeAndValue(Mode.CONSTANT, Universe.UNTYPED_COMPLEX,
                        new Constant.Complex(dev.goloom.constant.Rational.of(BigInteger.ZERO), ConstOps.toRational(v)));
            }
            case CHAR -> new TypeAndValue(Mode.CONSTANT, Universe.UNTYPED_RUNE, Constant.Int.of((Integer) lit.value()));
            case STRING -> new TypeAndValue(Mode.CONSTANT, Universe.UNTYPED_STRING, new Constant.Str((String) lit.value()));
        };
    }

    // ---- Operators -------------------------------------------------------------------------

    private TypeAndValue unary(Expr.Unary u) {
        if (u.op().equals("&")) {
            return addressOf(u);
        }
        TypeAndValue x = value(u.x());
        if (x.mode() == Mode.INVALID) {
            return INVALID;
        }
        if (u.op().equals("<-")) {
            return Channels.receive(c, u, x);
        }
        BasicKind k = Types.basicKind(x.type());
        boolean ok = TypeSets.allTerms(x.type(), t -> switch (u.op()) {
            case "+", "-" -> Types.basicKind(t).isNumeric();
            case "!" -> Types.basicKind(t).isBoolean();
            case "^" -> Types.basicKind(t).isInteger();
            default -> false;
        });
        if (!ok) {
            if (u.op().equals("&")) {
                c.diags.unsupported(u.pos(), "operator " + u.op());
            } else {
                c.errorAt(u.x(), "invalid operation: operator " + u.op() + " not defined on "
                        + Operands.describe(u.x(), x));
            }
            return INVALID;
        }
        if (x.isConstant()) {
            Constant v = ConstOps.unary(u.op(), x.value(), k.bits(), k.isUnsigned());
            return representableOrError(u, new TypeAndValue(Mode.CONSTANT, x.type(), v));
        }
        return new TypeAndValue(Mode.VALUE, x.type(), null);
    }

    /**
     * {@code &x}: "the operand must be addressable, that is, either a variable, pointer
     * indirection, or slice indexing operation; or a field selector of an addressable struct
     * operand; or an array indexing operation of an addressable array. As an exception to
     * the addressability requirement, x may also be a (possibly parenthesized) composite
     * literal."
     */
    private TypeAndValue addressOf(Expr.Unary u) {
        Expr inner = u.x();
        while (inner instanceof Expr.Paren p) {
            inner = p.x();
        }
        TypeAndValue x = value(u.x());
        if (x.mode() == Mode.INVALID) {
            return INVALID;
        }
        if (x.mode() != Mode.VARIABLE && !(inner instanceof Expr.CompositeLit)) {
            String what = x.mode() == Mode.MAPINDEX ? GoPrinter.expr(u.x()) + " (map index expression of type " + x.type() + ")"
                    : Operands.describe(u.x(), x);
            c.errorAt(u.x(), "invalid operation: cannot take address of " + what);
            return INVALID;
        }
        return new TypeAndValue(Mode.VALUE, new Type.Pointer(x.type()), null);
    }

    /** Why values of {@code t} cannot be compared (types2's incomparableCause), or "" when it does not say. */
    private static String incomparableCause(Type t) {
        return switch (t.underlying()) {
            case Type.Slice s -> "slice can only be compared to nil";
            case Type.Signature s -> "func can only be compared to nil";
            case Type.MapType m -> "map can only be compared to nil";
            default -> {
                String cause = comparableCause(t);
                yield cause == null ? "" : cause;
            }
        };
    }

    /** Null when {@code t} is comparable, else types2's comparableType cause ("" when it has none). */
    private static String comparableCause(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> b.kind() == BasicKind.UNTYPED_NIL ? "" : null;
            case Type.Pointer p -> null;
            case Type.Chan ch -> null;
            case Type.Interface i -> null;
            case Type.Struct st -> st.fields().stream().filter(f -> comparableCause(f.type()) != null).findFirst()
                    .map(f -> "struct containing " + f.type() + " cannot be compared").orElse(null);
            case Type.Array a -> comparableCause(a.elem()) == null ? null : t + " cannot be compared";
            default -> "";
        };
    }

    /** types2's compositeKind: "slice", "struct", ... or "" for a basic type. */
    static String compositeKind(Type t) {
        return switch (t.underlying()) {
            case Type.Basic b -> "";
            case Type.Array a -> "array";
            case Type.Slice s -> "slice";
            case Type.Struct s -> "struct";
            case Type.Pointer p -> "pointer";
            case Type.Signature s -> "func";
            case Type.Interface i -> "interface";
            case Type.MapType m -> "map";
            case Type.Chan ch -> "chan";
            case Type.Tuple tu -> "tuple";
            default -> "";
        };
    }

    private static boolean isComparison(String op) {
        return switch (op) {
            case "==", "!=", "<", "<=", ">", ">=" -> true;
            default -> false;
        };
    }

    private TypeAndValue binary(Expr.Binary b) {
        TypeAndValue x = value(b.x());
        TypeAndValue y = value(b.y());
        if (x.mode() == Mode.INVALID || y.mode() == Mode.INVALID) {
            return INVALID;
        }
        if (b.op().equals("<<") || b.op().equals(">>")) {
            return shift(b, x, y);
        }
        // "Slice, map, and function types are not comparable. However, as a special case, a
        // slice, map, or function value may be compared to the predeclared identifier nil."
        boolean comparedToNil = x.type() == Universe.UNTYPED_NIL || y.type() == Universe.UNTYPED_NIL;
        // Match untyped operands to each other first (types2's matchTypes).
        if (mayConvert(x.type(), y.type())) {
            if (Types.isUntyped(x.type()) && Types.isUntyped(y.type())) {
                Type larger = largerUntyped(x.type(), y.type());
                if (larger != null) {
                    x = x.type() == larger ? x : record(b.x(), new TypeAndValue(x.mode(), larger, x.value()));
                    y = y.type() == larger ? y : record(b.y(), new TypeAndValue(y.mode(), larger, y.value()));
                }
            } else if (Types.isUntyped(x.type()) && y.type() instanceof Type.TypeParam tp && !kindCompatible(x.type(), tp)
                    || Types.isUntyped(y.type()) && x.type() instanceof Type.TypeParam tq && !kindCompatible(y.type(), tq)) {
                c.errorAt(b.x(), "invalid operation: " + GoPrinter.expr(b) + " (mismatched types " + x.type()
                        + " and " + y.type() + ")");
                return INVALID;
            } else if (Types.isUntyped(x.type())) {
                x = convertUntyped(b.x(), x, y.type());
            } else if (Types.isUntyped(y.type())) {
                y = convertUntyped(b.y(), y, x.type());
            }
        }
        if (x.mode() == Mode.INVALID || y.mode() == Mode.INVALID) {
            return INVALID;
        }
        boolean comparison = isComparison(b.op());
        boolean matched = comparison ? Types.assignable(x.type(), y.type()) || Types.assignable(y.type(), x.type())
                : Types.identical(x.type(), y.type());
        if (!matched) {
            // A comparison's mismatch is reported at its second operand: only there is it known.
            Expr at = comparison ? b.y() : b.x();
            c.errorAt(at, "invalid operation: " + GoPrinter.expr(b) + " (mismatched types " + x.type()
                    + " and " + y.type() + ")");
            return INVALID;
        }
        BasicKind k = Types.basicKind(x.type());
        if (isComparison(b.op())) {
            boolean ordered = !b.op().equals("==") && !b.op().equals("!=");
            boolean nilComparison = comparedToNil;
            Type.TypeParam tp = x.type() instanceof Type.TypeParam p ? p : y.type() instanceof Type.TypeParam p ? p : null;
            if (tp != null) {
                if (ordered && !TypeSets.allTerms(tp, t -> Types.basicKind(t).isOrdered())) {
                    c.errorAt(b.x(), "invalid operation: " + GoPrinter.expr(b) + " (type parameter " + tp
                            + " cannot use operator " + b.op() + ")");
                    return INVALID;
                }
                if (!ordered && !nilComparison && !TypeSets.comparable(tp)) {
                    c.errorAt(b.x(), "invalid operation: " + GoPrinter.expr(b) + " (incomparable types in type set)");
                    return INVALID;
                }
                return new TypeAndValue(Mode.VALUE, Universe.UNTYPED_BOOL, null);
            }
            // types2's comparison: the error is at the offending operand, with the cause it knows.
            Expr offending = null;
            Type offendingType = null;
            String cause = "";
            if (ordered) {
                if (!k.isOrdered()) {
                    offending = b.x();
                    offendingType = x.type();
                } else if (!Types.basicKind(y.type()).isOrdered()) {
                    offending = b.y();
                    offendingType = y.type();
                }
            } else if (!nilComparison) {
                if (!Types.comparable(x.type())) {
                    offending = b.x();
                    offendingType = x.type();
                } else if (!Types.comparable(y.type())) {
                    offending = b.y();
                    offendingType = y.type();
                }
                cause = offendingType == null ? "" : incomparableCause(offendingType);
            }
            if (offending != null) {
                if (cause.isEmpty()) {
                    String kind = compositeKind(offendingType);
                    cause = "operator " + b.op() + " not defined on " + (kind.isEmpty() ? offendingType.toString() : kind);
                }
                c.errorAt(offending, "invalid operation: " + GoPrinter.expr(b) + " (" + cause + ")");
                return INVALID;
            }
            if (x.isConstant() && y.isConstant()) {
                Boolean r = ConstOps.compare(x.value(), b.op(), y.value());
                return new TypeAndValue(Mode.CONSTANT, Universe.UNTYPED_BOOL, new Constant.Bool(r != null && r));
            }
            // The operands have their final types now (types2's updateExprType): an untyped one its
            // default type, so the untyped shift in 1<<s == 1. becomes a float64 shift, an error.
            if (Types.isUntyped(x.type()) && x.type() != Universe.UNTYPED_NIL) {
                convertUntyped(b.x(), x, Types.defaultType(x.type()));
            }
            if (Types.isUntyped(y.type()) && y.type() != Universe.UNTYPED_NIL) {
                convertUntyped(b.y(), y, Types.defaultType(y.type()));
            }
            return new TypeAndValue(Mode.VALUE, Universe.UNTYPED_BOOL, null);
        }
        if (x.type() instanceof Type.TypeParam tp) {
            if (!TypeSets.allTerms(tp, t -> operatorAllowed(b.op(), Types.basicKind(t)))) {
                c.errorAt(b.x(), "invalid operation: operator " + b.op() + " not defined on " + Operands.describe(b.x(), x));
                return INVALID;
            }
            if ((b.op().equals("/") || b.op().equals("%")) && y.isConstant() && ConstOps.toRational(y.value()) != null
                    && ConstOps.toRational(y.value()).signum() == 0 && TypeSets.allTerms(tp, t -> Types.basicKind(t).isInteger())) {
                c.errorAt(b.y(), "invalid operation: division by zero");
                return INVALID;
            }
            return new TypeAndValue(Mode.VALUE, x.type(), null);
        }
        if (!operatorAllowed(b.op(), k)) {
            c.errorAt(b, "invalid operation: operator " + b.op() + " not defined on "
                    + Operands.describe(b.x(), x));
            return INVALID;
        }
        if ((b.op().equals("/") || b.op().equals("%")) && y.isConstant() && k.isInteger()
                && y.value() instanceof Constant.Int yi && yi.value().signum() == 0) {
            c.errorAt(b.y(), "invalid operation: division by zero");
            return INVALID;
        }
        if (x.isConstant() && y.isConstant()) {
            if (b.op().equals("/") && ConstOps.toRational(y.value()) != null && ConstOps.toRational(y.value()).signum() == 0) {
                c.errorAt(b.y(), "invalid operation: division by zero");
                return INVALID;
            }
            Constant v = ConstOps.binary(x.value(), b.op(), y.value(), k.isInteger());
            if (v == null) {
                c.errorAt(b, "invalid operation: " + GoPrinter.expr(b));
                return INVALID;
            }
            return representableOrError(b, new TypeAndValue(Mode.CONSTANT, x.type(), v));
        }
        return new TypeAndValue(Mode.VALUE, x.type(), null);
    }

    private static boolean operatorAllowed(String op, BasicKind k) {
        return switch (op) {
            case "+" -> k.isNumeric() || k.isString();
            case "-", "*", "/" -> k.isNumeric();
            case "%", "&", "|", "^", "&^" -> k.isInteger();
            case "&&", "||" -> k.isBoolean();
            default -> false;
        };
    }

    /** Whether an untyped operand could take the other operand's type (types2's mayConvert). */
    private static boolean mayConvert(Type x, Type y) {
        if (!Types.isUntyped(x) && !Types.isUntyped(y)) {
            return false;
        }
        if (x instanceof Type.TypeParam || y instanceof Type.TypeParam) {
            return true; // convertUntyped decides, for every type in the type set
        }
        BasicKind a = Types.basicKind(x), b = Types.basicKind(y);
        if (a.isNumeric() != b.isNumeric()) {
            return false;
        }
        if (Types.isInterface(x) || Types.isInterface(y)) {
            return true;
        }
        if (a.isBoolean() != b.isBoolean() || a.isString() != b.isString()) {
            return false;
        }
        if (x == Universe.UNTYPED_NIL || y == Universe.UNTYPED_NIL) {
            Type other = x == Universe.UNTYPED_NIL ? y : x;
            Type u = other.underlying();
            return other == Universe.UNTYPED_NIL || Types.hasNil(u);
        }
        return true;
    }

    /** Of two untyped numeric kinds, the one later in int < rune < float < complex. */
    private static Type largerUntyped(Type a, Type b) {
        BasicKind x = Types.basicKind(a), y = Types.basicKind(b);
        if (!x.isNumeric() || !y.isNumeric()) {
            return null;
        }
        return x.ordinal() >= y.ordinal() ? a : b;
    }

    private TypeAndValue shift(Expr.Binary b, TypeAndValue x, TypeAndValue y) {
        if (y.isConstant() && ConstOps.toInteger(y.value()) != null && ConstOps.toInteger(y.value()).signum() < 0) {
            c.errorAt(b.y(), "invalid operation: negative shift count " + Operands.describe(b.y(), y));
            return INVALID;
        }
        if (Types.isUntyped(y.type())) {
            y = convertUntyped(b.y(), y, Universe.UINT);
        }
        if (!Types.basicKind(y.type()).isInteger() && !TypeSets.allTerms(y.type(), t -> Types.basicKind(t).isInteger())) {
            c.errorAt(b.y(), "invalid operation: shift count " + Operands.describe(b.y(), y) + " must be integer");
            return INVALID;
        }
        if (y.isConstant() && ConstOps.toInteger(y.value()) != null && ConstOps.toInteger(y.value()).signum() < 0) {
            c.errorAt(b.y(), "invalid operation: negative shift count " + GoPrinter.expr(b.y()));
            return INVALID;
        }
        if (x.isConstant() && y.isConstant()) {
            BigInteger count = ConstOps.toInteger(y.value());
            if (count == null || count.compareTo(BigInteger.valueOf(SHIFT_BOUND)) > 0) {
                c.errorAt(b.y(), "invalid operation: invalid shift count " + Operands.describe(b.y(), y));
                return INVALID;
            }
            BigInteger xi = ConstOps.toInteger(x.value());
            if (xi == null) {
                c.errorAt(b.x(), "invalid operation: shifted operand " + Operands.describe(b.x(), x) + " must be integer");
                return INVALID;
            }
            long s = ConstOps.toInteger(y.value()).longValue();
            Type t = x.type() == Universe.UNTYPED_FLOAT ? Universe.UNTYPED_INT : x.type();
            return representableOrError(b, new TypeAndValue(Mode.CONSTANT, t,
                    ConstOps.shift(new Constant.Int(xi), b.op(), s)));
        }
        if (Types.isUntyped(x.type()) && x.isConstant()) {
            // "If the left operand of a non-constant shift expression is an untyped constant, it
            // is first implicitly converted to the type it would assume if the shift expression
            // were replaced by its left operand alone": the shift stays untyped until its
            // context converts it (convertUntyped → setType gives the operand that type).
            if (ConstOps.toInteger(x.value()) == null) {
                c.errorAt(b.x(), "invalid operation: shifted operand " + Operands.describe(b.x(), x) + " must be integer");
                return INVALID;
            }
            // The shift keeps the operand's untyped kind: 1.0 << s alone defaults to float64 (an error).
            return new TypeAndValue(Mode.VALUE, x.type(), null);
        }
        if (!Types.basicKind(x.type()).isInteger() && !TypeSets.allTerms(x.type(), t -> Types.basicKind(t).isInteger())) {
            c.errorAt(b.x(), "invalid operation: shifted operand " + Operands.describe(b.x(), x) + " must be integer");
            return INVALID;
        }
        return new TypeAndValue(Mode.VALUE, x.type(), null);
    }

    // ---- Untyped conversion and representability ------------------------------------------

    /**
     * Converts an untyped operand to {@code target} ("implicit conversion"), reporting gc's
     * errors, and re-records the expression (and its untyped operands) with the new type.
     */
    TypeAndValue convertUntyped(Expr e, TypeAndValue x, Type target) {
        if (!Types.isUntyped(x.type()) || target == Universe.INVALID) {
            return x;
        }
        Type tu = target.underlying();
        if (target instanceof Type.TypeParam tp) {
            return convertUntypedToTypeParam(e, x, tp);
        }
        if (tu instanceof Type.Interface) {
            if (x.type() == Universe.UNTYPED_NIL) {
                return record(e, new TypeAndValue(Mode.VALUE, target, null));
            }
            // An untyped value in an interface context takes its default type.
            return setType(e, x, Types.defaultType(x.type()));
        }
        if (x.type() == Universe.UNTYPED_NIL && tu == Universe.UNSAFE_POINTER) {
            return record(e, new TypeAndValue(Mode.VALUE, target, null));
        }
        if (!(tu instanceof Type.Basic tb)) {
            if (x.type() == Universe.UNTYPED_NIL && Types.hasNil(tu)) {
                return record(e, new TypeAndValue(Mode.VALUE, target, null));
            }
            c.errorAt(e, "cannot convert " + Operands.describe(e, x) + " to type " + target);
            return record(e, INVALID);
        }
        BasicKind from = Types.basicKind(x.type()), to = tb.kind();
        boolean compatible = from == BasicKind.UNTYPED_NIL ? to == BasicKind.UNSAFE_POINTER
                : from.isBoolean() ? to.isBoolean()
                : from.isString() ? to.isString()
                : from.isNumeric() && to.isNumeric();
        if (to.isUntyped() && compatible) {
            return x;
        }
        if (!compatible) {
            c.errorAt(e, "cannot convert " + Operands.describe(e, x) + " to type " + target);
            return record(e, INVALID);
        }
        if (x.isConstant()) {
            String problem = representable(x.value(), tb);
            if (problem != null) {
                c.errorAt(e, problem.equals("truncated")
                        ? "cannot use " + Operands.describe(e, x) + " as " + target + " value in " + "assignment (truncated)"
                        : "cannot use " + Operands.describe(e, x) + " as " + target + " value in assignment (overflows)");
                return record(e, INVALID);
            }
        }
        return setType(e, x, target);
    }

    /**
     * An untyped operand in the context of a type parameter: it must convert to every type in
     * the type set (a constant must be representable in each); it then has the type parameter
     * as its type and is no longer constant.
     */
    private TypeAndValue convertUntypedToTypeParam(Expr e, TypeAndValue x, Type.TypeParam tp) {
        if (!kindCompatible(x.type(), tp)) {
            c.errorAt(e, "cannot use " + Operands.describe(e, x) + " as " + tp + " value in assignment");
            return record(e, INVALID);
        }
        if (x.isConstant()) {
            for (Type.Term term : TypeSets.terms(tp)) {
                if (representable(x.value(), (Type.Basic) term.type().underlying()) != null) {
                    c.errorAt(e, "cannot convert " + Operands.describe(e, x) + " to type " + tp);
                    return record(e, INVALID);
                }
            }
        }
        return setType(e, new TypeAndValue(x.isConstant() ? Mode.VALUE : x.mode(), x.type(), null), tp);
    }

    /** Whether an untyped value of type {@code u} may convert to every type in {@code tp}'s type set. */
    static boolean kindCompatible(Type u, Type.TypeParam tp) {
        java.util.List<Type.Term> terms = TypeSets.terms(tp);
        if (terms == null || terms.isEmpty()) {
            return false;
        }
        BasicKind from = Types.basicKind(u);
        for (Type.Term term : terms) {
            Type tu = term.type().underlying();
            if (u == Universe.UNTYPED_NIL) {
                if (!Types.assignable(Universe.UNTYPED_NIL, tu)) {
                    return false;
                }
                continue;
            }
            if (!(tu instanceof Type.Basic ub)) {
                return false;
            }
            BasicKind to = ub.kind();
            boolean compatible = from.isBoolean() ? to.isBoolean() : from.isString() ? to.isString()
                    : from.isNumeric() && to.isNumeric();
            if (!compatible) {
                return false;
            }
        }
        return true;
    }

    /** Records {@code e} with type {@code t}; untyped operands of operators follow along. */
    private TypeAndValue setType(Expr e, TypeAndValue x, Type t) {
        if (e instanceof Expr.Binary b && (b.op().equals("<<") || b.op().equals(">>")) && !x.isConstant()
                && !Types.basicKind(t).isInteger() && t.underlying() instanceof Type.Basic) {
            TypeAndValue operand = c.info.types.get(b.x());
            c.errorAt(b.x(), "invalid operation: shifted operand " + GoPrinter.expr(b.x()) + " (type " + t + ") must be integer");
            return record(e, INVALID);
        }
        TypeAndValue updated = new TypeAndValue(x.mode(), t, x.value() == null ? null : rounded(x.value(), t));
        record(e, updated);
        switch (e) {
            case Expr.Paren p -> setTypeIfUntyped(p.x(), t);
            case Expr.Unary u -> setTypeIfUntyped(u.x(), t);
            case Expr.Binary b when !isComparison(b.op()) -> {
                setTypeIfUntyped(b.x(), t);
                if (!b.op().equals("<<") && !b.op().equals(">>")) {
                    setTypeIfUntyped(b.y(), t);
                }
            }
            default -> { }
        }
        return updated;
    }

    private void setTypeIfUntyped(Expr e, Type t) {
        TypeAndValue tv = c.info.types.get(e);
        if (tv != null && Types.isUntyped(tv.type())) {
            setType(e, tv, t);
        }
    }

    /**
     * A constant of a typed floating-point or complex type holds a value of that precision: Go
     * rounds it to float32 or float64 (go/types' {@code roundFloat32/64}) when the constant gets
     * the type, so {@code const f float32 = 0.1} is 0.100000001490116…; other values unchanged.
     * Call only with representable values.
     */
    static Constant rounded(Constant v, Type t) {
        if (!(t.underlying() instanceof Type.Basic b) || b.kind().isUntyped()) {
            return v;
        }
        BasicKind k = b.kind();
        if (k.isFloat()) {
            Rational r = ConstOps.toRational(v);
            return r == null ? v : new Constant.Float(round(r, k == BasicKind.FLOAT32));
        }
        if (k.isComplex()) {
            Constant.Complex z = ConstOps.toComplex(v);
            boolean single = k == BasicKind.COMPLEX64;
            return z == null ? v : new Constant.Complex(round(z.re(), single), round(z.im(), single));
        }
        return v;
    }

    private static Rational round(Rational r, boolean single) {
        double d = single ? r.toFloat() : r.toDouble();
        return Double.isInfinite(d) ? r : Rational.of(d);
    }

    /** Null if {@code v} is representable by a value of basic type {@code t}, else "overflows"/"truncated". */
    static String representable(Constant v, Type.Basic t) {
        BasicKind k = t.kind();
        if (k.isInteger()) {
            BigInteger i = ConstOps.toInteger(v);
            if (i == null) {
                return v instanceof Constant.Float ? "truncated" : null;
            }
            if (k.isUntyped()) {
                return null;
            }
            int bits = k.bits();
            BigInteger min = k.isUnsigned() ? BigInteger.ZERO : BigInteger.ONE.shiftLeft(bits - 1).negate();
            BigInteger max = k.isUnsigned() ? BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.ONE)
                    : BigInteger.ONE.shiftLeft(bits - 1).subtract(BigInteger.ONE);
            // types2's representation: a float constant that does not fit an integer type is "truncated", whatever its size.
            return i.compareTo(min) < 0 || i.compareTo(max) > 0 ? (v instanceof Constant.Float ? "truncated" : "overflows") : null;
        }
        if (k.isComplex()) {
            Constant.Complex z = ConstOps.toComplex(v);
            if (z == null || k.isUntyped()) {
                return null;
            }
            for (Rational part : List.of(z.re(), z.im())) {
                if (k == BasicKind.COMPLEX64 ? Float.isInfinite(part.toFloat()) : Double.isInfinite(part.toDouble())) {
                    return "overflows";
                }
            }
            return null;
        }
        if (v instanceof Constant.Complex z && z.im().signum() != 0) {
            return "truncated";
        }
        if (k.isFloat()) {
            Rational r = ConstOps.toRational(v);
            if (r == null || k.isUntyped()) {
                return null;
            }
            // Rounded to the type first (once, from the exact value): only what rounds to ±Inf overflows.
            boolean inf = k == BasicKind.FLOAT32 ? Float.isInfinite(r.toFloat()) : Double.isInfinite(r.toDouble());
            return inf ? "overflows" : null;
        }
        return null;
    }

    /** Untyped integer constants may not grow beyond this many bits (types2's constant precision). */
    private static final int CONSTANT_PRECISION = 512;
    /** The largest constant shift count: enough to express the smallest float64. */
    private static final long SHIFT_BOUND = 1023 - 1 + 52;

    /**
     * After each constant operation: a typed result must be representable in its type
     * ("constant X overflows T"); an untyped integer must stay within 512 bits.
     */
    private TypeAndValue representableOrError(Expr e, TypeAndValue tv) {
        if (tv.type() instanceof Type.Basic b && !b.kind().isUntyped() && tv.value() != null) {
            String problem = representable(tv.value(), b);
            if (problem != null) {
                c.error(e.pos(), "constant " + Operands.valueText(tv.value()) + " overflows " + b);
                return INVALID;
            }
            tv = new TypeAndValue(tv.mode(), tv.type(), rounded(tv.value(), b));
        }
        if (tv.value() instanceof Constant.Int i && i.value().bitLength() > CONSTANT_PRECISION) {
            String op = switch (e) {
                case Expr.Binary b -> switch (b.op()) {
                    case "+" -> "addition ";
                    case "-" -> "subtraction ";
                    case "^" -> "bitwise XOR ";
                    case "*" -> "multiplication ";
                    case "<<" -> "shift ";
                    default -> "";
                };
                case Expr.Unary u when u.op().equals("^") -> "bitwise complement ";
                default -> "";
            };
            c.error(e.pos(), "constant " + op + "overflow");
            return new TypeAndValue(Mode.CONSTANT, tv.type(), new Constant.Unknown());
        }
        return tv;
    }

    // ---- Constant declarations -------------------------------------------------------------

    /** Checks the constant at {@code index} of {@code spec}, whose values come from {@code source}. */
    void constDecl(Const k, Spec.Value spec, int index, Spec.Value source) {
        Constant savedIota = iota;
        iota = Constant.Int.of(spec.iota());
        try {
            if (source == null || index >= source.values().size()) {
                c.error(k.pos(), "missing init expr for " + k.name());
                k.type = Universe.INVALID;
                k.value = new Constant.Unknown();
                return;
            }
            Expr init = source.values().get(index);
            // A repeated spec re-evaluates the expression with its own iota, so nothing is recorded.
            TypeAndValue x = source == spec ? value(init) : check(init);
            if (x.mode() != Mode.INVALID && !x.isConstant()) {
                c.errorAt(init, Operands.describe(init, x) + " is not constant");
                x = INVALID;
            }
            Type declared = source.type() == null ? null : c.typeExprs.type(source.type());
            if (declared != null && x.mode() != Mode.INVALID) {
                x = Types.isUntyped(x.type()) ? c.assignments.assignTo(init, x, declared, "constant declaration") : x;
                if (x.mode() != Mode.INVALID && !Types.identical(x.type(), declared)) {
                    c.errorAt(init, "cannot use " + Operands.describe(init, x) + " as " + declared
                            + " value in constant declaration");
                    x = INVALID;
                }
            }
            k.type = x.mode() == Mode.INVALID ? Universe.INVALID : x.type();
            k.value = x.mode() == Mode.INVALID ? new Constant.Unknown() : x.value();
        } finally {
            iota = savedIota;
        }
    }

}
