// Selectors x.f on values and types: fields, method values, method expressions ("Selectors", "Method expressions").
package dev.goloom.types;

import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoPrinter;
import dev.goloom.types.TypeAndValue.Mode;
import java.util.ArrayList;
import java.util.List;

final class Selectors {
    private final Checker c;

    Selectors(Checker c) {
        this.c = c;
    }

    /** {@code x.f} where x is not a package name; records a {@link Selection}. */
    TypeAndValue select(Expr.Selector sel) {
        TypeAndValue x = c.exprs.expr(sel.x());
        if (x.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        if (x.mode() == Mode.TYPE) {
            return methodExpr(sel, x.type());
        }
        x = c.exprs.singleValue(sel.x(), x);
        if (x.mode() == Mode.INVALID) {
            return Exprs.INVALID;
        }
        String name = sel.sel().name();
        Lookup.Found found = Lookup.fieldOrMethod(x.type(), name);
        if (found == Lookup.AMBIGUOUS) {
            c.error(sel.sel().pos(), "ambiguous selector " + GoPrinter.expr(sel));
            return Exprs.INVALID;
        }
        if (found == null && Types.under(x.type()) == Universe.INVALID) {
            return Exprs.INVALID; // reported already (an instance given the wrong number of type arguments)
        }
        if (found == null) {
            c.error(sel.sel().pos(), GoPrinter.expr(sel) + " undefined (type " + x.type() + " has no field or method " + name + ")");
            return Exprs.INVALID;
        }
        if (!found.obj().exported() && found.obj().pkg() != null && found.obj().pkg() != c.pkg) {
            c.error(sel.sel().pos(), GoPrinter.expr(sel) + " undefined (cannot refer to unexported "
                    + (found.obj() instanceof Var ? "field " : "method ") + name + ")");
            return Exprs.INVALID;
        }
        c.info.uses.put(sel.sel(), found.obj());
        if (found.obj() instanceof Var field) {
            c.info.selections.put(sel, new Selection(Selection.Kind.FIELD, x.type(), field, found.path(), found.indirect()));
            // A field of an addressable struct, or reached through a pointer, is a variable.
            boolean variable = x.mode() == Mode.VARIABLE || found.indirect() || x.type() instanceof Type.Pointer;
            return new TypeAndValue(variable ? Mode.VARIABLE : Mode.VALUE, field.type(), null);
        }
        Func m = (Func) found.obj();
        c.resolve(m);
        if (Lookup.pointerReceiver(m) && !found.indirect() && !(x.type() instanceof Type.Pointer)
                && x.mode() != Mode.VARIABLE) {
            c.error(sel.sel().pos(), "cannot call pointer method " + name + " on " + x.type());
            return Exprs.INVALID;
        }
        c.recordUse(m); // initialization order: a method's body is a dependency
        c.info.selections.put(sel, new Selection(Selection.Kind.METHOD_VALUE, x.type(), m, found.path(), found.indirect()));
        return new TypeAndValue(Mode.VALUE, m.type(), null);
    }

    /** {@code T.m}: a function whose first parameter is the receiver. */
    private TypeAndValue methodExpr(Expr.Selector sel, Type t) {
        String name = sel.sel().name();
        Lookup.Found found = Lookup.fieldOrMethod(t, name);
        if (found == null || !(found.obj() instanceof Func m)) {
            c.error(sel.sel().pos(), GoPrinter.expr(sel) + " undefined (type " + t + " has no method " + name + ")");
            return Exprs.INVALID;
        }
        c.resolve(m);
        if (Lookup.pointerReceiver(m) && !found.indirect() && !(t instanceof Type.Pointer)) {
            c.error(sel.sel().pos(), "invalid method expression " + GoPrinter.expr(sel) + " (needs pointer receiver (*"
                    + t + ")." + name + ")");
            return Exprs.INVALID;
        }
        c.info.uses.put(sel.sel(), m);
        c.recordUse(m);
        c.info.selections.put(sel, new Selection(Selection.Kind.METHOD_EXPR, t, m, found.path(), found.indirect()));
        List<Var> params = new ArrayList<>();
        params.add(Var.param("", t));
        params.addAll(m.type().params().vars());
        return new TypeAndValue(Mode.VALUE, new Type.Signature(new Type.Tuple(params), m.type().results(),
                m.type().variadic()), null);
    }
}
