// The named interface types of a whole program, and which of them a type's method set satisfies.
package dev.goloom.lower;

import dev.goloom.types.Lookup;
import dev.goloom.types.Package;
import dev.goloom.types.Type;
import dev.goloom.types.TypeName;
import dev.goloom.types.Universe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Go's interfaces are satisfied implicitly; Java's must be declared. The translator sees the
 * whole program (its packages and the standard packages it imports), so a type's class
 * declares every Java interface, of any package of the program, that its method set satisfies
 * (docs/design.md, "Interfaces"). {@code error} is in the list too.
 */
public record ProgramInterfaces(List<Type.Named> all) {
    /** No interfaces but error (tests that lower one package alone). */
    public static final ProgramInterfaces NONE = new ProgramInterfaces(List.of(Universe.ERROR));

    /** The non-empty named interface types declared at package level in {@code packages}, error first. */
    public static ProgramInterfaces of(Collection<Package> packages) {
        List<Type.Named> found = new ArrayList<>();
        for (Package p : packages) {
            for (var obj : p.scope().objects().values()) {
                if (obj instanceof TypeName tn && tn.type() instanceof Type.Named n && n.obj() == tn
                        && n.underlying() instanceof Type.Interface i && !i.isEmpty()) {
                    found.add(n);
                }
            }
        }
        found.sort(Comparator.comparing((Type.Named n) -> n.obj().pkg().path()).thenComparing(n -> n.obj().name()));
        List<Type.Named> all = new ArrayList<>();
        all.add(Universe.ERROR);
        all.addAll(found);
        return new ProgramInterfaces(List.copyOf(all));
    }

    /** The interfaces whose methods the method set of {@code t} has. */
    List<Type.Named> satisfiedBy(Type t) {
        List<Type.Named> out = new ArrayList<>();
        for (Type.Named i : all) {
            if (Lookup.missingMethod(t, (Type.Interface) i.underlying()) == null) {
                out.add(i);
            }
        }
        return out;
    }
}
