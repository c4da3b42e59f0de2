// Field and method lookup with promotion through embedded fields ("Selectors", "Method sets").
package dev.goloom.types;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds {@code x.f} for a value of type T: "For a value x of type T or *T where T is not a
 * pointer or interface type, x.f denotes the field or method at the shallowest depth in T
 * where there is such an f. If there is not exactly one f with shallowest depth, the
 * selector expression is illegal." Walks embedded fields breadth first, like go/types'
 * LookupFieldOrMethod.
 */
public final class Lookup {
    private Lookup() {}

    /**
     * A found field or method: {@code path} holds the indices of the embedded fields walked
     * through, then the field's own index (fields only); {@code indirect} is true when a
     * pointer was followed on the way (including a pointer receiver type itself).
     */
    public record Found(Obj obj, List<Integer> path, boolean indirect) {}

    /** The result when several fields or methods share the shallowest depth. */
    public static final Found AMBIGUOUS = new Found(null, List.of(), false);

    private record Entry(Type type, List<Integer> path, boolean indirect) {}

    /** The field or method {@code name} of type {@code t}; null if none; {@link #AMBIGUOUS} if ambiguous. */
    public static Found fieldOrMethod(Type t, String name) {
        if (name.equals("_")) {
            return null;
        }
        if (t instanceof Type.TypeParam tp) {
            // The methods of a type parameter are those of its constraint.
            for (Func m : tp.iface().methods()) {
                if (m.name().equals(name)) {
                    return new Found(m, List.of(), false);
                }
            }
            return null;
        }
        boolean indirect = false;
        if (t instanceof Type.Pointer p && p.elem() instanceof Type.Named pn && !(pn.underlying() instanceof Type.Interface)) {
            t = p.elem();
            indirect = true;
        } else if (t instanceof Type.Pointer p && !(t instanceof Type.Named) && p.elem().underlying() instanceof Type.Struct) {
            t = p.elem();
            indirect = true;
        }
        // "If the type of x is a defined pointer type and (*x).f is a valid selector expression
        // denoting a field (but not a method), x.f is shorthand for (*x).f."
        // Only one pointer is followed: with type P *P (peano.go) neither *P nor P has fields.
        if (t instanceof Type.Named np && np.underlying() instanceof Type.Pointer p) {
            if (indirect || p.elem().underlying() instanceof Type.Pointer) {
                return null;
            }
            Found f = fieldOrMethod(p.elem(), name);
            return f != null && f.obj() instanceof Var ? new Found(f.obj(), f.path(), true) : null;
        }
        List<Entry> current = List.of(new Entry(t, List.of(), indirect));
        // Most lookups end at depth 0, so the set of named types seen and the lists of the
        // next depth are made only when an embedded field is followed (lookups run for every
        // selector and method check: their garbage showed in the profile).
        Map<Type.Named, Boolean> seen = null;
        while (!current.isEmpty()) {
            Found found = null;
            int count = 0;
            List<Entry> next = List.of();
            for (Entry e : current) {
                Type typ = e.type();
                if (typ instanceof Type.Named n) {
                    if (seen != null && seen.put(n, true) != null) {
                        continue;
                    }
                    for (Func m : n.methods()) {
                        if (m.name().equals(name)) {
                            count++;
                            found = new Found(m, e.path(), e.indirect());
                        }
                    }
                }
                switch (typ.underlying()) {
                    case Type.Struct st -> {
                        for (int i = 0; i < st.fields().size(); i++) {
                            Var f = st.fields().get(i);
                            boolean named = f.name().equals(name);
                            if (!named && !f.embedded()) {
                                continue;
                            }
                            List<Integer> path = append(e.path(), i);
                            if (named) {
                                count++;
                                found = new Found(f, path, e.indirect());
                            }
                            if (f.embedded()) {
                                Type ft = f.type();
                                boolean ind = e.indirect();
                                if (ft instanceof Type.Pointer p) {
                                    ft = p.elem();
                                    ind = true;
                                }
                                if (next.isEmpty()) {
                                    next = new ArrayList<>();
                                }
                                next.add(new Entry(ft, path, ind));
                            }
                        }
                    }
                    case Type.Interface iface -> {
                        for (Func m : iface.methods()) {
                            if (m.name().equals(name)) {
                                count++;
                                found = new Found(m, e.path(), e.indirect());
                            }
                        }
                    }
                    default -> { }
                }
            }
            if (count == 1) {
                return found;
            }
            if (count > 1) {
                return AMBIGUOUS;
            }
            if (seen == null && !next.isEmpty()) {
                seen = new IdentityHashMap<>();
                for (Entry e : current) {
                    if (e.type() instanceof Type.Named n) {
                        seen.put(n, true);
                    }
                }
            }
            current = next;
        }
        return null;
    }

    private static List<Integer> append(List<Integer> path, int i) {
        if (path.isEmpty()) {
            return List.of(i);
        }
        Integer[] out = path.toArray(new Integer[path.size() + 1]);
        out[path.size()] = i;
        return List.of(out);
    }

    /** Whether method {@code m} has a pointer receiver (interface methods never do). */
    public static boolean pointerReceiver(Func m) {
        return m.receiver() != null && m.receiver().type() instanceof Type.Pointer;
    }

    /**
     * The first method of {@code iface} that {@code t} lacks, with why: "missing method M",
     * "method M has pointer receiver", or null when t implements iface.
     */
    public static String missingMethod(Type t, Type.Interface iface) {
        for (Func m : iface.methods()) {
            Found f = fieldOrMethod(t, m.name());
            if (f == null || f == AMBIGUOUS || !(f.obj() instanceof Func found)) {
                return "missing method " + m.name();
            }
            if (found.type() == null || m.type() == null) {
                continue; // still being declared: instantiations are verified again once complete
            }
            if (!Types.identical(found.type(), m.type())) {
                return "wrong type for method " + m.name() + ")\n\t\thave " + m.name() + found.type().toString().substring(4)
                        + "\n\t\twant " + m.name() + m.type().toString().substring(4);
            }
            // The method set of a value type holds only value-receiver methods, unless the
            // method is promoted through an embedded pointer.
            boolean valueType = !(t instanceof Type.Pointer) && !(t.underlying() instanceof Type.Interface);
            if (valueType && pointerReceiver(found) && !f.indirect()) {
                return "method " + m.name() + " has pointer receiver";
            }
        }
        return null;
    }
}
