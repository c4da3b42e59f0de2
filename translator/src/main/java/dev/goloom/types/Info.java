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
    public final Map<Expr, TypeAndValue> types;
    public final Map<Expr.Ident, Obj> defs;
    public final Map<Expr.Ident, Obj> uses;
    public final Map<Node, Scope> scopes;
    /** What each selector {@code x.f} denotes, unless x is a package name (see {@link Selection}). */
    public final Map<Expr.Selector, Selection> selections;
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

    /** Empty tables of the default size, for small inputs (a specialization, a test). */
    public Info() {
        this(0);
    }

    /**
     * Empty tables sized for {@code lines} lines of source, so that checking a big package
     * does not rehash them again and again as they grow (resizing was a fifth of the checking
     * time of {@code goloom check std}). An estimate too small only costs resizes.
     */
    public Info(int lines) {
        types = new IdentityHashMap<>(expected(lines, TYPES_PER_1000_LINES));
        defs = new IdentityHashMap<>(expected(lines, DEFS_PER_1000_LINES));
        uses = new IdentityHashMap<>(expected(lines, USES_PER_1000_LINES));
        scopes = new IdentityHashMap<>(expected(lines, SCOPES_PER_1000_LINES));
        selections = new IdentityHashMap<>(expected(lines, SELECTIONS_PER_1000_LINES));
    }

    // Entries per 1,000 source lines, measured over all of std (linux/amd64: on average types
    // 2,344, defs 262, uses 1,288, scopes 225, selections 203; the median package is close),
    // rounded up a little.
    private static final int TYPES_PER_1000_LINES = 2400;
    private static final int DEFS_PER_1000_LINES = 300;
    private static final int USES_PER_1000_LINES = 1400;
    private static final int SCOPES_PER_1000_LINES = 250;
    private static final int SELECTIONS_PER_1000_LINES = 250;

    private static int expected(int lines, int perThousand) {
        return (int) Math.min(1 << 24, Math.max(32L, (long) lines * perThousand / 1000));
    }

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
