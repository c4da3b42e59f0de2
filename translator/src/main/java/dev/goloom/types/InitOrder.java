// Package initialization order ("Package initialization" in the spec), computed from dependencies.
package dev.goloom.types;

import dev.goloom.syntax.Spec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * "Package-level variable initialization proceeds stepwise, with each step selecting the
 * variable earliest in declaration order which has no dependencies on uninitialized
 * variables." References count through functions: a variable whose initializer calls f
 * depends on everything f's body refers to. So function nodes are first removed from the
 * dependency graph by linking their dependents to their dependencies; then variables are
 * emitted in order of (remaining dependencies, declaration order).
 */
final class InitOrder {
    private InitOrder() {}

    /** A variable that depends on itself, directly or through others. */
    record Cycle(Var var) {}

    /**
     * @param declOrder package-level objects in declaration order
     * @param deps      for each object, the package-level objects its declaration (or body) uses
     * @param specOf    the var spec declaring each variable that has an initializer
     */
    static List<Spec.Value> compute(List<Obj> allDecls, Map<Obj, Set<Obj>> deps, Map<Var, Spec.Value> specOf,
                                    List<Cycle> cycles) {
        // "Only constants, variables, and functions can be dependencies."
        List<Obj> declOrder = allDecls.stream().filter(o -> o instanceof Var || o instanceof Const || o instanceof Func)
                .toList();
        Map<Obj, Integer> order = new HashMap<>();
        for (int i = 0; i < declOrder.size(); i++) {
            order.put(declOrder.get(i), i);
        }
        // Dependency graph over vars, consts and funcs: succ = what a node depends on, pred = who depends on it.
        Map<Obj, Set<Obj>> succ = new HashMap<>(), pred = new HashMap<>();
        for (Obj o : declOrder) {
            succ.put(o, new LinkedHashSet<>());
            pred.put(o, new LinkedHashSet<>());
        }
        for (Obj o : declOrder) {
            for (Obj d : deps.getOrDefault(o, Set.of())) {
                if (succ.containsKey(d)) {
                    succ.get(o).add(d);
                    pred.get(d).add(o);
                }
            }
        }
        // Remove functions: every dependent of f now depends on what f depends on. The result does
        // not depend on the order of removal, but the work does: removing f costs |pred| × |succ|
        // and grows the sets of its neighbours, so the cheapest go first (as go/types does).
        List<Obj> funcs = new ArrayList<>(declOrder.stream().filter(o -> o instanceof Func).toList());
        funcs.sort(java.util.Comparator.comparingLong(o -> (long) pred.get(o).size() * succ.get(o).size()));
        for (Obj o : funcs) {
            for (Obj p : pred.get(o)) {
                if (p == o) {
                    continue;
                }
                for (Obj s : succ.get(o)) {
                    if (s != o) {
                        succ.get(p).add(s);
                        pred.get(s).add(p);
                    }
                }
                succ.get(p).remove(o);
            }
            for (Obj s : succ.get(o)) {
                pred.get(s).remove(o);
            }
            succ.remove(o);
            pred.remove(o);
        }
        Map<Obj, Integer> remaining = new HashMap<>();
        // Constants first (go.dev/issue/66575), then by pending dependencies, then declaration order.
        PriorityQueue<Obj> queue = new PriorityQueue<>((a, b) -> {
            boolean ac = a instanceof Const, bc = b instanceof Const;
            if (ac != bc) {
                return ac ? -1 : 1;
            }
            int c = Integer.compare(remaining.get(a), remaining.get(b));
            return c != 0 ? c : Integer.compare(order.get(a), order.get(b));
        });
        for (Obj o : succ.keySet()) {
            remaining.put(o, (int) succ.get(o).stream().filter(s -> s != o).count());
        }
        queue.addAll(succ.keySet());
        List<Spec.Value> out = new ArrayList<>();
        // By identity: a spec record's own hashCode would hash its whole initializer tree.
        Set<Spec.Value> emitted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Set<Obj> done = new HashSet<>();
        while (!queue.isEmpty()) {
            Obj o = queue.poll();
            if (remaining.get(o) > 0 || succ.get(o).contains(o)) {
                if (o instanceof Var v && specOf.containsKey(v)) {
                    cycles.add(new Cycle(v));
                }
            }
            done.add(o);
            for (Obj p : pred.get(o)) {
                if (!done.contains(p) && p != o) {
                    queue.remove(p);
                    remaining.put(p, remaining.get(p) - 1);
                    queue.add(p);
                }
            }
            if (o instanceof Var v) {
                Spec.Value spec = specOf.get(v);
                if (spec != null && emitted.add(spec)) {
                    out.add(spec);
                }
            }
        }
        return out;
    }
}
