// One parsed Go source file.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.util.List;

/**
 * A parsed source file: package clause, imports (also listed among {@code decls}), the
 * declarations, and the {@code //go:build} constraint (null when absent).
 */
public record GoFile(Pos pos, String path, Expr.Ident pkgName, List<Spec.Import> imports, List<Decl> decls,
                     String buildConstraint) implements Node {}
