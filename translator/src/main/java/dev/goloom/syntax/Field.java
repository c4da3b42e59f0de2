// A parameter, result, struct field, interface element or type parameter declaration.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.util.List;

/**
 * One declaration in a field list: {@code a, b int}, an unnamed {@code int}, an embedded
 * field or interface element (no names), a method in an interface (type is a FuncType).
 * {@code tag} is the decoded struct tag or null.
 */
public record Field(Pos pos, List<Expr.Ident> names, Expr type, String tag) implements Node {}
