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
    /** For struct fields: declared without a name ("embedded field"). */
    private final boolean embedded;

    public Var(String name, Pos pos, Package pkg, Type type, boolean field) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
        this.field = field;
        this.embedded = false;
    }

    /** A struct field; {@code embedded} when declared as a type without a name. */
    public static Var field(String name, Pos pos, Package pkg, Type type, boolean embedded) {
        return new Var(name, pos, pkg, type, embedded, true);
    }

    private Var(String name, Pos pos, Package pkg, Type type, boolean embedded, boolean field) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
        this.field = field;
        this.embedded = embedded;
    }

    public static Var param(String name, Type type) {
        return new Var(name, Pos.NONE, null, type, false);
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public Package pkg() { return pkg; }
    @Override public Type type() { return type; }
    public boolean isField() { return field; }
    public boolean embedded() { return embedded; }
}
