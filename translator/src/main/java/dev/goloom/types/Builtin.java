// A predeclared function ("Built-in functions"): append, len, println, ...
package dev.goloom.types;

import dev.goloom.diag.Pos;

public record Builtin(String name) implements Obj {
    @Override public Pos pos() { return Pos.NONE; }
    @Override public Package pkg() { return null; }
    @Override public Type type() { return Universe.INVALID; }
}
