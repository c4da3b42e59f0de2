// A declared constant.
package dev.goloom.types;

import dev.goloom.constant.Constant;
import dev.goloom.diag.Pos;

public final class Const implements Obj {
    private final String name;
    private final Pos pos;
    private final Package pkg;
    Type type;
    Constant value;

    public Const(String name, Pos pos, Package pkg, Type type, Constant value) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.type = type;
        this.value = value;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public Package pkg() { return pkg; }
    @Override public Type type() { return type; }
    public Constant value() { return value; }
}
