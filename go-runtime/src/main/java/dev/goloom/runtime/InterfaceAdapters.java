// Lets a value of a shim type (the Java-implemented standard library) stand where a program's own interface is expected.
package dev.goloom.runtime;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * Translated types implement the Java interface of every program interface they satisfy
 * (docs/design.md, "Interfaces"), but the shims' classes were compiled before the program:
 * {@code var t MyType = reflect.TypeOf(v)} needs a {@code MyType} whose methods call the shim
 * value's. {@link #adapt} makes one (a dynamic proxy that also implements {@link Adapted}).
 * Not yet: asserting an adapted value back to a shim type, and comparing it with the value it
 * stands for.
 */
public final class InterfaceAdapters {
    private InterfaceAdapters() {}

    /** An adapter: the shim value it stands for. */
    public interface Adapted {
        Object adaptee();
    }

    /** {@code value} as a {@code iface}: itself when its class implements it, else an adapter. */
    public static <T> T adapt(Object value, Class<T> iface) {
        Object target = value instanceof Adapted a ? a.adaptee() : value;
        if (target == null || iface.isInstance(target)) {
            return iface.cast(target);
        }
        return iface.cast(Proxy.newProxyInstance(iface.getClassLoader(), new Class<?>[] {iface, Adapted.class},
                (proxy, m, args) -> {
                    Object[] a = args == null ? new Object[0] : args;
                    if (m.getDeclaringClass() == Adapted.class) {
                        return target;
                    }
                    if (m.getDeclaringClass() == Object.class) {
                        return switch (m.getName()) {
                            case "equals" -> a[0] instanceof Adapted other ? target.equals(other.adaptee()) : target.equals(a[0]);
                            case "hashCode" -> target.hashCode();
                            default -> target.toString();
                        };
                    }
                    return invoke(target, m, a);
                }));
    }

    /** Calls the public method of {@code target} that {@code m} names (a Java keyword's trailing {@code _} aside). */
    private static Object invoke(Object target, Method m, Object[] args) throws Throwable {
        String name = m.getName();
        for (String candidate : name.endsWith("_") ? new String[] {name, name.substring(0, name.length() - 1)} : new String[] {name}) {
            for (Method impl : target.getClass().getMethods()) {
                if (impl.getName().equals(candidate) && impl.getParameterCount() == args.length) {
                    try {
                        impl.setAccessible(true);
                        return impl.invoke(target, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                }
            }
        }
        throw new GoPanic("goloom: " + target.getClass().getName() + " has no method " + name + " for " + m.getDeclaringClass().getName());
    }
}
