// The instances of generic functions and types a program uses: named, specialized, queued for lowering.
package dev.goloom.lower;

import dev.goloom.types.CheckedPackage;
import dev.goloom.types.Func;
import dev.goloom.types.Info;
import dev.goloom.types.Obj;
import dev.goloom.types.Package;
import dev.goloom.types.Specializer.Specialization;
import dev.goloom.types.Type;
import dev.goloom.types.TypeAndValue;
import dev.goloom.types.Types;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Generic code is specialized per instantiation (docs/design.md, "Generics"): each distinct
 * list of type arguments of a generic function becomes a static method of its own
 * ({@code Map$int$string}), each instance of a generic type a class or descriptor of its own
 * ({@code Pair$string$int}), in the package that declares the generic. The whole program
 * shares one registry, because any package may instantiate another's generics.
 *
 * <p>Invariants: an instance is registered with concrete type arguments only (no type
 * parameters in them); registering specializes it at once (the checker checks its body again,
 * {@link dev.goloom.types.Specializer}) and queues it both for {@link #discover scanning} (the
 * instances its body uses) and for lowering ({@link #next}). A registered instance's Java name
 * never changes. Before lowering starts, {@link #discover} has registered every instance
 * reachable from non-generic code, so that the interfaces among them are known when classes
 * declare what they implement; lowering may still register more (a type met only deep inside
 * another), which are lowered in turn.
 */
public final class GenericInstances {
    /** An instance of a generic function: its Java method name and its specialized body. */
    record FuncInstance(Func generic, List<Type> typeArgs, String javaName, Specialization spec) {}

    /**
     * An instance of a generic type: its Java class (or descriptor and static methods) name
     * and the specializations of the generic type's methods.
     */
    record TypeInstance(Type.Named type, String javaName, List<Specialization> methods) {}

    /** Beyond this many instances of one generic, the program instantiates without end (gc: "instantiation cycle"). */
    private static final int MAX_PER_GENERIC = 200;

    /** The checked packages by Go package: their specializers and files. */
    private final Map<Package, CheckedPackage> packages = new java.util.LinkedHashMap<>(); // in program order
    /** Function instances by generic function. */
    private final Map<Func, List<FuncInstance>> funcs = new java.util.LinkedHashMap<>(); // Func: identity equality
    /** Type instances by instance (instances are canonical: one object per argument list). */
    private final Map<Type.Named, TypeInstance> types = new java.util.LinkedHashMap<>(); // Named: identity equality
    /** How many instances each generic type has. */
    private final Map<Type.Named, Integer> perType = new IdentityHashMap<>();
    /** The Java names given to instances in each package. */
    private final Map<Package, Set<String>> taken = new IdentityHashMap<>();
    /** Registered instances whose bodies have not been scanned for further instances. */
    private final ArrayDeque<Object> unscanned = new ArrayDeque<>();
    /** Registered instances not lowered yet. */
    private final ArrayDeque<Object> unlowered = new ArrayDeque<>();
    /**
     * The Java names of every package's function-local types, program-wide: an instance of
     * another package's generic code (slices.SortFunc[[]main$Person]) names them too. Filled
     * while packages start lowering, read when instances are lowered after all have started.
     */
    final Map<Type.Named, String> localTypeNames = new IdentityHashMap<>();
    /**
     * The program's anonymous struct types and their classes (see AnonymousStructs): program-wide,
     * as an instance lowered into one package may use another package's anonymous struct type.
     */
    final AnonymousStructs anonymousStructs = new AnonymousStructs();
    /** Instances that went past {@link #MAX_PER_GENERIC}: reported once each. */
    private final Set<Obj> runaway = new HashSet<>();

    /** The program's pointer methods that run on a nil receiver (see NilReceivers), shared by all packages. */
    private final Set<Func> nilAware = java.util.Collections.newSetFromMap(new IdentityHashMap<>());

    /** The program's nil-aware methods: each package adds its own before lowering (packages come dependencies first). */
    Set<Func> nilAwareMethods() {
        return nilAware;
    }

    public GenericInstances(List<CheckedPackage> translated) {
        translated.forEach(cp -> packages.put(cp.pkg(), cp));
        arrayViews = ArrayViews.of(translated);
    }

    /** The program's pointer-to-array types that are views (a whole-program fact, like the instances). */
    final ArrayViews arrayViews;

    /** Whether {@code f} is a generic function or a method of a generic type (lowered only per instance). */
    static boolean isGeneric(Func f) {
        if (f.receiver() != null) {
            Type r = f.receiver().type() instanceof Type.Pointer p ? p.elem() : f.receiver().type();
            return r instanceof Type.Named n && (n.isGeneric() || n.isInstance() && !concrete(n));
        }
        return f.type() != null && !f.type().typeParams().isEmpty();
    }

    /** Whether {@code i} can only constrain type parameters (it has a type set of terms, or is comparable): no values have it. */
    static boolean constraintOnly(Type.Interface i) {
        return i.terms() != null || i.comparable();
    }

    /** Whether {@code t} mentions no type parameter. */
    static boolean concrete(Type t) {
        return switch (t) {
            case null -> true;
            case Type.TypeParam tp -> false;
            case Type.Basic b -> true;
            case Type.Named n -> n.isInstance() ? n.typeArgs().stream().allMatch(GenericInstances::concrete) : !n.isGeneric();
            case Type.Pointer p -> concrete(p.elem());
            case Type.Slice s -> concrete(s.elem());
            case Type.Array a -> concrete(a.elem());
            case Type.Chan c -> concrete(c.elem());
            case Type.MapType m -> concrete(m.key()) && concrete(m.value());
            case Type.Tuple tu -> tu.vars().stream().allMatch(v -> concrete(v.type()));
            case Type.Signature sig -> concrete(sig.params()) && concrete(sig.results());
            case Type.Struct st -> st.fields().stream().allMatch(v -> concrete(v.type()));
            case Type.Interface i -> i.methods().stream().allMatch(m -> concrete(m.type()))
                    && (i.terms() == null || i.terms().stream().allMatch(term -> concrete(term.type())));
            default -> true;
        };
    }

    // ---- Registering ----------------------------------------------------------------------------

    /** The Java method name of generic function {@code generic} instantiated with {@code args}. */
    String functionName(Func generic, List<Type> args) {
        FuncInstance fi = function(generic, args);
        return fi == null ? "unsupported$" + generic.name() : fi.javaName();
    }

    /** The instance of {@code generic} with {@code args}, registered on first request; null past the runaway limit. */
    FuncInstance function(Func generic, List<Type> args) {
        List<FuncInstance> known = funcs.computeIfAbsent(generic, k -> new ArrayList<>());
        for (FuncInstance fi : known) {
            if (sameArgs(fi.typeArgs(), args)) {
                return fi;
            }
        }
        if (known.size() >= MAX_PER_GENERIC) {
            runaway.add(generic);
            return null;
        }
        CheckedPackage cp = packages.get(generic.pkg());
        String name = unique(generic.pkg(), JavaNames.identifier(generic.name()) + "$" + mangle(args));
        FuncInstance fi = new FuncInstance(generic, List.copyOf(args), name, cp.specializer().function(generic, args));
        known.add(fi);
        unscanned.add(fi);
        unlowered.add(fi);
        return fi;
    }

    /** The Java simple name of generic type instance {@code n} (a class, or the stem of a descriptor field). */
    String typeName(Type.Named n) {
        TypeInstance ti = type(n);
        return ti == null ? "unsupported$" + n.obj().name() : ti.javaName();
    }

    /** The record of instance {@code n}, registered on first request; null past the runaway limit. */
    TypeInstance type(Type.Named n) {
        TypeInstance ti = types.get(n);
        if (ti != null) {
            return ti;
        }
        int count = perType.merge(n.origin(), 1, Integer::sum);
        if (count > MAX_PER_GENERIC) {
            runaway.add(n.origin().obj());
            return null;
        }
        String name = unique(n.obj().pkg(), JavaNames.identifier(n.obj().name()) + "$" + mangle(n.typeArgs()));
        // Registered before its methods are specialized: their bodies may name the type itself.
        List<Specialization> methods = new ArrayList<>();
        ti = new TypeInstance(n, name, methods);
        types.put(n, ti);
        CheckedPackage cp = packages.get(n.obj().pkg());
        if (cp != null) {
            for (Func m : n.origin().methods()) {
                methods.add(cp.specializer().method(m, n));
            }
            // Nil-aware methods (NilReceivers) are known before any call is lowered: the
            // specialized method, and the instance's method that callers select.
            for (var spec : methods) {
                for (Func m : NilReceivers.ofDecls(List.of(spec.decl()), spec.info())) {
                    nilAware.add(m);
                    n.methods().stream().filter(im -> im.name().equals(m.name())).forEach(nilAware::add);
                }
            }
        }
        unscanned.add(ti);
        unlowered.add(ti);
        return ti;
    }

    /** The generics that instantiate themselves without end, for an error each. */
    Set<Obj> runaway() {
        return runaway;
    }

    private static boolean sameArgs(List<Type> a, List<Type> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!Types.identical(a.get(i), b.get(i))) {
                return false;
            }
        }
        return true;
    }

    private String unique(Package pkg, String base) {
        Set<String> names = taken.computeIfAbsent(pkg, k -> new HashSet<>());
        String name = base;
        for (int i = 2; !names.add(name); i++) {
            name = base + "$" + i;
        }
        return name;
    }

    /**
     * The name of a named type as its descriptor carries it (after the package name): an
     * instance's arguments as reflect prints them, {@code Pair[string,main.T]}.
     */
    static String goName(Type.Named n) {
        if (!n.isInstance()) {
            return n.obj().name();
        }
        return n.obj().name() + "[" + String.join(",", n.typeArgs().stream().map(GenericInstances::reflectString).toList()) + "]";
    }

    /** A type as reflect's Type.String prints it: {@code main.T}, {@code struct { main.a int }}, {@code func(int) string}. */
    static String reflectString(Type t) {
        return switch (t) {
            case Type.Named n -> (n.obj().pkg() == null ? "" : n.obj().pkg().name() + ".") + goName(n);
            case Type.Pointer p -> "*" + reflectString(p.elem());
            case Type.Slice s -> "[]" + reflectString(s.elem());
            case Type.Array a -> "[" + a.len() + "]" + reflectString(a.elem());
            case Type.MapType m -> "map[" + reflectString(m.key()) + "]" + reflectString(m.value());
            case Type.Chan c -> switch (c.dir()) {
                case SEND -> "chan<- " + reflectString(c.elem());
                case RECV -> "<-chan " + reflectString(c.elem());
                default -> "chan " + reflectString(c.elem());
            };
            case Type.Signature sig -> {
                List<String> params = new ArrayList<>();
                for (int i = 0; i < sig.params().size(); i++) {
                    Type pt = sig.params().at(i);
                    params.add(sig.variadic() && i == sig.params().size() - 1 && pt instanceof Type.Slice s
                            ? "..." + reflectString(s.elem()) : reflectString(pt));
                }
                List<String> results = sig.results().vars().stream().map(v -> reflectString(v.type())).toList();
                String r = results.isEmpty() ? "" : results.size() == 1 ? " " + results.getFirst() : " (" + String.join(", ", results) + ")";
                yield "func(" + String.join(", ", params) + ")" + r;
            }
            case Type.Struct st -> {
                if (st.fields().isEmpty()) {
                    yield "struct {}";
                }
                List<String> fields = new ArrayList<>();
                for (int i = 0; i < st.fields().size(); i++) {
                    var f = st.fields().get(i);
                    String name = f.embedded() ? "" : (Character.isUpperCase(f.name().codePointAt(0)) || f.pkg() == null
                            ? f.name() : f.pkg().name() + "." + f.name()) + " ";
                    String tag = st.tags().get(i).isEmpty() ? "" : " \"" + st.tags().get(i).replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
                    fields.add(name + reflectString(f.type()) + tag);
                }
                yield "struct { " + String.join("; ", fields) + " }";
            }
            case Type.Interface i -> TypeAssertions.goName(i);
            default -> t.toString();
        };
    }

    /** Type arguments as a Java name part: {@code int$string}, {@code ptr_Node}, {@code slice_int}. */
    static String mangle(List<Type> args) {
        List<String> parts = new ArrayList<>();
        for (Type t : args) {
            parts.add(mangle(t));
        }
        return String.join("$", parts);
    }

    private static String mangle(Type t) {
        return switch (t) {
            case Type.Basic b -> b.toString().replace(' ', '_');
            case Type.Named n when n.isInstance() -> n.obj().name() + "_" + String.join("_", n.typeArgs().stream().map(GenericInstances::mangle).toList());
            case Type.Named n -> n.obj().name();
            case Type.Pointer p -> "ptr_" + mangle(p.elem());
            case Type.Slice s -> "slice_" + mangle(s.elem());
            case Type.Array a -> "arr" + a.len() + "_" + mangle(a.elem());
            case Type.MapType m -> "map_" + mangle(m.key()) + "_" + mangle(m.value());
            case Type.Chan c -> "chan_" + mangle(c.elem());
            case Type.Signature s -> "func";
            case Type.Interface i -> i.isEmpty() ? "any" : "iface";
            case Type.Struct s -> "struct";
            default -> "T";
        };
    }

    // ---- Discovery --------------------------------------------------------------------------------

    /**
     * Registers every instance that the translated packages' non-generic code uses, and
     * transitively the instances those use: the instances recorded by the checker, and the
     * instance types inside any expression's type.
     */
    public void discover() {
        for (CheckedPackage cp : packages.values()) {
            scan(cp.info());
        }
        drainScans();
    }

    private void drainScans() {
        while (!unscanned.isEmpty()) {
            switch (unscanned.poll()) {
                case FuncInstance fi -> scan(fi.spec().info());
                case TypeInstance ti -> {
                    walk(ti.type().underlying(), new HashSet<>());
                    ti.methods().forEach(s -> scan(s.info()));
                }
                default -> { }
            }
        }
    }

    /** The instances of one set of side tables (a package's, or a specialization's). */
    private void scan(Info info) {
        // Source order, so that instance names and the order of the output never depend on hashing.
        var byPosition = java.util.Comparator.comparing((dev.goloom.diag.Pos p) -> p.file())
                .thenComparingInt(dev.goloom.diag.Pos::line).thenComparingInt(dev.goloom.diag.Pos::col);
        var instances = new ArrayList<>(info.instances.entrySet());
        instances.sort(java.util.Comparator.comparing(e -> e.getKey().pos(), byPosition));
        for (var e : instances) {
            Obj o = info.objectOf(e.getKey());
            List<Type> args = e.getValue().typeArgs();
            if (!args.stream().allMatch(GenericInstances::concrete)) {
                continue;
            }
            if (o instanceof Func f && f.receiver() == null && packages.containsKey(f.pkg())) {
                function(f, args);
            }
            walk(e.getValue().type(), new HashSet<>());
        }
        Set<Type> seen = new HashSet<>();
        var types = new ArrayList<>(info.types.entrySet());
        types.sort(java.util.Comparator.comparing(e -> e.getKey().pos(), byPosition));
        for (var e : types) {
            walk(e.getValue().type(), seen);
        }
        var defs = new ArrayList<>(info.defs.entrySet());
        defs.sort(java.util.Comparator.comparing(e -> e.getKey().pos(), byPosition));
        for (var e : defs) {
            if (e.getValue() != null && !(e.getValue() instanceof Func)) {
                walk(e.getValue().type(), seen);
            }
        }
    }

    /** Registers the concrete instances of translated generic types inside {@code t}. */
    private void walk(Type t, Set<Type> seen) {
        if (t == null || !seen.add(t)) {
            return;
        }
        switch (t) {
            case Type.Named n when n.isInstance() -> {
                if (concrete(n) && packages.containsKey(n.obj().pkg())) {
                    type(n);
                }
                n.typeArgs().forEach(a -> walk(a, seen));
            }
            case Type.Pointer p -> walk(p.elem(), seen);
            case Type.Slice s -> walk(s.elem(), seen);
            case Type.Array a -> walk(a.elem(), seen);
            case Type.Chan c -> walk(c.elem(), seen);
            case Type.MapType m -> {
                walk(m.key(), seen);
                walk(m.value(), seen);
            }
            case Type.Tuple tu -> tu.vars().forEach(v -> walk(v.type(), seen));
            case Type.Signature sig -> {
                walk(sig.params(), seen);
                walk(sig.results(), seen);
            }
            case Type.Struct st -> st.fields().forEach(v -> walk(v.type(), seen));
            case Type.Interface i -> i.methods().forEach(m -> walk(m.type(), seen));
            default -> { }
        }
    }

    // ---- Lowering ---------------------------------------------------------------------------------

    /** The next registered instance not lowered yet (a FuncInstance or TypeInstance), or null. */
    Object next() {
        return unlowered.poll();
    }

    /** The registered type instances that are interfaces (for the program's interface list). */
    List<Type.Named> interfaces() {
        List<Type.Named> out = new ArrayList<>();
        for (Type.Named n : types.keySet()) {
            if (n.underlying() instanceof Type.Interface i && !i.isEmpty() && !constraintOnly(i)) {
                out.add(n);
            }
        }
        out.sort(java.util.Comparator.comparing((Type.Named n) -> types.get(n).javaName()));
        return out;
    }

    /** The side tables of every specialization so far (for the unnamed interfaces they use). */
    Map<Package, List<Info>> specializationInfos() {
        Map<Package, List<Info>> out = new HashMap<>();
        funcs.values().forEach(list -> list.forEach(fi ->
                out.computeIfAbsent(fi.generic().pkg(), k -> new ArrayList<>()).add(fi.spec().info())));
        types.values().forEach(ti -> ti.methods().forEach(s ->
                out.computeIfAbsent(ti.type().obj().pkg(), k -> new ArrayList<>()).add(s.info())));
        return out;
    }
}
