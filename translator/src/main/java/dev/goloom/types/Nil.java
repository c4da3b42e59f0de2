// The predeclared identifier nil.
package dev.goloom.types;

import dev.goloom.diag.Pos;

public record Nil() implements Obj {
    @Override public String name() { return "nil"; }
    @Override public Pos pos() { return Pos.NONE; }
    @Override public Package pkg() { return null; }
    @Override public Type type() { return Universe.UNTYPED_NIL; }
}
