// Switch statements ("Expression switches", "Type switches"): case values and types, duplicates, case variables.
package dev.goloom.types;

import dev.goloom.constant.ConstOps;
import dev.goloom.constant.Constant;
import dev.goloom.constant.Rational;
import dev.goloom.diag.Pos;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Positions;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.TypeAndValue.Mode;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Both kinds of switch. Each case clause is an implicit block; a type switch declares its
 * variable anew in every clause (recorded in {@link Info#implicits}), and the variables of
 * all clauses count as one for "declared and not used". Fallthrough and break are checked
 * with the other branches by {@link Labels}.
 */
final class Switches {
    private final Checker c;
    private final Stmts stmts;

    Switches(Checker c, Stmts stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    /** A constant case value already seen: where, and with which type (equal values of other types are fine). */
    private record SeenValue(Object key, Type type, Pos pos) {}

    /** A type already listed in a type switch (null for the case nil), and where. */
    private record SeenType(Type type, Expr at) {}

    // ---- Expression switches ---------------------------------------------------------------

    void expressionSwitch(Stmt.Switch s) {
        stmts.openScope(s);
        if (s.init() != null) {
            stmts.stmt(s.init());
        }
        TypeAndValue tag;
        String tagText;
        if (s.tag() != null) {
            tag = c.exprs.value(s.tag());
            tagText = GoPrinter.expr(s.tag());
            tag = switchExpression(s.tag(), tag);
        } else {
            // "A missing switch expression is equivalent to the boolean value true."
            tag = new TypeAndValue(Mode.CONSTANT, Universe.BOOL, new Constant.Bool(true));
            tagText = "true";
        }
        multipleDefaults(s.clauses());
        List<SeenValue> seen = new ArrayList<>();
        for (Stmt.CaseClause clause : s.clauses()) {
            for (Expr e : clause.list()) {
                caseValue(e, tag, tagText, seen);
            }
            stmts.openScope(clause);
            stmts.stmtList(clause.body());
            stmts.closeScope();
        }
        stmts.closeScope();
    }

    /** The tag as if assigned to a temporary: untyped constants take their default type; it must be comparable. */
    private TypeAndValue switchExpression(Expr e, TypeAndValue x) {
        if (x.mode() == Mode.INVALID) {
            return x;
        }
        if (x.type() == Universe.UNTYPED_NIL) {
            c.errorAt(e, "use of untyped nil in switch expression");
            return Exprs.INVALID;
        }
        if (Types.isUntyped(x.type())) {
            x = c.assignments.assignTo(e, x, Types.defaultType(x.type()), "switch expression");
            if (x.mode() == Mode.INVALID) {
                return x;
            }
        }
        if (!Types.comparable(x.type()) && !hasNil(x.type())) {
            c.errorAt(e, "cannot switch on " + Operands.describe(e, x) + " (" + x.type() + " is not comparable)");
            return Exprs.INVALID;
        }
        return x;
    }

    /** One case value: converted to the tag's type, comparable with the tag, not a duplicate constant. */
    private void caseValue(Expr e, TypeAndValue tag, String tagText, List<SeenValue> seen) {
        TypeAndValue v = c.exprs.value(e);
        if (tag.mode() == Mode.INVALID || v.mode() == Mode.INVALID) {
            return;
        }
        boolean isNil = v.type() == Universe.UNTYPED_NIL;
        // An untyped constant compared with an interface keeps its exact value (not rounded to its default type).
        boolean exact = Types.isUntyped(v.type()) && Types.isInterface(tag.type());
        v = convertUntyped(e, v, tag.type());
        if (v.mode() == Mode.INVALID) {
            return;
        }
        String cause = comparisonProblem(v, isNil, tag);
        if (cause != null) {
            c.errorAt(e, "invalid case " + GoPrinter.expr(e) + " in switch on " + tagText + " (" + cause + ")");
            return;
        }
        if (!v.isConstant()) {
            return;
        }
        Object key = duplicateKey(v, exact);
        if (key == null) {
            return; // gc compares only integer, floating-point and string constants
        }
        for (SeenValue prev : seen) {
            if (prev.key().equals(key) && Types.identical(prev.type(), v.type()) && !c.specializing) {
                c.errorAt(e, "duplicate case " + Operands.describe(e, v) + " in expression switch\n\t"
                        + prev.pos() + ": previous case");
                return;
            }
        }
        seen.add(new SeenValue(key, v.type(), e.pos()));
    }

    /**
     * Converts an untyped case value to the tag's type, in types2's words for a failed implicit
     * conversion ("x truncated to T", "x overflows T", "cannot convert x to type T", with the
     * underlying type).
     */
    private TypeAndValue convertUntyped(Expr e, TypeAndValue v, Type target) {
        if (!Types.isUntyped(v.type()) || target == Universe.INVALID) {
            return v;
        }
        Type tu = target.underlying();
        String problem = null;
        if (v.type() == Universe.UNTYPED_NIL) {
            problem = hasNil(target) ? null : "cannot convert";
        } else if (tu instanceof Type.Basic tb) {
            BasicKind from = Types.basicKind(v.type()), to = tb.kind();
            boolean compatible = from.isBoolean() ? to.isBoolean() : from.isString() ? to.isString()
                    : from.isNumeric() && to.isNumeric();
            if (!compatible) {
                problem = "cannot convert";
            } else if (v.isConstant() && Exprs.representable(v.value(), tb) != null) {
                problem = !from.isInteger() && to.isInteger() ? "truncated to" : "overflows";
            }
        } else if (tu instanceof Type.Interface iface) {
            // Untyped values cannot be assigned to non-empty interfaces; others take their default type.
            if (!iface.isEmpty()) {
                problem = "cannot convert";
            } else if (v.isConstant() && Types.defaultType(v.type()) instanceof Type.Basic d
                    && Exprs.representable(v.value(), d) != null) {
                c.errorAt(e, Operands.describe(e, v) + " overflows " + d);
                return Exprs.INVALID;
            }
        } else {
            problem = "cannot convert";
        }
        if (problem != null) {
            String x = Operands.describe(e, v);
            c.errorAt(e, problem.equals("cannot convert") ? "cannot convert " + x + " to type " + tu
                    : x + " " + problem + " " + tu);
            return Exprs.INVALID;
        }
        return c.exprs.convertUntyped(e, v, target);
    }

    /** Why case value v cannot be compared with the tag ("mismatched types ..."), or null. */
    private static String comparisonProblem(TypeAndValue v, boolean vIsNil, TypeAndValue tag) {
        if (!Types.assignable(v.type(), tag.type()) && !Types.assignable(tag.type(), v.type())) {
            return "mismatched types " + v.type() + " and " + tag.type();
        }
        if (vIsNil) {
            return null; // converted to the tag's type, which has nil
        }
        if (!Types.comparable(v.type())) {
            return incomparableCause(v.type());
        }
        if (!Types.comparable(tag.type())) {
            return incomparableCause(tag.type());
        }
        return null;
    }

    /** types2's explanation of why values of type t cannot be compared. */
    static String incomparableCause(Type t) {
        return switch (t.underlying()) {
            case Type.Slice s -> "slice can only be compared to nil";
            case Type.Signature s -> "func can only be compared to nil";
            case Type.MapType m -> "map can only be compared to nil";
            case Type.Struct st -> "struct containing " + st.fields().stream().filter(f -> !Types.comparable(f.type()))
                    .findFirst().orElseThrow().type() + " cannot be compared";
            case Type.Array a -> t + " cannot be compared";
            default -> "operator == not defined on " + t;
        };
    }

    /** "Types that have nil": pointers, functions, slices, maps, channels, interfaces, unsafe.Pointer. */
    static boolean hasNil(Type t) {
        return Types.hasNil(t.underlying());
    }

    /**
     * The value by which gc finds duplicate constant cases: an integer that fits 64 bits, a
     * float (rounded to its type, as typed constants are; an {@code exact} one only when a
     * float64 holds it exactly), or a string; null for other constants, which are never duplicates.
     */
    private static Object duplicateKey(TypeAndValue v, boolean exact) {
        BasicKind k = Types.basicKind(v.type());
        if (k.isInteger()) {
            BigInteger i = ConstOps.toInteger(v.value());
            return i != null && i.bitLength() <= 64 && (i.signum() >= 0 || i.bitLength() <= 63) ? i : null;
        }
        if (k.isFloat()) {
            Rational r = ConstOps.toRational(v.value());
            if (r == null) {
                return null;
            }
            double d = k == BasicKind.FLOAT32 ? r.toFloat() : r.toDouble();
            if (Double.isInfinite(d)) {
                return null;
            }
            boolean isExact = new BigDecimal(r.num()).compareTo(new BigDecimal(d).multiply(new BigDecimal(r.den()))) == 0;
            return !exact || isExact ? d : null;
        }
        if (v.value() instanceof Constant.Str s) {
            return s.value();
        }
        return null;
    }

    private void multipleDefaults(List<Stmt.CaseClause> clauses) {
        Stmt.CaseClause first = null;
        for (Stmt.CaseClause clause : clauses) {
            if (clause.isDefault()) {
                if (first != null) {
                    c.error(clause.pos(), "multiple defaults (first at " + first.pos() + ")");
                } else {
                    first = clause;
                }
            }
        }
    }

    // ---- Type switches ---------------------------------------------------------------------

    void typeSwitch(Stmt.TypeSwitch s) {
        stmts.openScope(s);
        if (s.init() != null) {
            stmts.stmt(s.init());
        }
        Expr.Ident lhs = null;
        Expr.TypeAssert guard;
        if (s.assign() instanceof Stmt.Assign a) {
            guard = (Expr.TypeAssert) a.rhs().getFirst();
            if (a.lhs().getFirst() instanceof Expr.Ident id) {
                lhs = id;
            } else {
                c.errorAt(a.lhs().getFirst(), "non-name " + GoPrinter.expr(a.lhs().getFirst()) + " on left side of :=");
            }
        } else {
            guard = (Expr.TypeAssert) ((Stmt.ExprStmt) s.assign()).x();
        }
        if (lhs != null) {
            if (lhs.name().equals("_")) {
                c.error(lhs.pos(), "no new variable on left side of :=");
                lhs = null; // no "declared and not used" either
            } else {
                c.info.defs.put(lhs, null); // the variable is declared anew in each clause
            }
        }
        TypeAndValue x = c.exprs.value(guard.x());
        TypeAndValue subject = null;
        if (x.mode() != Mode.INVALID) {
            if (Types.isInterface(x.type())) {
                subject = x;
            } else {
                c.errorAt(guard.x(), Operands.describe(guard.x(), x) + " is not an interface");
            }
        }
        multipleDefaults(s.clauses());
        List<SeenType> seen = new ArrayList<>();
        List<Var> clauseVars = new ArrayList<>();
        for (Stmt.CaseClause clause : s.clauses()) {
            Type t = caseTypes(guard.x(), subject, clause.list(), seen);
            stmts.openScope(clause);
            if (lhs != null) {
                Var v = new Var(lhs.name(), lhs.pos(), c.pkg, t, false);
                c.declare(c.scope, lhs, v);
                c.info.implicits.put(clause, v);
                clauseVars.add(v);
            }
            stmts.stmtList(clause.body());
            stmts.closeScope();
        }
        if (lhs != null) {
            // The variables of all clauses act as one: used if any of them is.
            boolean used = clauseVars.stream().anyMatch(v -> v.used);
            clauseVars.forEach(v -> v.used = true);
            if (!used) {
                c.error(lhs.pos(), lhs.name() + " declared and not used");
            }
        }
        stmts.closeScope();
    }

    /**
     * Checks the types of one clause (nil is allowed too) and returns the type of the clause's
     * variable: the single type listed, else the type of the switch expression.
     */
    private Type caseTypes(Expr subjectExpr, TypeAndValue subject, List<Expr> types, List<SeenType> seen) {
        Type t = null;
        next:
        for (Expr e : types) {
            if (isNil(e)) {
                t = null;
                c.exprs.expr(e);
            } else {
                t = c.typeExprs.type(e);
                if (t == Universe.INVALID) {
                    continue;
                }
            }
            for (SeenType prev : seen) {
                if ((t == null ? prev.type() == null : prev.type() != null && Types.identical(t, prev.type())) && !c.specializing) {
                    c.errorAt(e, "duplicate case " + (t == null ? "nil" : t.toString()) + " in type switch\n\t"
                            + Positions.start(prev.at()) + ": previous case");
                    continue next;
                }
            }
            seen.add(new SeenType(t, e));
            if (subject != null && t != null && !TypeSets.mentionsTypeParam(t) && !c.specializing) {
                String cause = impossibleCause(subject.type(), t);
                if (cause != null) {
                    c.errorAt(e, "impossible type switch case: " + GoPrinter.expr(e) + "\n\t"
                            + Operands.describe(subjectExpr, subject) + " cannot have dynamic type " + t + " " + cause);
                }
            }
        }
        if (types.size() != 1 || t == null) {
            t = subject != null ? subject.type() : Universe.INVALID;
        }
        return t;
    }

    /** Whether {@code e} is the predeclared nil (possibly parenthesized). */
    private boolean isNil(Expr e) {
        while (e instanceof Expr.Paren p) {
            e = p.x();
        }
        return e instanceof Expr.Ident id && c.scope.lookup(id.name()) instanceof Nil;
    }

    /**
     * Why a value of interface type {@code iface} can never hold a value of the concrete
     * type {@code t} ("(missing method M)"), or null when it can. Interfaces are always possible.
     */
    private static String impossibleCause(Type iface, Type t) {
        if (Types.isInterface(t)) {
            return null;
        }
        List<Func> methods = new ArrayList<>(((Type.Interface) iface.underlying()).methods());
        methods.sort(Comparator.comparing(Func::name));
        for (Func m : methods) {
            Lookup.Found lf = Lookup.fieldOrMethod(t, m.name());
            Func found = lf != null && lf.obj() instanceof Func fm ? fm : null;
            if (found == null) {
                return "(missing method " + m.name() + ")";
            }
            if (!Types.identical(found.type(), m.type())) {
                return "(wrong type for method " + m.name() + ")\n\t\thave " + m.name()
                        + found.type().toString().substring("func".length()) + "\n\t\twant " + m.name()
                        + m.type().toString().substring("func".length());
            }
        }
        return null;
    }
}
