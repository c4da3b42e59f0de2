// Go func values for reflect: calling a runtime FuncN/ProcN lambda with an argument array, and making one from a body.
package go.reflect;

import dev.goloom.runtime.*;
import java.util.function.Function;

/**
 * The translator represents {@code func(A, B) R} as {@code Func2<A, B, R>} and a func without
 * results as {@code ProcN} (several results: a TupleN), parameters boxed. Up to six parameters.
 */
final class Funcs {
    private Funcs() {}

    /** Calls func value {@code fn} with boxed arguments; the Java result (null without results). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Object call(Object fn, Object[] a) {
        return switch (fn) {
            case Proc0 p when a.length == 0 -> { p.call(); yield null; }
            case Func0 f when a.length == 0 -> f.call();
            case Proc1 p when a.length == 1 -> { p.call(a[0]); yield null; }
            case Func1 f when a.length == 1 -> f.call(a[0]);
            case Proc2 p when a.length == 2 -> { p.call(a[0], a[1]); yield null; }
            case Func2 f when a.length == 2 -> f.call(a[0], a[1]);
            case Proc3 p when a.length == 3 -> { p.call(a[0], a[1], a[2]); yield null; }
            case Func3 f when a.length == 3 -> f.call(a[0], a[1], a[2]);
            case Proc4 p when a.length == 4 -> { p.call(a[0], a[1], a[2], a[3]); yield null; }
            case Func4 f when a.length == 4 -> f.call(a[0], a[1], a[2], a[3]);
            case Proc5 p when a.length == 5 -> { p.call(a[0], a[1], a[2], a[3], a[4]); yield null; }
            case Func5 f when a.length == 5 -> f.call(a[0], a[1], a[2], a[3], a[4]);
            case Proc6 p when a.length == 6 -> { p.call(a[0], a[1], a[2], a[3], a[4], a[5]); yield null; }
            case Func6 f when a.length == 6 -> f.call(a[0], a[1], a[2], a[3], a[4], a[5]);
            default -> throw Reflect.unsupported("calling a func of class " + fn.getClass().getName() + " with " + a.length + " arguments");
        };
    }

    /** A Java result from Go results: null for none, the one result, or a TupleN. */
    static Object results(Object[] r) {
        return switch (r.length) {
            case 0 -> null;
            case 1 -> r[0];
            case 2 -> new Tuple2<>(r[0], r[1]);
            case 3 -> new Tuple3<>(r[0], r[1], r[2]);
            case 4 -> new Tuple4<>(r[0], r[1], r[2], r[3]);
            case 5 -> new Tuple5<>(r[0], r[1], r[2], r[3], r[4]);
            case 6 -> new Tuple6<>(r[0], r[1], r[2], r[3], r[4], r[5]);
            default -> throw Reflect.unsupported("funcs with " + r.length + " results made by reflect");
        };
    }

    /** A func value of type {@code ft} whose calls run {@code body} on the boxed arguments. */
    static Object lambda(GoType.Func ft, Function<Object[], Object> body) {
        boolean proc = ft.results().isEmpty();
        return switch (ft.params().size()) {
            case 0 -> proc ? (Proc0) () -> body.apply(new Object[] {})
                    : (Func0<Object>) () -> body.apply(new Object[] {});
            case 1 -> proc ? (Proc1<Object>) (p0) -> body.apply(new Object[] {p0})
                    : (Func1<Object,Object>) (p0) -> body.apply(new Object[] {p0});
            case 2 -> proc ? (Proc2<Object,Object>) (p0, p1) -> body.apply(new Object[] {p0, p1})
                    : (Func2<Object,Object,Object>) (p0, p1) -> body.apply(new Object[] {p0, p1});
            case 3 -> proc ? (Proc3<Object,Object,Object>) (p0, p1, p2) -> body.apply(new Object[] {p0, p1, p2})
                    : (Func3<Object,Object,Object,Object>) (p0, p1, p2) -> body.apply(new Object[] {p0, p1, p2});
            case 4 -> proc ? (Proc4<Object,Object,Object,Object>) (p0, p1, p2, p3) -> body.apply(new Object[] {p0, p1, p2, p3})
                    : (Func4<Object,Object,Object,Object,Object>) (p0, p1, p2, p3) -> body.apply(new Object[] {p0, p1, p2, p3});
            case 5 -> proc ? (Proc5<Object,Object,Object,Object,Object>) (p0, p1, p2, p3, p4) -> body.apply(new Object[] {p0, p1, p2, p3, p4})
                    : (Func5<Object,Object,Object,Object,Object,Object>) (p0, p1, p2, p3, p4) -> body.apply(new Object[] {p0, p1, p2, p3, p4});
            case 6 -> proc ? (Proc6<Object,Object,Object,Object,Object,Object>) (p0, p1, p2, p3, p4, p5) -> body.apply(new Object[] {p0, p1, p2, p3, p4, p5})
                    : (Func6<Object,Object,Object,Object,Object,Object,Object>) (p0, p1, p2, p3, p4, p5) -> body.apply(new Object[] {p0, p1, p2, p3, p4, p5});
            default -> throw Reflect.unsupported("funcs of " + ft.params().size() + " parameters made by reflect");
        };
    }
}
