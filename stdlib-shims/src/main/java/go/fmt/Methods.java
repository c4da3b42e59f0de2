// String and Error methods of named non-struct types, which translated code registers for fmt.
package go.fmt;

import dev.goloom.runtime.GoType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A value of a named non-struct type ({@code type Color int}) reaches fmt as a
 * {@code Boxed(descriptor, value)} whose value is a plain Java box, and its methods are static
 * methods of the package class ({@code Main.Color_String(long)}), so fmt cannot find them on
 * the object. Translated code registers them once per type, next to the descriptor:
 * <pre>{@code Methods.string(TYPE_Color, v -> Color_String((Long) v));}</pre>
 * The function receives the Boxed's value. Only value-receiver methods belong here (those
 * are in the value's method set).
 */
public final class Methods {
    private Methods() {}

    /** A type's registered methods; either may be null. */
    record Of(Function<Object, String> string, Function<Object, String> error) {}

    /** Descriptor (by identity: Named does not override equals) → its methods. */
    private static final Map<GoType, Of> TABLE = new ConcurrentHashMap<>();

    /** Registers {@code String() string} of the type {@code t}. */
    public static void string(GoType.Named t, Function<Object, String> method) {
        TABLE.merge(t, new Of(method, null), (a, b) -> new Of(method, a.error()));
    }

    /** Registers {@code Error() string} of the type {@code t}. */
    public static void error(GoType.Named t, Function<Object, String> method) {
        TABLE.merge(t, new Of(null, method), (a, b) -> new Of(a.string(), method));
    }

    static Of of(GoType t) {
        if (t == null) {
            return null;
        }
        Of of = TABLE.get(t);
        if (of == null && t instanceof GoType.Named n && loadStandardMethods(n.pkgPath())) {
            of = TABLE.get(t);
        }
        return of;
    }

    /** Standard packages whose StdMethods class has been looked for. */
    private static final java.util.Set<String> LOOKED_UP = ConcurrentHashMap.newKeySet();

    /**
     * A shim package with methods on named non-struct types ({@code time.Duration}) registers
     * them from its class {@code go.<path>.StdMethods}, loaded here on first need: translated code
     * boxes such values with a shared descriptor and need not have touched the package before.
     * Returns whether this call loaded one.
     */
    private static boolean loadStandardMethods(String pkgPath) {
        if (pkgPath.isEmpty() || pkgPath.contains(".") || !LOOKED_UP.add(pkgPath)) {
            return false;
        }
        try {
            Class.forName("go." + pkgPath.replace('/', '.') + ".StdMethods", true, Methods.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }
}
