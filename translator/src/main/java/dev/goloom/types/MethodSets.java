// Method lookup on a type ("Method sets"); embedding and promotion come with the checker issue.
package dev.goloom.types;

final class MethodSets {
    private MethodSets() {}

    /** The method named {@code name} of {@code t}, or null. */
    static Func lookup(Type t, String name) {
        Type base = t instanceof Type.Pointer p ? p.elem() : t;
        if (base instanceof Type.Named n) {
            for (Func m : n.methods()) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
        }
        if (t.underlying() instanceof Type.Interface i) {
            for (Func m : i.methods()) {
                if (m.name().equals(name)) {
                    return m;
                }
            }
        }
        return null;
    }
}
