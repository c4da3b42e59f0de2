// A variable: package-level, local, parameter, result or struct field.
package dev.goloom.types;

import dev.goloom.diag.Pos;

public final class Var implements Obj {
    private final String name;
    private final Pos pos;
    private final Package pkg;
    Type type;
    /** Set when the variable is read somewhere; gc reports locals never used. */
    boolean used;
    private final boolean field;

    public Var(String name, Pos pos, Package pkg, Type type, boolean field) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
        this.field = field;
    }

    public static Var param(String name, Type type) {
        return new Var(name, Pos.NONE, null, type, false);
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public Package pkg() { return pkg; }
    @Override public Type type() { return type; }
    public boolean isField() { return field; }
}
