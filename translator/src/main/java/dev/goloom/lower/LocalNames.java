// Java names for Go locals: Java forbids a local to shadow another local, Go allows it.
package dev.goloom.lower;

import dev.goloom.types.Var;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Assigns each local variable of a method a Java name: its Go name when no enclosing Java
 * scope already has that name, else the name with a numeric suffix ({@code x_1}). Sibling
 * blocks may reuse a name, as in hand-written Java.
 */
final class LocalNames {
    private final Map<Var, String> names = new IdentityHashMap<>();
    private final Deque<Set<String>> scopes = new ArrayDeque<>();

    LocalNames() {
        scopes.push(new HashSet<>());
    }

    void open() {
        scopes.push(new HashSet<>());
    }

    void close() {
        scopes.pop();
    }

    private boolean visible(String name) {
        return scopes.stream().anyMatch(s -> s.contains(name));
    }

    String declare(Var v) {
        String base = JavaNames.identifier(v.name());
        String name = base;
        for (int i = 1; visible(name); i++) {
            name = base + "_" + i;
        }
        scopes.peek().add(name);
        names.put(v, name);
        return name;
    }

    /** Makes {@code v} read as {@code javaName} (the receiver as {@code this}, a loop variable's copy). */
    void alias(Var v, String javaName) {
        names.put(v, javaName);
    }

    /** The Java name of a declared local, or null when {@code v} is not a local of this method. */
    String nameOf(Var v) {
        return names.get(v);
    }
}
