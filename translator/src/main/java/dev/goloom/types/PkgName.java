// The name an import declares in a file scope.
package dev.goloom.types;

import dev.goloom.diag.Pos;

public final class PkgName implements Obj {
    private final String name;
    private final Pos pos;
    private final Package pkg;
    private final Package imported;
    boolean used;

    public PkgName(String name, Pos pos, Package pkg, Package imported) {
        this.name = name;
        this.pos = pos;
        this.pkg = pkg;
        this.imported = imported;
    }

    @Override public String name() { return name; }
    @Override public Pos pos() { return pos; }
    @Override public Package pkg() { return pkg; }
    @Override public Type type() { return Universe.INVALID; }
    public Package imported() { return imported; }
}
