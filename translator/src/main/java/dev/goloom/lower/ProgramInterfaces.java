// The interface types of a whole program, and which of them a type's method set satisfies.
package dev.goloom.lower;

import dev.goloom.types.CheckedPackage;
import dev.goloom.types.Lookup;
import dev.goloom.types.Obj;
import dev.goloom.types.Package;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import dev.goloom.types.TypeName;
import dev.goloom.types.Types;
import dev.goloom.types.Universe;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Go's interfaces are satisfied implicitly; Java's must be declared. The translator sees the
 * whole program (its packages and the standard packages it imports), so a type's class
 * declares every Java interface, of any package of the program, that its method set satisfies
 * (docs/design.md, "Interfaces"). The list holds {@code error}, every named non-empty
 * interface, and every distinct unnamed non-empty interface type the translated packages use
 * ({@code x.(interface{ Unwrap() error })}), which gets a Java interface in the first package
 * that uses it: {@link #unnamed}.
 *
 * @param all     the interface types: {@code Type.Named} or unnamed {@code Type.Interface}
 * @param unnamed where each unnamed interface's Java interface is: home package and simple name
 */
public record ProgramInterfaces(List<Type> all, Map<Type.Interface, Unnamed> unnamed) {
    /** No interfaces but error (tests that lower one package alone). */
    public static final ProgramInterfaces NONE = new ProgramInterfaces(List.of(Universe.ERROR), Map.of());

    /** The Java interface of an unnamed interface type: declared in package {@code home} as {@code name}. */
    public record Unnamed(Package home, String name) {}

    /** The interfaces of {@code packages}, with the unnamed ones that {@code translated} use. */
    public static ProgramInterfaces of(Collection<Package> packages, List<CheckedPackage> translated) {
        return of(packages, translated, new GenericInstances(translated));
    }

    /**
     * The interfaces of {@code packages}, with the unnamed ones that {@code translated} use and
     * the instances of generic interfaces {@code generics} has found (the generic interfaces
     * themselves have no Java interface: only their instances do).
     */
    public static ProgramInterfaces of(Collection<Package> packages, List<CheckedPackage> translated,
                                       GenericInstances generics) {
        List<Type.Named> found = new ArrayList<>();
        for (Package p : packages) {
            for (var obj : p.scope().objects().values()) {
                if (obj instanceof TypeName tn && tn.type() instanceof Type.Named n && n.obj() == tn
                        && n.underlying() instanceof Type.Interface i && !i.isEmpty() && !n.isGeneric()
                        && !GenericInstances.constraintOnly(i)) {
                    found.add(n);
                }
            }
        }
        found.sort(Comparator.comparing((Type.Named n) -> n.obj().pkg().path()).thenComparing(n -> n.obj().name()));
        // Interfaces declared inside functions, in source order: their Java interfaces are top-level too (LocalTypes).
        List<Type.Named> local = new ArrayList<>();
        for (CheckedPackage cp : translated) {
            for (Obj o : cp.info().defs.values()) {
                if (o instanceof TypeName tn && tn.type() instanceof Type.Named n && n.obj() == tn && !found.contains(n)
                        && !local.contains(n) && n.underlying() instanceof Type.Interface i && !i.isEmpty() && !n.isGeneric()
                        && GenericInstances.concrete(i) && !GenericInstances.constraintOnly(i)) {
                    local.add(n);
                }
            }
        }
        local.sort(Comparator.comparing((Type.Named n) -> n.obj().pkg().path()).thenComparing(n -> n.obj().pos().file())
                .thenComparingInt(n -> n.obj().pos().line()).thenComparingInt(n -> n.obj().pos().col()));
        found.addAll(local);
        found.addAll(generics.interfaces());
        List<Type> all = new ArrayList<>();
        all.add(Universe.ERROR);
        all.addAll(found);
        Map<Package, List<dev.goloom.types.Info>> specialized = generics.specializationInfos();
        Map<Type.Interface, Unnamed> unnamed = new LinkedHashMap<>();
        for (CheckedPackage cp : translated) {
            List<Type.Interface> used = new ArrayList<>();
            for (TypeAndValue tv : cp.info().types.values()) {
                collect(tv.type(), used);
            }
            for (Obj o : cp.info().defs.values()) {
                if (o != null) {
                    collect(o.type(), used);
                }
            }
            for (dev.goloom.types.Info info : specialized.getOrDefault(cp.pkg(), List.of())) {
                info.types.values().forEach(tv -> collect(tv.type(), used));
            }
            for (Type.Interface i : used) {
                if (found.stream().anyMatch(n -> Types.identical(n.underlying(), i))) {
                    continue; // the named interface's Java interface serves (sameAsNamed)
                }
                if (unnamed.keySet().stream().noneMatch(k -> Types.identical(k, i))) {
                    unnamed.put(i, new Unnamed(cp.pkg(), javaName(i, cp.pkg(), unnamed.values())));
                    all.add(i);
                }
            }
        }
        return new ProgramInterfaces(List.copyOf(all), java.util.Collections.unmodifiableMap(unnamed));
    }

    private static void collect(Type t, List<Type.Interface> out) {
        if (t instanceof Type.Interface i && !i.isEmpty() && GenericInstances.concrete(i) && !GenericInstances.constraintOnly(i)
                && out.stream().noneMatch(k -> Types.identical(k, i))) {
            out.add(i);
        }
    }

    /** {@code interface{ Unwrap() error }} → {@code HasUnwrap}; made unique in its package. */
    private static String javaName(Type.Interface i, Package home, Collection<Unnamed> taken) {
        StringBuilder sb = new StringBuilder("Has");
        for (var m : i.methods()) {
            sb.append(Character.toUpperCase(m.name().charAt(0))).append(m.name().substring(1));
        }
        String base = sb.toString();
        String name = base;
        for (int n = 2; home.scope().lookupLocal(name) != null || clash(taken, home, name); n++) {
            name = base + n;
        }
        return name;
    }

    private static boolean clash(Collection<Unnamed> taken, Package home, String name) {
        return taken.stream().anyMatch(u -> u.home() == home && u.name().equals(name));
    }

    /** The entry of {@link #unnamed} for an interface type identical to {@code t}, or null. */
    Unnamed unnamedOf(Type t) {
        for (var e : unnamed.entrySet()) {
            if (Types.identical(e.getKey(), t)) {
                return e.getValue();
            }
        }
        return null;
    }

    /** A named interface of the program with exactly the methods of unnamed interface {@code t}, or null. */
    Type.Named sameAsNamed(Type t) {
        for (Type i : all) {
            if (i instanceof Type.Named n && Types.identical(n.underlying(), t)) {
                return n;
            }
        }
        return null;
    }

    /** Whether interface type {@code t} has a Java interface (named, or unnamed and listed). */
    boolean hasJavaInterface(Type t) {
        return t instanceof Type.Named || sameAsNamed(t) != null || unnamedOf(t) != null;
    }

    /** The interfaces whose methods the method set of {@code t} has. */
    List<Type> satisfiedBy(Type t) {
        List<Type> out = new ArrayList<>();
        for (Type i : all) {
            if (Lookup.missingMethod(t, (Type.Interface) i.underlying()) == null) {
                out.add(i);
            }
        }
        return out;
    }
}
