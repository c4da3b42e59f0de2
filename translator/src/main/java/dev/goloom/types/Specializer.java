// Checks a generic function's or method's body again with its type parameters bound to type arguments.
package dev.goloom.types;

import dev.goloom.diag.Diagnostics;
import dev.goloom.diag.GoError;
import dev.goloom.syntax.Decl;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Field;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Code generation specializes generic code per instantiation (docs/design.md, "Generics"). Rather
 * than substituting types through every side table, the declaration is checked once more in a
 * scope where each type parameter's name denotes its argument, as if the program had said
 * {@code type T = int}: the result is a fresh {@link Info} for the declaration whose every type
 * is concrete (constants folded, method calls resolved on the argument types, inner generic
 * calls recorded as instances with concrete arguments), which lowering reads like any other.
 *
 * <p>Substitution keeps the meaning of valid generic code with exceptions that the checker lets
 * pass while it specializes ({@code Checker.specializing}): a type switch may list the same type
 * twice once a parameter is replaced ({@code case T: … case int:}), where Go picks the first matching case, and an
 * assertion may become impossible, where Go's fails at run time.
 */
public final class Specializer {
    private final Checker c;

    Specializer(Checker c) {
        this.c = c;
    }

    /**
     * One specialized declaration: the side tables of its signature and body, the
     * concrete function or method (also {@code info.defs} of its name), and the errors the
     * concrete check found (none for valid generic code, but for the cases goloom cannot keep).
     */
    public record Specialization(Decl.Func decl, Info info, Func func, List<GoError> errors) {}

    /** Generic function {@code generic} with its type parameters bound to {@code typeArgs}. */
    public Specialization function(Func generic, List<Type> typeArgs) {
        Decl.Func decl = c.declarationOf(generic);
        Scope bindings = new Scope(c.declarationScope(generic));
        int i = 0;
        for (Field f : decl.type().typeParams()) {
            for (Expr.Ident id : f.names()) {
                bindings.insert(new TypeName(id.name(), id.pos(), c.pkg, typeArgs.get(i++)));
            }
        }
        return check(decl, bindings, null);
    }

    /** Method {@code generic} of a generic type, as a method of the type's instance {@code recv}. */
    public Specialization method(Func generic, Type.Named recv) {
        Decl.Func decl = c.declarationOf(generic);
        Expr recvType = decl.recv().type();
        while (recvType instanceof Expr.Paren || recvType instanceof Expr.Star) {
            recvType = recvType instanceof Expr.Paren p ? p.x() : ((Expr.Star) recvType).x();
        }
        Scope declScope = c.declarationScope(generic);
        Scope bindings = new Scope(declScope.parent()); // around the receiver's own type parameters
        if (recvType instanceof Expr.Index ix) {
            for (int i = 0; i < ix.indices().size(); i++) {
                if (ix.indices().get(i) instanceof Expr.Ident id) {
                    bindings.insert(new TypeName(id.name(), id.pos(), c.pkg, recv.typeArgs().get(i)));
                }
            }
        }
        Type recvT = generic.receiver().type() instanceof Type.Pointer ? new Type.Pointer(recv) : recv;
        return check(decl, bindings, recvT);
    }

    private Specialization check(Decl.Func decl, Scope bindings, Type recvT) {
        Info savedInfo = c.info;
        Diagnostics savedDiags = c.diags;
        Scope savedScope = c.scope;
        var savedDeps = c.currentDeps;
        Package outer = Types.setMessagePackage(c.pkg);
        Info info = new Info();
        Diagnostics diags = new Diagnostics();
        c.info = info;
        c.diags = diags;
        c.currentDeps = new LinkedHashSet<>(); // initialization order is settled already
        c.specializing = true;
        c.genericInfo = savedInfo;
        try {
            c.scope = bindings;
            Type.Signature sig = c.typeExprs.signature(decl.type());
            Func func = new Func(decl.name().name(), decl.name().pos(), c.pkg, sig);
            info.defs.put(decl.name(), func);
            Scope body = new Scope(bindings);
            info.scopes.put(decl, body);
            if (recvT != null) {
                Field rf = decl.recv();
                String name = rf.names().isEmpty() ? "" : rf.names().getFirst().name();
                func.receiver = new Var(name, rf.names().isEmpty() ? rf.pos() : rf.names().getFirst().pos(), c.pkg, recvT, false);
                func.receiver.used = true;
                if (!rf.names().isEmpty()) {
                    info.defs.put(rf.names().getFirst(), func.receiver);
                    c.declare(body, rf.names().getFirst(), func.receiver);
                }
            }
            c.scope = body;
            c.typeExprs.declareParams(decl.type(), sig, body);
            c.stmts.body(sig, decl.body());
            return new Specialization(decl, info, func, List.copyOf(diags.sorted()));
        } finally {
            c.info = savedInfo;
            c.diags = savedDiags;
            c.scope = savedScope;
            c.currentDeps = savedDeps;
            c.specializing = false;
            c.genericInfo = null;
            Types.setMessagePackage(outer);
        }
    }
}
