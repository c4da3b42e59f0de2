// Side tables that the checker fills and later phases read; the AST itself is never changed.
package dev.goloom.types;

import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Node;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Results of type checking one package, keyed by node identity (like go/types.Info):
 * {@code types} for every checked expression (untyped constants recorded with the type they
 * finally take), {@code defs} for identifiers that declare an object, {@code uses} for
 * identifiers that refer to one, {@code scopes} for the scope a block or function opens.
 */
public final class Info {
    public final Map<Expr, TypeAndValue> types = new IdentityHashMap<>();
    public final Map<Expr.Ident, Obj> defs = new IdentityHashMap<>();
    public final Map<Expr.Ident, Obj> uses = new IdentityHashMap<>();
    public final Map<Node, Scope> scopes = new IdentityHashMap<>();
    /** What each selector {@code x.f} denotes, unless x is a package name (see {@link Selection}). */
    public final Map<Expr.Selector, Selection> selections = new IdentityHashMap<>();
    /** Map index expressions, type assertions and receives used in the two-value (comma-ok) form. */
    public final java.util.Set<Expr> commaOk = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
    /**
     * The variables a function literal captures from enclosing functions, in order of first use;
     * also keyed by each range-over-function statement, whose body becomes a function too.
     */
    public final Map<Node, java.util.Set<Var>> captures = new IdentityHashMap<>();
    /** The variable a type switch declares implicitly in each case clause ({@code switch x := y.(type)}). */
    public final Map<dev.goloom.syntax.Stmt.CaseClause, Var> implicits = new IdentityHashMap<>();

    /**
     * Every instantiation of a generic type or function, keyed by the identifier that names
     * the generic object ({@code List} in {@code List[int]}, {@code Map} in an inferred call
     * {@code Map(xs, f)}, {@code F} in {@code pkg.F[int]}): the type arguments and the
     * instantiated type (a {@link Type.Named} instance or a {@link Type.Signature}), like
     * go/types' Info.Instances.
     */
    public final Map<Expr.Ident, Instance> instances = new IdentityHashMap<>();

    /** One instantiation: the type arguments, explicit and inferred, and the resulting type. */
    public record Instance(java.util.List<Type> typeArgs, Type type) {}

    public TypeAndValue typeAndValue(Expr e) {
        return types.get(e);
    }

    public Type typeOf(Expr e) {
        TypeAndValue tv = types.get(e);
        if (tv != null) {
            return tv.type();
        }
        if (e instanceof Expr.Ident id) {
            Obj o = defs.get(id);
            if (o == null) {
                o = uses.get(id);
            }
            return o == null ? null : o.type();
        }
        return null;
    }

    /** The object an identifier defines or uses. */
    public Obj objectOf(Expr.Ident id) {
        Obj o = defs.get(id);
        return o != null ? o : uses.get(id);
    }
}
