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

    public Func(String name, Pos pos, Package pkg, Type.Signature type) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public Package pkg() { return pkg; }
    @Override public Type.Signature type() { return type; }
    public Var receiver() { return receiver; }
    public boolean isMethod() { return receiver != null; }
}
