// For statements with range clauses ("For statements with range clause"), including range over int and over functions.
package dev.goloom.types;

import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.TypeAndValue.Mode;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code for k, v := range x} and {@code for k, v = range x}. The iteration values depend on
 * x's type (see {@link #iteration}); with {@code :=} the variables are new in the loop's
 * block (Go 1.22: one per iteration, which changes nothing for the checker).
 */
final class Ranges {
    private final Checker c;
    private final Stmts stmts;

    Ranges(Checker c, Stmts stmts) {
        this.c = c;
        this.stmts = stmts;
    }

    /**
     * What ranging over a type produces: the key and value types (null when the form yields
     * no such value), or, when it cannot be ranged over, {@code ok} false with an optional cause.
     */
    private record Iteration(Type key, Type value, boolean ok, String cause) {
        static Iteration of(Type key, Type value) {
            return new Iteration(key, value, true, null);
        }

        static Iteration bad(String cause) {
            return new Iteration(Universe.INVALID, Universe.INVALID, false, cause);
        }
    }

    void range(Stmt.Range r) {
        TypeAndValue x = c.exprs.value(r.x());
        Type key = null, value = null;
        if (x.mode() != Mode.INVALID) {
            Iteration it = iteration(x.type());
            String range = Operands.describe(r.x(), x);
            if (!it.ok()) {
                c.errorAt(r.x(), "cannot range over " + range + (it.cause() == null ? "" : ": " + it.cause()));
            } else if (it.key() == null && r.key() != null) {
                c.errorAt(r.key(), "range over " + range + " permits no iteration variables");
            } else if (it.value() == null && r.value() != null) {
                c.errorAt(r.value(), "range over " + range + " permits only one iteration variable");
            }
            key = it.key();
            value = it.value();
        }
        // The loop's block opens after the range clause: x cannot see the iteration variables.
        stmts.openScope(r);
        Type k = key, v = value;
        if (x.mode() != Mode.INVALID && Types.under(x.type()) instanceof Type.Signature) {
            stmts.rangeFuncBody(r, () -> clauseAndBody(r, x, k, v));
        } else {
            clauseAndBody(r, x, k, v);
        }
        stmts.closeScope();
    }

    /** The iteration variables (declared or assigned) and the body, in the loop's scope. */
    private void clauseAndBody(Stmt.Range r, TypeAndValue x, Type key, Type value) {
        Expr[] lhs = {r.key(), r.value()};
        Type[] types = {key, value};
        boolean overInt = Types.basicKind(x.type()).isInteger();
        if (":=".equals(r.op())) {
            List<Expr.Ident> names = new ArrayList<>();
            List<Var> vars = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null) {
                    continue;
                }
                Var v;
                if (lhs[i] instanceof Expr.Ident id) {
                    v = new Var(id.name(), id.pos(), c.pkg, null, false);
                    c.info.defs.put(id, v);
                    if (!id.name().equals("_")) {
                        names.add(id);
                        vars.add(v);
                    }
                } else {
                    c.errorAt(lhs[i], "invalid syntax tree: cannot declare " + GoPrinter.expr(lhs[i]));
                    v = new Var("_", lhs[i].pos(), c.pkg, null, false);
                }
                Type t = types[i];
                if (t == null || t == Universe.INVALID) {
                    v.type = Universe.INVALID;
                    v.used = true; // the error is elsewhere
                    continue;
                }
                if (overInt) {
                    // The variable takes x's type; an untyped constant x its default type.
                    TypeAndValue converted = c.assignments.assignTo(r.x(), x, Types.defaultType(x.type()), "range clause");
                    v.type = converted.mode() == Mode.INVALID ? Universe.INVALID : converted.type();
                } else {
                    v.type = t;
                }
            }
            if (vars.isEmpty()) {
                c.error(r.pos(), "no new variables on left side of :=");
            }
            for (int i = 0; i < vars.size(); i++) {
                stmts.declareLocal(names.get(i), vars.get(i));
            }
        } else if (r.key() != null) {
            for (int i = 0; i < 2; i++) {
                if (lhs[i] == null || types[i] == null || types[i] == Universe.INVALID) {
                    continue;
                }
                Type target = c.assignments.lhsType(lhs[i]);
                if (overInt) {
                    if (target == null) {
                        c.assignments.assignTo(r.x(), x, Types.defaultType(x.type()), "range clause");
                        continue;
                    }
                    TypeAndValue converted = c.assignments.assignTo(r.x(), x, target, "range clause");
                    // An untyped x takes the variable's type, which must be an integer type.
                    if (converted.mode() != Mode.INVALID && !Types.basicKind(converted.type()).isInteger()) {
                        c.errorAt(lhs[i], "cannot use iteration variable of type " + converted.type());
                    }
                } else if (target != null) {
                    // gc describes the variable with the iteration value's type.
                    c.assignments.assignTo(lhs[i], new TypeAndValue(Mode.VALUE, types[i], null), target, "assignment");
                }
            }
        } else if (overInt) {
            c.assignments.assignTo(r.x(), x, Types.defaultType(x.type()), "range clause");
        }
        stmts.stmt(r.body());

    }

    /** The iteration values of a range over a value of type {@code t} (types2's rangeKeyVal). */
    private static Iteration iteration(Type t) {
        Type u = Types.under(t);
        if (u instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Array a) {
            u = a;
        }
        return switch (u) {
            case Type.Basic b when b.kind().isString() -> Iteration.of(Universe.INT, Universe.RUNE);
            case Type.Basic b when b.kind().isInteger() -> Iteration.of(t, null);
            case Type.Array a -> Iteration.of(Universe.INT, a.elem());
            case Type.Slice s -> Iteration.of(Universe.INT, s.elem());
            case Type.MapType m -> Iteration.of(m.key(), m.value());
            case Type.Chan ch when ch.dir() == Type.ChanDir.SEND -> Iteration.bad("receive from send-only channel " + t);
            case Type.Chan ch -> Iteration.of(ch.elem(), null);
            case Type.Signature sig -> iterator(sig);
            default -> Iteration.bad(null);
        };
    }

    /** A range-over-func iterator must be {@code func(yield func(...) bool)} with at most two yielded values. */
    private static Iteration iterator(Type.Signature sig) {
        String must = "func must be func(yield func(...) bool): ";
        if (sig.params().size() != 1) {
            return Iteration.bad(must + "wrong argument count");
        }
        if (sig.results().size() != 0) {
            return Iteration.bad(must + "unexpected results");
        }
        if (!(sig.params().at(0).underlying() instanceof Type.Signature yield)) {
            return Iteration.bad(must + "argument is not func");
        }
        if (yield.params().size() > 2) {
            return Iteration.bad(must + "yield func has too many parameters");
        }
        if (yield.results().size() != 1 || !Types.identical(yield.results().at(0), Universe.BOOL)) {
            boolean userBoolean = yield.results().size() == 1 && Types.basicKind(yield.results().at(0)).isBoolean();
            return Iteration.bad(must + (userBoolean ? "yield func returns user-defined boolean, not bool"
                    : "yield func does not return bool"));
        }
        return Iteration.of(yield.params().size() >= 1 ? yield.params().at(0) : null,
                yield.params().size() >= 2 ? yield.params().at(1) : null);
    }
}
