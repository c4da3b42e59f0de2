// The classes of a package's anonymous struct types (struct{}, struct{ a int }): one per distinct type.
package dev.goloom.lower;

import dev.goloom.types.Type;
import dev.goloom.types.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's anonymous struct types have no name, but their values need a Java class like any
 * struct's. Each distinct type (up to Go's type identity, so {@code struct{ a int }} written
 * twice is one type) gets a top-level class {@code AnonStruct$1}, {@code AnonStruct$2}, … in
 * the package's Java package. A {@code $} keeps the names apart from every Go identifier.
 * Classes are registered while the package is lowered and generated at its end (a generated
 * class may register more: a field of another anonymous struct type).
 */
final class AnonymousStructs {
    /** The registered types, in the order met; the class of entry i is {@code AnonStruct$(i+1)}. */
    private final List<Type.Struct> types = new ArrayList<>();

    /** The simple class name of {@code st}, registering the type when it is new. */
    String className(Type.Struct st) {
        for (int i = 0; i < types.size(); i++) {
            if (Types.identical(types.get(i), st)) {
                return name(i);
            }
        }
        types.add(st);
        return name(types.size() - 1);
    }

    private static String name(int index) {
        return "AnonStruct$" + (index + 1);
    }

    /** How many types are registered so far. */
    int size() {
        return types.size();
    }

    /** The i-th registered type. */
    Type.Struct type(int i) {
        return types.get(i);
    }

    /** The class name of the i-th registered type. */
    String className(int i) {
        return name(i);
    }
}
