// A declared function or method.
package dev.goloom.types;

import dev.goloom.diag.Pos;

public final class Func implements Obj {
    private final String name;
    private final Pos pos;
    private final Package pkg;
    Type.Signature type;
    /** The receiver of a method; null for functions and interface methods. */
    Var receiver;
    /** For a method of an instance of a generic type: the generic type's method; else null. */
    private Func origin;
    /** For a method of an instance: the type arguments that replace the type parameters. */
    private java.util.Map<Type.TypeParam, Type> substitution;

    public Func(String name, Pos pos, Package pkg, Type.Signature type) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public Package pkg() { return pkg; }
    @Override public Type.Signature type() {
        if (type == null && origin != null && origin.type() != null) {
            type = (Type.Signature) Subst.subst(origin.type(), substitution);
        }
        return type;
    }

    /** The method {@code m} of a generic type as a method of its instance {@code recv}. */
    static Func instanceMethod(Func m, Type.Named recv, java.util.Map<Type.TypeParam, Type> substitution) {
        Func f = new Func(m.name, m.pos, m.pkg, null);
        f.origin = m;
        f.substitution = substitution;
        if (m.receiver != null) {
            Type rt = m.receiver.type() instanceof Type.Pointer ? new Type.Pointer(recv) : recv;
            f.receiver = new Var(m.receiver.name(), m.receiver.pos(), m.pkg, rt, false);
            f.receiver.used = true;
        }
        return f;
    }

    /** The generic type's method this instance method was made from; this method otherwise. */
    public Func origin() { return origin != null ? origin : this; }
    public Var receiver() { return receiver; }
    public boolean isMethod() { return receiver != null; }
}
