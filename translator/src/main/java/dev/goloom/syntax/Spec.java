// The specs inside import, const, var and type declarations.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.util.List;

public sealed interface Spec extends Node {

    /** {@code import name "path"}; {@code name} is null, an identifier, "." or "_". */
    record Import(Pos pos, Expr.Ident name, String path, Pos pathPos) implements Spec {}

    /**
     * A const or var spec. {@code iota} is the spec's index within its declaration (const only);
     * a const spec with no values repeats the previous spec's, as the spec says.
     */
    record Value(Pos pos, List<Expr.Ident> names, Expr type, List<Expr> values, int iota, String doc)
            implements Spec {}

    /** {@code type Name[params] T} or, with {@code alias}, {@code type Name = T}. */
    record Type(Pos pos, Expr.Ident name, List<Field> typeParams, boolean alias, Expr type, String doc)
            implements Spec {}
}
