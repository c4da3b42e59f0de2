// The names a function declares locally, so that uses of same-named package variables can be qualified.
package dev.goloom.lower;

import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Field;
import dev.goloom.syntax.Spec;
import dev.goloom.syntax.Stmt;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Go: in {@code x, y := 2, x} or {@code x := x + 1} the right-hand {@code x} is the package
 * variable, since the new local's scope begins after the statement. In Java the local is
 * already in scope there. So a package variable is written {@code Class.x} in any function
 * that also declares a local named {@code x}; elsewhere it stays plain {@code x}.
 */
final class LocalDeclarations {
    private LocalDeclarations() {}

    static Set<String> of(List<Field> params, Stmt.Block body) {
        Set<String> names = new HashSet<>();
        for (Field f : params) {
            f.names().forEach(n -> names.add(n.name()));
        }
        if (body != null) {
            collect(body, names);
        }
        return names;
    }

    private static void collect(Stmt s, Set<String> names) {
        switch (s) {
            case Stmt.Block b -> b.stmts().forEach(x -> collect(x, names));
            case Stmt.Assign a when a.op().equals(":=") -> a.lhs().forEach(l -> {
                if (l instanceof Expr.Ident id) {
                    names.add(id.name());
                }
            });
            case Stmt.DeclStmt d -> d.decl().specs().forEach(sp -> {
                if (sp instanceof Spec.Value v) {
                    v.names().forEach(n -> names.add(n.name()));
                }
            });
            case Stmt.If i -> {
                if (i.init() != null) collect(i.init(), names);
                collect(i.then(), names);
                if (i.els() != null) collect(i.els(), names);
            }
            case Stmt.For f -> {
                if (f.init() != null) collect(f.init(), names);
                collect(f.body(), names);
            }
            case Stmt.Range r -> {
                if (r.key() instanceof Expr.Ident k) names.add(k.name());
                if (r.value() instanceof Expr.Ident v) names.add(v.name());
                collect(r.body(), names);
            }
            case Stmt.Labeled l -> collect(l.stmt(), names);
            case Stmt.Switch sw -> sw.clauses().forEach(c -> c.body().forEach(x -> collect(x, names)));
            default -> { }
        }
    }
}
