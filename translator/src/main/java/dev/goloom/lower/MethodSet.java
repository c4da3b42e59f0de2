// The method set of a named type with the methods promoted from its embedded fields, as reflect lists it.
package dev.goloom.lower;

import dev.goloom.types.Func;
import dev.goloom.types.Lookup;
import dev.goloom.types.Type;
import dev.goloom.types.Var;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every method of {@code *T}'s method set, sorted by name (Go's order for reflect), those
 * declared on T and those promoted through embedded fields (of named types, pointers to them,
 * and embedded interfaces). {@code pointerOnly} marks the ones that T's own method set lacks: a
 * pointer-receiver method reached without following a pointer (declared on T, or promoted
 * through an embedded value).
 */
record MethodSet(List<Entry> entries) {
    /** One method: the method found, the embedded fields walked to reach it, and whether only *T has it. */
    record Entry(Func method, List<Integer> path, boolean pointerOnly) {}

    static MethodSet of(Type.Named n) {
        Set<String> names = new TreeSet<>();
        collect(n, names, new HashSet<>());
        List<Entry> out = new ArrayList<>();
        for (String name : names) {
            Lookup.Found viaPointer = Lookup.fieldOrMethod(new Type.Pointer(n), name);
            if (viaPointer == null || viaPointer == Lookup.AMBIGUOUS || !(viaPointer.obj() instanceof Func m)) {
                continue; // a shallower field hides it, or two methods at the same depth
            }
            Lookup.Found viaValue = Lookup.fieldOrMethod(n, name);
            boolean inValueSet = viaValue != null && viaValue.obj() == m
                    && (!Lookup.pointerReceiver(m) || indirectPath(n, viaValue.path()));
            out.add(new Entry(m, viaPointer.path(), !inValueSet));
        }
        return new MethodSet(out);
    }

    /** The promoted entries only (reached through an embedded field). */
    List<Entry> promoted() {
        return entries.stream().filter(e -> !e.path().isEmpty()).toList();
    }

    /** Whether the embedded fields {@code path} from value type {@code t} follow a pointer. */
    private static boolean indirectPath(Type t, List<Integer> path) {
        Type cur = t;
        for (int i : path) {
            if (!(cur.underlying() instanceof Type.Struct st)) {
                return true;
            }
            cur = st.fields().get(i).type();
            if (cur instanceof Type.Pointer p) {
                return true;
            }
        }
        return false;
    }

    /** The method names of {@code t} and of everything embedded in it, each named type once. */
    private static void collect(Type t, Set<String> names, Set<Type.Named> seen) {
        Type base = t instanceof Type.Pointer p ? p.elem() : t;
        if (base instanceof Type.Named bn) {
            if (!seen.add(bn)) {
                return;
            }
            bn.methods().forEach(m -> names.add(m.name()));
        }
        switch (base.underlying()) {
            case Type.Interface i -> i.methods().forEach(m -> names.add(m.name()));
            case Type.Struct st -> {
                for (Var f : st.fields()) {
                    if (f.embedded()) {
                        collect(f.type(), names, seen);
                    }
                }
            }
            default -> { }
        }
    }
}
