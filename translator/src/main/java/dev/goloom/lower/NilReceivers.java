// Finds the pointer methods of struct types that test their receiver against nil (Go lets them run on nil).
package dev.goloom.lower;

import dev.goloom.syntax.AstWalk;
import dev.goloom.syntax.Decl;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.GoFile;
import dev.goloom.types.Func;
import dev.goloom.types.Info;
import dev.goloom.types.Type;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Go runs a pointer method on a nil pointer ({@code var t *Tree; t.Sum()}); a Java instance
 * method cannot run on null. A struct's pointer method whose body compares its receiver with
 * nil is written for exactly that (and one that never uses its receiver runs on nil too), so it also becomes a static method of the class taking the
 * receiver first ({@code static long Sum(Tree t)}, the instance method delegating to it), and
 * calls through pointers use the static one: {@code Tree.Sum(t)}. Other pointer methods stay
 * instance methods only: on a nil receiver they would touch a field and panic in Go too (a
 * method that passes its receiver on without testing it is a known deviation).
 */
final class NilReceivers {
    private NilReceivers() {}

    /** The methods of {@code files} that compare their pointer receiver with nil. */
    static Set<Func> of(List<GoFile> files, Info info) {
        List<Decl.Func> decls = new java.util.ArrayList<>();
        for (GoFile file : files) {
            for (Decl d : file.decls()) {
                if (d instanceof Decl.Func f) {
                    decls.add(f);
                }
            }
        }
        return ofDecls(decls, info);
    }

    /** The methods among {@code decls} (with side tables {@code info}) that compare their pointer receiver with nil. */
    static Set<Func> ofDecls(List<Decl.Func> decls, Info info) {
        Set<Func> found = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Decl.Func f : decls) {
            if (f.body() != null && f.recv() != null
                    && info.defs.get(f.name()) instanceof Func m && m.receiver() != null
                    && m.receiver().type() instanceof Type.Pointer p && p.elem().underlying() instanceof Type.Struct
                    && (comparesWithNil(f, m, info) || !usesReceiver(f, m, info))) {
                found.add(m);
            }
        }
        return found;
    }

    private static boolean comparesWithNil(Decl.Func f, Func m, Info info) {
        boolean[] yes = {false};
        AstWalk.walk(f.body(), s -> { }, e -> {
            if (e instanceof Expr.Binary b && (b.op().equals("==") || b.op().equals("!="))
                    && (isReceiver(b.x(), m, info) && isNil(b.y(), info) || isReceiver(b.y(), m, info) && isNil(b.x(), info))) {
                yes[0] = true;
            }
        });
        return yes[0];
    }

    /** Whether the body mentions the receiver at all (a method that does not runs on nil without panicking). */
    private static boolean usesReceiver(Decl.Func f, Func m, Info info) {
        boolean[] yes = {false};
        AstWalk.walk(f.body(), s -> { }, e -> {
            if (isReceiver(e, m, info)) {
                yes[0] = true;
            }
        });
        return yes[0];
    }

    private static boolean isReceiver(Expr e, Func m, Info info) {
        return ExprLowering.unparen(e) instanceof Expr.Ident id && info.objectOf(id) == m.receiver();
    }

    private static boolean isNil(Expr e, Info info) {
        return ExprLowering.unparen(e) instanceof Expr.Ident id && info.objectOf(id) instanceof dev.goloom.types.Nil;
    }
}
