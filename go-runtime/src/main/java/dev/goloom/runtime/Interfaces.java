// Interface values at run time: their dynamic types, type assertions and type switches.
package dev.goloom.runtime;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.Comparator;

/**
 * What generated code calls for {@code x.(T)}, {@code v, ok := x.(T)} and the cases of a type
 * switch. Invariants (see {@link Boxed} for how values are stored):
 * <ul>
 * <li>the dynamic type of a non-nil interface value is {@link #typeOf}: a Java box names a
 *     predeclared type, a {@link GoStruct} object is a pointer to its struct type, a
 *     {@link Boxed} carries its descriptor;</li>
 * <li>a Go interface with a Java interface is satisfied exactly when the Java object
 *     implements it: the translator makes every type of the program implement the Java
 *     interfaces its method set satisfies ({@code T}'s value method set for
 *     {@code Boxed} subclasses, {@code *T}'s for struct objects);</li>
 * <li>panics are Go's {@code *runtime.TypeAssertionError} texts, byte for byte.</li>
 * </ul>
 */
public final class Interfaces {
    private Interfaces() {}

    /** The dynamic type of interface value {@code x}; null for a nil interface. */
    public static GoType typeOf(Object x) {
        return switch (x) {
            case null -> null;
            case Boolean b -> GoType.BOOL;
            case Long l -> GoType.INT;
            case Integer i -> GoType.INT32;
            case Short s -> GoType.INT16;
            case Byte b -> GoType.INT8;
            case Double d -> GoType.FLOAT64;
            case Float f -> GoType.FLOAT32;
            case String s -> GoType.STRING;
            case Complex128 c -> GoType.COMPLEX128;
            case Complex64 c -> GoType.COMPLEX64;
            case Boxed b -> b.type();
            case GoStruct<?> s -> new GoType.Pointer(s.goType());
            default -> new GoType.Named("", "", x.getClass().getSimpleName()).define(new GoType.Struct(java.util.List.of()));
        };
    }

    /** Whether the dynamic type of {@code x} is {@code t} (false for nil). */
    public static boolean is(Object x, GoType t) {
        if (x instanceof GoStruct<?> s && t instanceof GoType.Pointer(GoType elem)) {
            return s.goType() == elem;
        }
        return x != null && t.equals(typeOf(x));
    }

    /** The value inside interface value {@code x} in its usual Java representation. */
    public static Object payload(Object x) {
        return x instanceof Boxed b ? b.value() : x;
    }

    /**
     * {@code x.(T)} for a concrete type T: the value in its usual Java representation, or Go's
     * panic. {@code staticType} is how Go spells x's static interface type (for the message).
     */
    public static Object assertType(Object x, GoType t, String staticType) {
        if (is(x, t)) {
            return payload(x);
        }
        if (x == null) {
            throw new GoPanic(RuntimeErrors.typeAssertionOfNil(staticType, t.toString()));
        }
        GoType dynamic = typeOf(x);
        throw new GoPanic(RuntimeErrors.typeAssertion(staticType, dynamic.toString(), t.toString(),
                pkgPath(dynamic), pkgPath(t)));
    }

    /** {@code x.(I)} for an interface I (spelled {@code t}) whose Java interface is {@code iface}: x itself, or Go's panic. */
    public static <I> I assertInterface(Object x, Class<I> iface, String t) {
        if (iface.isInstance(x)) {
            return iface.cast(x);
        }
        if (x == null) {
            throw new GoPanic(RuntimeErrors.plain("interface conversion: interface is nil, not " + t));
        }
        throw new GoPanic(RuntimeErrors.missingMethod(typeOf(x).toString(), t, firstMissingMethod(x, iface)));
    }

    /** {@code x.(any)}: x itself unless it is nil. */
    public static Object assertNotNil(Object x, String t) {
        if (x == null) {
            throw new GoPanic(RuntimeErrors.plain("interface conversion: interface is nil, not " + t));
        }
        return x;
    }

    /** The first method of {@code iface}, in Go's (sorted) order, that {@code x}'s class lacks. */
    static String firstMissingMethod(Object x, Class<?> iface) {
        Method[] wanted = iface.getMethods();
        Arrays.sort(wanted, Comparator.comparing(Method::getName));
        for (Method m : wanted) {
            try {
                x.getClass().getMethod(m.getName(), m.getParameterTypes());
            } catch (NoSuchMethodException e) {
                return m.getName();
            }
        }
        return wanted.length == 0 ? "" : wanted[0].getName();
    }

    private static String pkgPath(GoType t) {
        return t instanceof GoType.Named n ? n.pkgPath() : "";
    }
}
