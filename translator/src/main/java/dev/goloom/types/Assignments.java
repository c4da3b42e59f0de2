// Assignments and variable declarations ("Assignment statements", "Variable declarations", "Short variable declarations").
package dev.goloom.types;

import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Spec;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.TypeAndValue.Mode;
import java.util.ArrayList;
import java.util.List;

final class Assignments {
    private final Checker c;

    Assignments(Checker c) {
        this.c = c;
    }

    /**
     * Checks that {@code x} (the value of {@code e}) may be assigned to {@code target},
     * converting an untyped value first. {@code context} completes gc's "... value in <context>".
     */
    TypeAndValue assignTo(Expr e, TypeAndValue x, Type target, String context) {
        if (x.mode() == Mode.INVALID || target == Universe.INVALID) {
            return x;
        }
        if (Types.isUntyped(x.type()) && !Types.isInterface(target)) {
            return tryConvertUntyped(e, x, target, context);
        }
        if (Types.isUntyped(x.type())) {
            x = c.exprs.convertUntyped(e, x, target);
        }
        if (!Types.assignable(x.type(), target)) {
            String why = "";
            if (target.underlying() instanceof Type.Interface iface && Lookup.missingMethod(x.type(), iface) != null) {
                why = ": " + x.type() + " does not implement " + target + " (" + Lookup.missingMethod(x.type(), iface) + ")";
            }
            c.errorAt(e, "cannot use " + Operands.describe(e, x) + " as " + target + " value in " + context + why);
            return Exprs.INVALID;
        }
        return x;
    }

    private TypeAndValue tryConvertUntyped(Expr e, TypeAndValue x, Type target, String context) {
        if (target instanceof Type.TypeParam tp && !Exprs.kindCompatible(x.type(), tp)) {
            c.errorAt(e, "cannot use " + Operands.describe(e, x) + " as " + target + " value in " + context);
            return Exprs.INVALID;
        }
        Type tu = target.underlying();
        if (tu instanceof Type.Basic tb && x.type() instanceof Type.Basic xb) {
            BasicKind from = xb.kind(), to = tb.kind();
            boolean compatible = from == BasicKind.UNTYPED_NIL ? to == BasicKind.UNSAFE_POINTER
                    : from.isBoolean() ? to.isBoolean() : from.isString() ? to.isString()
                    : from.isNumeric() && to.isNumeric();
            if (!compatible) {
                c.errorAt(e, "cannot use " + Operands.describe(e, x) + " as " + target + " value in " + context);
                return Exprs.INVALID;
            }
            if (x.isConstant()) {
                String problem = Exprs.representable(x.value(), tb);
                if (problem != null) {
                    c.errorAt(e, "cannot use " + Operands.describe(e, x) + " as " + target + " value in " + context
                            + " (" + problem + ")");
                    return Exprs.INVALID;
                }
            }
        }
        return c.exprs.convertUntyped(e, x, target);
    }

    /** A var spec, package-level (objects exist already) or local (declared after the spec). */
    void varSpec(Spec.Value spec, boolean pkgLevel) {
        Type declared = spec.type() == null ? null : c.typeExprs.type(spec.type());
        List<Type> valueTypes = new ArrayList<>();
        if (!spec.values().isEmpty()) {
            valueTypes = rhs(spec.names().size(), spec.values(), declared, "variable declaration");
        }
        List<Var> vars = new ArrayList<>();
        for (int i = 0; i < spec.names().size(); i++) {
            Expr.Ident id = spec.names().get(i);
            Type t = declared != null ? declared
                    : i < valueTypes.size() ? Types.defaultType(valueTypes.get(i)) : Universe.INVALID;
            if (t == Universe.UNTYPED_NIL) {
                c.errorAt(spec.values().get(i), "use of untyped nil in variable declaration");
                t = Universe.INVALID;
            }
            Var v = pkgLevel ? (Var) c.info.defs.get(id) : new Var(id.name(), id.pos(), c.pkg, t, false);
            v.type = t;
            if (pkgLevel) {
                v.used = true;
            }
            c.info.defs.put(id, v);
            vars.add(v);
        }
        if (!pkgLevel) {
            for (int i = 0; i < vars.size(); i++) {
                c.stmts.declareLocal(spec.names().get(i), vars.get(i));
            }
        }
    }

    /**
     * Checks the right-hand side of an assignment of {@code n} values; returns their types
     * (converted to {@code declared} when given). Reports gc's "assignment mismatch".
     */
    private List<Type> rhs(int n, List<Expr> values, Type declared, String context) {
        List<Type> types = new ArrayList<>();
        if (values.size() == 1 && n > 1) {
            TypeAndValue x = c.exprs.expr(values.getFirst());
            if (n == 2 && isCommaOkForm(values.getFirst(), x)) {
                // "v, ok = m[k]", "v, ok = x.(T)", "v, ok = <-ch": the second value is an untyped bool.
                c.info.commaOk.add(values.getFirst());
                types.add(declared != null ? declared : x.type());
                types.add(declared != null ? declared : Universe.UNTYPED_BOOL);
                if (declared != null) {
                    assignTo(values.getFirst(), x, declared, context);
                }
                return types;
            }
            if (x.type() instanceof Type.Tuple t && t.size() == n) {
                for (int i = 0; i < n; i++) {
                    types.add(declared != null ? declared : t.at(i));
                }
                return types;
            }
            if (x.mode() != Mode.INVALID) {
                mismatch(n, values, x);
            }
            return types;
        }
        if (values.size() != n) {
            values.forEach(c.exprs::expr);
            mismatch(n, values, null);
            return types;
        }
        for (Expr v : values) {
            // A var declaration of one name checks its value as a plain expression (types2's varDecl).
            TypeAndValue x = n == 1 && context.equals("assignment") ? loneValue(v, declared) : c.exprs.value(v, declared);
            if (declared != null) {
                x = assignTo(v, x, declared, context);
            } else if (Types.isUntyped(x.type()) && x.type() != Universe.UNTYPED_NIL) {
                x = c.exprs.convertUntyped(v, x, Types.defaultType(x.type()));
            }
            types.add(x.mode() == Mode.INVALID ? Universe.INVALID : x.type());
        }
        return types;
    }

    /**
     * The only value assigned to one variable. A call with several results there is types2's
     * "assignment mismatch: 1 variable but f returns 2 values", not a single-value context error.
     */
    private TypeAndValue loneValue(Expr v, Type target) {
        if (!(Instantiate.unparen(v) instanceof Expr.Call)) {
            return c.exprs.value(v, target);
        }
        TypeAndValue x = c.exprs.expr(v);
        if (x.mode() == Mode.VALUE && x.type() instanceof Type.Tuple t && t.size() > 1) {
            mismatch(1, List.of(v), x);
            return Exprs.INVALID;
        }
        return c.exprs.singleValue(v, x);
    }

    /** Whether {@code e} (checked as {@code x}) may produce a second, boolean value. */
    static boolean isCommaOkForm(Expr e, TypeAndValue x) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        if (x.mode() == Mode.INVALID) {
            return false;
        }
        return x.mode() == Mode.MAPINDEX || e instanceof Expr.TypeAssert
                || e instanceof Expr.Unary u && u.op().equals("<-");
    }

    private void mismatch(int n, List<Expr> values, TypeAndValue single) {
        String have;
        if (single != null && values.size() == 1 && Instantiate.unparen(values.getFirst()) instanceof Expr.Call call) {
            int got = single.type() instanceof Type.Tuple t ? t.size() : single.mode() == Mode.NOVALUE ? 0 : 1;
            have = GoPrinter.expr(call.fun()) + " returns " + got + " value" + (got == 1 ? "" : "s");
        } else {
            have = values.size() + " value" + (values.size() == 1 ? "" : "s");
        }
        c.errorAt(values.getFirst(), "assignment mismatch: " + n + " variable" + (n == 1 ? "" : "s") + " but " + have);
    }

    /** How types2 names a value that yields two: a map index, another comma-ok form, or a plain value. */
    private String commaOkMode(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        if (e instanceof Expr.Index ix && c.info.typeOf(ix.x()) != null
                && c.info.typeOf(ix.x()).underlying() instanceof Type.MapType) {
            return "map index expression";
        }
        return Channels.isReceive(e) || e instanceof Expr.TypeAssert ? "comma, ok expression" : "value";
    }

    /** {@code lhs = rhs}, {@code lhs op= rhs} and {@code lhs := rhs}. */
    void assign(Stmt.Assign a) {
        switch (a.op()) {
            case ":=" -> define(a);
            case "=" -> {
                List<Type> targets = new ArrayList<>();
                for (Expr l : a.lhs()) {
                    targets.add(lhsType(l));
                }
                if (a.rhs().size() == 1 && a.lhs().size() > 1) {
                    List<Type> got = rhs(a.lhs().size(), a.rhs(), null, "assignment");
                    for (int i = 0; i < got.size() && i < targets.size(); i++) {
                        if (targets.get(i) != null && !Types.assignable(got.get(i), targets.get(i))) {
                            // types2 names the operand's mode: "(value of type T)", "(comma, ok expression of type T)".
                            String mode = commaOkMode(a.rhs().getFirst());
                            c.errorAt(a.rhs().getFirst(), "cannot use " + GoPrinter.expr(a.rhs().getFirst()) + " ("
                                    + mode + " of type " + got.get(i) + ") as " + targets.get(i) + " value in assignment");
                        }
                    }
                    return;
                }
                if (a.lhs().size() != a.rhs().size()) {
                    a.rhs().forEach(c.exprs::expr);
                    mismatch(a.lhs().size(), a.rhs(), null);
                    return;
                }
                for (int i = 0; i < a.rhs().size(); i++) {
                    TypeAndValue x = a.rhs().size() == 1 ? loneValue(a.rhs().getFirst(), targets.getFirst())
                            : c.exprs.value(a.rhs().get(i), targets.get(i));
                    Type t = targets.get(i);
                    if (t != null) {
                        assignTo(a.rhs().get(i), x, t, "assignment");
                    } else if (Types.isUntyped(x.type())) {
                        c.exprs.convertUntyped(a.rhs().get(i), x, Types.defaultType(x.type()));
                    }
                }
            }
            default -> {
                // "x op= y" is "x = x op y" with x evaluated once.
                if (a.lhs().size() != 1 || a.rhs().size() != 1) {
                    c.error(a.pos(), "assignment operation " + a.op() + " requires single-valued expressions");
                    return;
                }
                String op = a.op().substring(0, a.op().length() - 1);
                Expr l = a.lhs().getFirst();
                Type t = lhsType(l);
                Expr.Binary synthetic = new Expr.Binary(a.pos(), l, op, a.rhs().getFirst());
                // Unlike "x = y", "x op= y" and "x++" count as uses of x (as in gc).
                TypeAndValue r = c.exprs.expr(synthetic);
                c.info.types.remove(synthetic);
                if (t != null && r.mode() != Mode.INVALID && !op.equals("<<") && !op.equals(">>")) {
                    assignTo(a.rhs().getFirst(), c.info.types.get(a.rhs().getFirst()), t, "assignment");
                }
            }
        }
    }

    /** The type of an assignable left-hand side; null for the blank identifier. */
    Type lhsType(Expr l) {
        if (l instanceof Expr.Ident id && id.name().equals("_")) {
            c.info.defs.put(id, null);
            return null;
        }
        if (l instanceof Expr.Ident id && c.scope.lookup(id.name()) instanceof Var v) {
            // An assignment alone does not "use" a variable.
            boolean wasUsed = v.used;
            TypeAndValue x = c.exprs.expr(l);
            v.used = wasUsed;
            return x.type();
        }
        TypeAndValue x = c.exprs.expr(l);
        if (x.mode() == Mode.INVALID) {
            return Universe.INVALID;
        }
        if (x.mode() != Mode.VARIABLE && x.mode() != Mode.MAPINDEX) {
            c.errorAt(l, "cannot assign to " + Operands.describe(l, x).replaceFirst(" \\(", " (neither addressable nor a map index expression, "));
            return Universe.INVALID;
        }
        return x.type();
    }

    private void define(Stmt.Assign a) {
        List<Type> types = rhs(a.lhs().size(), a.rhs(), null, "assignment");
        boolean anyNew = false;
        List<Runnable> declarations = new ArrayList<>();
        for (int i = 0; i < a.lhs().size(); i++) {
            if (!(a.lhs().get(i) instanceof Expr.Ident id)) {
                c.errorAt(a.lhs().get(i), "non-name " + GoPrinter.expr(a.lhs().get(i)) + " on left side of :=");
                continue;
            }
            Type t = i < types.size() ? types.get(i) : Universe.INVALID;
            if (id.name().equals("_")) {
                c.info.defs.put(id, null);
                continue;
            }
            Obj existing = c.stmts.lookupInCurrentBlock(id.name());
            if (existing instanceof Var v) {
                // Redeclaration: assigns to the existing variable.
                c.info.uses.put(id, v);
                if (t != Universe.INVALID && !Types.assignable(t, v.type())) {
                    c.error(a.rhs().size() == a.lhs().size() ? a.rhs().get(i).pos() : a.rhs().getFirst().pos(),
                            "cannot use " + GoPrinter.expr(a.rhs().get(Math.min(i, a.rhs().size() - 1)))
                            + " (value of type " + t + ") as " + v.type() + " value in assignment");
                }
                continue;
            }
            anyNew = true;
            if (t == Universe.UNTYPED_NIL) {
                c.errorAt(a.rhs().get(i), "use of untyped nil in assignment");
                t = Universe.INVALID;
            }
            Var v = new Var(id.name(), id.pos(), c.pkg, Types.defaultType(t), false);
            c.info.defs.put(id, v);
            declarations.add(() -> c.stmts.declareLocal(id, v));
        }
        declarations.forEach(Runnable::run);
        if (!anyNew) {
            c.error(a.pos(), "no new variables on left side of :=");
        }
    }
}
