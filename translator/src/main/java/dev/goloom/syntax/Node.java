// The root of goloom's immutable Go syntax tree.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;

/**
 * A node of the Go syntax tree. Nodes are immutable records; later phases record their
 * results in side tables keyed by node identity, never by changing the tree.
 */
public sealed interface Node permits Expr, Stmt, Decl, Spec, Field, GoFile {
    Pos pos();
}
