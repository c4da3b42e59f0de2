// Top-level and local declarations.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.util.List;

public sealed interface Decl extends Node {

    /** import, const, var or type, with one spec or a parenthesized group. */
    record Gen(Pos pos, String keyword, List<Spec> specs) implements Decl {}

    /**
     * A function or method. {@code receivers} is null for functions, else the receiver list as
     * written (the checker reports a list without exactly one receiver); {@code body} is null
     * for a declaration without body (implemented elsewhere); {@code doc} is the doc comment.
     */
    record Func(Pos pos, List<Field> receivers, Expr.Ident name, Expr.FuncType type, Stmt.Block body, String doc)
            implements Decl {
        /** The receiver of a method, or null for a function (or a method without a receiver). */
        public Field recv() {
            return receivers == null || receivers.isEmpty() ? null : receivers.getFirst();
        }

        public boolean isMethod() {
            return receivers != null;
        }
    }
}
