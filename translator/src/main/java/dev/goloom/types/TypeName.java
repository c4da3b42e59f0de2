// A declared or predeclared type name.
package dev.goloom.types;

import dev.goloom.diag.Pos;

public final class TypeName implements Obj {
    private final String name;
    private final Pos pos;
    private final Package pkg;
    Type type;

    public TypeName(String name, Pos pos, Package pkg, Type type) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public Package pkg() { return pkg; }
    @Override public Type type() { return type; }
}
