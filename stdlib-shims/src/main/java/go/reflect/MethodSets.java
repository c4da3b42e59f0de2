// Method sets for reflect (Type.Method, NumMethod, Implements) and calls of methods and funcs through Java reflection.
package go.reflect;

import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/**
 * A named type's exported methods come from its descriptor ({@link GoType.Named#methods}),
 * sorted by name as Go sorts them: T's method set has the value-receiver methods, *T's all of
 * them; the translator records the methods promoted from embedded fields too (the struct class
 * has a forwarding method for each). A method runs as the
 * translator compiled it: an instance method of a struct class, or the static {@code T_M} of
 * the package class for other named types; func values are the runtime's FuncN/ProcN lambdas.
 */
final class MethodSets {
    private MethodSets() {}

    /** The exported methods in t's method set, sorted by name; an interface type's methods (all of them). */
    static List<GoType.Method> of(GoType t) {
        if (t.underlying() instanceof GoType.Interface it) {
            List<GoType.Method> out = new ArrayList<>();
            for (String m : it.methods()) {
                out.add(new GoType.Method(m.substring(0, m.indexOf('(')), null, false));
            }
            return out;
        }
        if (t instanceof GoType.Named n) {
            return n.methods().stream().filter(m -> !m.pointerReceiver()).toList();
        }
        if (t instanceof GoType.Pointer(GoType.Named n) && !(n.underlying() instanceof GoType.Interface)) {
            return n.methods();
        }
        return List.of();
    }

    /**
     * Whether t's method set has every method of interface {@code it}, with the same signature:
     * an interface's methods are spelled {@code M(main.T, ...int) (string, error)}, as a
     * method's descriptor prints after its name.
     */
    static boolean implementsInterface(GoType t, GoType.Interface it) {
        List<String> have = new ArrayList<>();
        if (t.underlying() instanceof GoType.Interface own) {
            have.addAll(own.methods());
        } else {
            // A method without a signature (never recorded) matches by name.
            of(t).forEach(m -> have.add(m.type() == null ? m.name() : m.name() + m.type().toString().substring("func".length())));
        }
        return it.methods().stream().allMatch(m -> have.contains(m) || have.contains(m.substring(0, m.indexOf('('))));
    }

    /** reflect.Method for method {@code m} (index {@code i}) of type {@code t}: Func takes the receiver first. */
    static Method method(GoType t, GoType.Method m, long i) {
        if (m.type() == null) {
            return new Method(m.name(), "", null, new Value(), i);
        }
        List<GoType> params = new ArrayList<>();
        params.add(t);
        params.addAll(m.type().params());
        GoType.Func ft = new GoType.Func(params, m.type().results(), m.type().variadic());
        Object fn = Funcs.lambda(ft, args -> {
            Object[] rest = new Object[args.length - 1];
            System.arraycopy(args, 1, rest, 0, rest.length);
            return call(t, args[0], m, rest);
        });
        return new Method(m.name(), "", RType.of(ft), Value.of(ft, fn), i);
    }

    /** Calls method {@code m} on receiver {@code recv} (a representation of type {@code recvType}). */
    static Object call(GoType recvType, Object recv, GoType.Method m, Object[] args) {
        String javaName = m.name().endsWith("_") ? m.name() + "_" : m.name();
        if (recv instanceof GoStruct<?> s) {
            // A value receiver gets a copy, as Go passes it.
            Object target = recvType instanceof GoType.Pointer ? s : s.copy();
            return invoke(target, target.getClass(), javaName, args, false);
        }
        GoType named = recvType instanceof GoType.Pointer(GoType elem) ? elem : recvType;
        if (recvType instanceof GoType.Pointer && !m.pointerReceiver()) {
            // A value method called through a pointer: the method receives what the pointer points to.
            recv = Reprs.load(recv);
        }
        if (named instanceof GoType.Named n && n.declaredIn() != null) {
            Object[] all = new Object[args.length + 1];
            all[0] = recv;
            System.arraycopy(args, 0, all, 1, args.length);
            return invoke(null, n.declaredIn(), n.name() + "_" + javaName, all, true);
        }
        throw Reflect.unsupported("calling method " + m.name() + " of " + recvType + " through reflect");
    }

    private static Object invoke(Object target, Class<?> cls, String name, Object[] args, boolean isStatic) {
        for (java.lang.reflect.Method jm : cls.getMethods()) {
            if (jm.getName().equals(name) && jm.getParameterCount() == args.length
                    && java.lang.reflect.Modifier.isStatic(jm.getModifiers()) == isStatic) {
                try {
                    jm.setAccessible(true);
                    return jm.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof RuntimeException r) {
                        throw r;
                    }
                    if (e.getCause() instanceof Error err) {
                        throw err;
                    }
                    throw new IllegalStateException(e.getCause());
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        throw Reflect.unsupported("calling method " + name + " of " + cls.getName() + " through reflect (not public)");
    }

    /** The method value {@code v.M} of method {@code m} on receiver {@code recv} of type {@code recvType}. */
    static Value bound(GoType recvType, Object recv, GoType.Method m) {
        if (m.type() == null) {
            throw Reflect.unsupported("reflect.Value.Method on an interface-typed Value");
        }
        // The receiver is evaluated (a struct value copied) when the method value is made, as in Go.
        Object r = recv instanceof GoStruct<?> s && !(recvType instanceof GoType.Pointer) ? s.copy() : recv;
        return Value.of(m.type(), Funcs.lambda(m.type(), args -> call(recvType, r, m, args)));
    }

    /** The results of a Java call as a list: none, one, or the components of a TupleN. */
    static List<Object> results(GoType.Func ft, Object r) {
        return switch (ft.results().size()) {
            case 0 -> List.of();
            case 1 -> java.util.Collections.singletonList(r);
            default -> {
                List<Object> out = new ArrayList<>();
                for (RecordComponent c : r.getClass().getRecordComponents()) {
                    try {
                        out.add(c.getAccessor().invoke(r));
                    } catch (ReflectiveOperationException e) {
                        throw new IllegalStateException(e);
                    }
                }
                yield out;
            }
        };
    }

}
