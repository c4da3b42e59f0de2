// Instantiation cycles (gc: "instantiation cycle"): generic code that would need infinitely many instances.
package dev.goloom.types;

import dev.goloom.diag.Pos;
import dev.goloom.syntax.Expr;
import dev.goloom.syntax.Positions;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check that a package can be instantiated statically (by monomorphization), as types2's
 * does it. A graph has a vertex per type parameter of this package; each instantiation
 * {@code F[A1, ...]} adds an edge to F's i-th parameter from every type parameter mentioned in
 * {@code Ai}, of weight 0 when {@code Ai} is that parameter itself and 1 when it is derived
 * from it ({@code []T}, {@code Box[T]}). A cycle of positive weight means unbounded
 * instantiation ({@code func f[T any]() { f[[]T]() }}); zero-weight cycles reach a fixed point.
 * Cycles are found with Bellman-Ford for the heaviest path: a path as long as there are
 * vertices must repeat one.
 * <p>Defined types declared inside generic functions (implicitly parameterized by the
 * function's type parameters) are not vertices yet: such cycles go unreported.
 */
final class Monomorph {
    /** A type parameter of this package and the heaviest path known to reach it. */
    private static final class Vertex {
        /** The type parameter's name. */
        final TypeName obj;
        /** Weight of the heaviest path found so far. */
        int weight;
        /** The last edge of that path, or -1. */
        int pre = -1;
        /** Number of edges on that path. */
        int len;

        Vertex(TypeName obj) {
            this.obj = obj;
        }
    }

    /** {@code typ} (a type argument) flowing from vertex src into the type parameter dst, at pos. */
    private record Edge(int dst, int src, int weight, Pos pos, Type typ) {}

    private final Package pkg;
    private final List<Vertex> vertices = new ArrayList<>();
    private final List<Edge> edges = new ArrayList<>();
    /** Vertex index of each type parameter. */
    private final Map<Type.TypeParam, Integer> index = new IdentityHashMap<>();

    Monomorph(Package pkg) {
        this.pkg = pkg;
    }

    /**
     * Records that {@code tps} were instantiated with {@code args}; each edge is placed at its
     * argument expression when given, else at {@code at} (an inferred argument: the call).
     */
    void instance(List<Type.TypeParam> tps, List<Type> args, List<Expr> argExprs, Pos at) {
        for (int i = 0; i < tps.size() && i < args.size(); i++) {
            Type.TypeParam tp = tps.get(i);
            if (tp.obj().pkg() != pkg) {
                continue; // cycles lie within one package: an imported generic cannot name ours
            }
            Pos pos = argExprs != null && i < argExprs.size() ? Positions.start(argExprs.get(i)) : at;
            Type targ = args.get(i);
            walk(targ, targ, vertex(tp), pos, new IdentityHashMap<>());
        }
    }

    /** Adds an edge to {@code dst} from every type parameter of this package found in {@code t}. */
    private void walk(Type t, Type targ, int dst, Pos pos, Map<Type, Boolean> seen) {
        if (seen.put(t, true) != null) {
            return;
        }
        switch (t) {
            case Type.TypeParam tp -> {
                if (tp.obj().pkg() == pkg) {
                    edges.add(new Edge(dst, vertex(tp), t == targ ? 0 : 1, pos, targ));
                }
            }
            case Type.Named n -> {
                for (Type a : n.typeArgs()) {
                    walk(a, targ, dst, pos, seen);
                }
            }
            case Type.Pointer p -> walk(p.elem(), targ, dst, pos, seen);
            case Type.Slice s -> walk(s.elem(), targ, dst, pos, seen);
            case Type.Array a -> walk(a.elem(), targ, dst, pos, seen);
            case Type.Chan ch -> walk(ch.elem(), targ, dst, pos, seen);
            case Type.MapType m -> {
                walk(m.key(), targ, dst, pos, seen);
                walk(m.value(), targ, dst, pos, seen);
            }
            case Type.Struct st -> st.fields().forEach(f -> walk(f.type(), targ, dst, pos, seen));
            case Type.Tuple tu -> tu.vars().forEach(v -> walk(v.type(), targ, dst, pos, seen));
            case Type.Signature sig -> {
                walk(sig.params(), targ, dst, pos, seen);
                walk(sig.results(), targ, dst, pos, seen);
            }
            case Type.Interface iface -> iface.methods().forEach(m -> walk(m.type(), targ, dst, pos, seen));
            case Type.Basic b -> { }
        }
    }

    private int vertex(Type.TypeParam tp) {
        return index.computeIfAbsent(tp, k -> {
            vertices.add(new Vertex(k.obj()));
            return vertices.size() - 1;
        });
    }

    /** Reports the first positive-weight cycle found, as gc does ("instantiation cycle:" and the edges). */
    void check(Checker c) {
        boolean again = true;
        while (again) {
            again = false;
            for (int i = 0; i < edges.size(); i++) {
                Edge e = edges.get(i);
                Vertex src = vertices.get(e.src()), dst = vertices.get(e.dst());
                int w = src.weight + e.weight();
                if (w <= dst.weight) {
                    continue;
                }
                dst.pre = i;
                dst.len = src.len + 1;
                if (dst.len == vertices.size()) {
                    report(c, e.dst());
                    return;
                }
                dst.weight = w;
                again = true;
            }
        }
    }

    private void report(Checker c, int v) {
        // The path ends at v, which may only be reachable from the cycle: walk back until a
        // vertex repeats; the cycle starts there.
        List<Integer> stack = new ArrayList<>();
        boolean[] seen = new boolean[vertices.size()];
        while (!seen[v]) {
            stack.add(v);
            seen[v] = true;
            v = edges.get(vertices.get(v).pre).src();
        }
        while (stack.getFirst() != v) {
            stack.removeFirst();
        }
        StringBuilder msg = new StringBuilder("instantiation cycle:");
        for (int u : stack) {
            Edge e = edges.get(vertices.get(u).pre);
            msg.append("\n\t").append(e.pos()).append(": ").append(vertices.get(e.dst()).obj.name())
                    .append(" instantiated as ").append(e.typ());
        }
        c.error(vertices.get(v).obj.pos(), msg.toString());
    }
}
