// Lexical scopes ("Declarations and scope"): universe, package, file, function and blocks.
package dev.goloom.types;

import java.util.LinkedHashMap;
import java.util.Map;

public final class Scope {
    private final Scope parent;
    private final Map<String, Obj> objects = new LinkedHashMap<>();

    public Scope(Scope parent) {
        this.parent = parent;
    }

    public Scope parent() { return parent; }

    /** Declares {@code obj}; returns the object already declared under its name, or null. */
    public Obj insert(Obj obj) {
        return objects.putIfAbsent(obj.name(), obj);
    }

    public Obj lookupLocal(String name) {
        return objects.get(name);
    }

    /** Looks {@code name} up here and in the enclosing scopes. */
    public Obj lookup(String name) {
        for (Scope s = this; s != null; s = s.parent) {
            Obj o = s.objects.get(name);
            if (o != null) {
                return o;
            }
        }
        return null;
    }

    public Map<String, Obj> objects() {
        return objects;
    }
}
