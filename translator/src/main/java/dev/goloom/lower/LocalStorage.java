// How each local variable of a function is stored in Java: a plain local, a cell, or a struct/array updated in place.
package dev.goloom.lower;

import dev.goloom.syntax.AstWalk;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Info;
import dev.goloom.types.Obj;
import dev.goloom.types.Type;
import dev.goloom.types.Var;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

/**
 * Java lambdas capture only effectively final locals and Java has no {@code &x}. So a local
 * (or parameter) whose address is taken, or that a function literal captures while it is
 * assigned somewhere, lives in a cell ({@code LongCell}, {@code Cell<T>}); its uses read
 * {@code x.value}. Struct and array variables never need cells: their Java object is the
 * variable, and assignments to such a variable that is shared (address taken or captured)
 * copy into the object in place, so every pointer keeps seeing the variable.
 */
final class LocalStorage {
    static final LocalStorage NONE = new LocalStorage();

    private final Set<Var> addressTaken = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Var> assigned = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Set<Var> captured = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Analyses a function body (with its nested function literals). */
    static LocalStorage of(Stmt.Block body, Info info) {
        LocalStorage s = new LocalStorage();
        if (body != null) {
            AstWalk.walk(body, st -> s.stmt(st, info), e -> s.expr(e, info));
        }
        return s;
    }

    private static Var root(Expr e, Info info) {
        while (true) {
            switch (e) {
                case Expr.Paren p -> e = p.x();
                case Expr.Ident id -> {
                    return info.objectOf(id) instanceof Var v && !v.isField() ? v : null;
                }
                default -> {
                    return null;
                }
            }
        }
    }

    /** The variable whose storage {@code &e} or an assignment to e reaches: x for x, x.f (struct x), x[i] (array x). */
    private static Var storageRoot(Expr e, Info info) {
        while (true) {
            switch (e) {
                case Expr.Paren p -> e = p.x();
                case Expr.Ident id -> {
                    return info.objectOf(id) instanceof Var v && !v.isField() ? v : null;
                }
                case Expr.Selector s when info.selections.get(s) != null && !info.selections.get(s).indirect()
                        && !(info.typeOf(s.x()) instanceof Type.Pointer) -> e = s.x();
                case Expr.Index ix when info.typeOf(ix.x()) != null && info.typeOf(ix.x()).underlying() instanceof Type.Array -> e = ix.x();
                default -> {
                    return null;
                }
            }
        }
    }

    private void stmt(Stmt s, Info info) {
        switch (s) {
            case Stmt.Assign a when !a.op().equals(":=") -> a.lhs().forEach(l -> mark(storageRoot(l, info), assigned));
            case Stmt.IncDec i -> mark(storageRoot(i.x(), info), assigned);
            case Stmt.Range r -> {
                if ("=".equals(r.op()) && r.key() != null) {
                    mark(storageRoot(r.key(), info), assigned);
                }
                if ("=".equals(r.op()) && r.value() != null) {
                    mark(storageRoot(r.value(), info), assigned);
                }
                // A range-over-function body is a lambda: what it uses from outside is captured.
                Set<Var> c = info.captures.get(r);
                if (c != null) {
                    captured.addAll(c);
                }
            }
            default -> { }
        }
    }

    private void expr(Expr e, Info info) {
        switch (e) {
            case Expr.Unary u when u.op().equals("&") -> {
                Var v = storageRoot(u.x(), info);
                mark(v, addressTaken);
                mark(v, assigned);
            }
            case Expr.FuncLit f -> {
                Set<Var> c = info.captures.get(f);
                if (c != null) {
                    captured.addAll(c);
                }
            }
            case Expr.Selector s -> {
                // x.M() with a pointer receiver on an addressable x takes x's address.
                var sel = info.selections.get(s);
                if (sel != null && sel.obj() instanceof dev.goloom.types.Func m && dev.goloom.types.Lookup.pointerReceiver(m)
                        && !(sel.recv() instanceof Type.Pointer) && !sel.indirect()) {
                    Var v = storageRoot(s.x(), info);
                    mark(v, addressTaken);
                    mark(v, assigned);
                }
            }
            default -> { }
        }
    }

    private static void mark(Var v, Set<Var> set) {
        if (v != null) {
            set.add(v);
        }
    }

    /** Records that {@code v} is assigned where no statement shows it (named results, set by return). */
    void markAssigned(Var v) {
        assigned.add(v);
    }

    /** Whether {@code v} lives in a cell. */
    boolean needsCell(Var v) {
        if (JavaTypes.needsCopy(v.type())) {
            return false;
        }
        return addressTaken.contains(v) || (captured.contains(v) && assigned.contains(v));
    }

    /** Whether {@code v} is assigned (or its fields or elements are) after its declaration, or its address is taken. */
    boolean isAssigned(Var v) {
        return assigned.contains(v);
    }

    /** Whether assignments to struct or array variable {@code v} must copy into its object. */
    boolean inPlace(Var v) {
        return addressTaken.contains(v) || captured.contains(v);
    }
}
