// Finds the types declared inside functions and gives each a Java name unique in its package.
package dev.goloom.lower;

import dev.goloom.syntax.AstWalk;
import dev.goloom.syntax.Decl;
import dev.goloom.syntax.GoFile;
import dev.goloom.syntax.Spec;
import dev.goloom.syntax.Stmt;
import dev.goloom.types.Info;
import dev.goloom.types.Type;
import dev.goloom.types.TypeName;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A type declared in a function ({@code func f() { type T struct{…} }}) is lowered like a
 * package-level one, as a top-level class (struct types) or a descriptor field of the package
 * class (the others), named {@code f$T} after its function: Go lets two functions, or two
 * blocks of one function, declare types of the same name, and {@code $} never occurs in a Go
 * name. Go itself prints such a type as {@code main.T}, which the descriptor keeps. Local types
 * cannot have methods, so nothing else refers to them by name.
 */
final class LocalTypes {
    private LocalTypes() {}

    /** A local type declaration: the type, its Java name and its doc comment. */
    record Local(Type.Named type, String javaName, String doc) {}

    /** The local types of {@code files}, in source order, with unique Java names. */
    static List<Local> of(List<GoFile> files, Info info, Set<String> taken) {
        List<Local> locals = new ArrayList<>();
        Set<String> used = new HashSet<>(taken);
        for (GoFile file : files) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Func f && f.body() != null) {
                    String outer = f.recv() != null ? receiverName(f) + "_" + f.name().name() : f.name().name();
                    collect(f, info, outer, used, locals);
                }
            }
        }
        return locals;
    }

    /** The local types of one function (a specialization of generic code), named after {@code outer}. */
    static List<Local> of(Decl.Func f, Info info, String outer, Set<String> taken) {
        List<Local> locals = new ArrayList<>();
        if (f.body() != null) {
            collect(f, info, outer, new HashSet<>(taken), locals);
        }
        return locals;
    }

    private static void collect(Decl.Func f, Info info, String outer, Set<String> used, List<Local> locals) {
        AstWalk.walk(f.body(), s -> {
            if (s instanceof Stmt.DeclStmt ds && ds.decl().keyword().equals("type")) {
                for (Spec sp : ds.decl().specs()) {
                    Spec.Type ts = (Spec.Type) sp;
                    if (!ts.alias() && info.defs.get(ts.name()) instanceof TypeName tn && tn.type() instanceof Type.Named n) {
                        String name = outer + "$" + ts.name().name();
                        for (int i = 2; !used.add(name); i++) {
                            name = outer + "$" + ts.name().name() + "$" + i;
                        }
                        locals.add(new Local(n, name, ts.doc()));
                    }
                }
            }
        }, e -> { });
    }

    /** The receiver's base type name of a method declaration ({@code R} for {@code (r *R)}). */
    private static String receiverName(Decl.Func f) {
        var t = f.recv().type();
        while (t instanceof dev.goloom.syntax.Expr.Star s) {
            t = s.x();
        }
        while (t instanceof dev.goloom.syntax.Expr.Paren p) {
            t = p.x();
        }
        return t instanceof dev.goloom.syntax.Expr.Ident id ? id.name() : "method";
    }

    /** The Java names of {@code locals} by type, for {@link LoweringContext}. */
    static Map<Type.Named, String> names(List<Local> locals) {
        Map<Type.Named, String> names = new IdentityHashMap<>();
        locals.forEach(l -> names.put(l.type(), l.javaName()));
        return names;
    }
}
