// Top-level and local declarations.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.util.List;

public sealed interface Decl extends Node {

    /** import, const, var or type, with one spec or a parenthesized group. */
    record Gen(Pos pos, String keyword, List<Spec> specs) implements Decl {}

    /**
     * A function or method; {@code recv} is null for functions, {@code body} null for a
     * declaration without body (implemented elsewhere). {@code doc} is the doc comment or null.
     */
    record Func(Pos pos, Field recv, Expr.Ident name, Expr.FuncType type, Stmt.Block body, String doc)
            implements Decl {}
}
