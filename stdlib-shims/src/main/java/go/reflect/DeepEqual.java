// reflect.DeepEqual: Go's deep equality over (type, representation) pairs, with cycle detection.
package go.reflect;

import dev.goloom.runtime.Complex128;
import dev.goloom.runtime.Complex64;
import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Interfaces;
import dev.goloom.runtime.SliceBase;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Go's rules: values of different types are never deeply equal; arrays, structs and slices
 * compare element by element (a nil slice differs from an empty one, as do nil and empty maps);
 * pointers and interfaces compare what they hold; maps compare entries; funcs are equal only if
 * both are nil; floats compare with == (NaN differs from itself). A pair of pointers, maps,
 * slices or interfaces already being compared counts as equal, which ends cycles (Go keys the
 * pair by address; here by Java object identity).
 */
final class DeepEqual {
    /** The pairs being compared (identity of both sides and the type). */
    private final Set<Visit> visited = new HashSet<>();

    private DeepEqual() {}

    /** A pair of reference representations under comparison, by identity. */
    private record Visit(Object a, Object b, GoType t) {
        @Override public boolean equals(Object o) {
            return o instanceof Visit v && v.a == a && v.b == b && v.t.equals(t);
        }

        @Override public int hashCode() {
            return System.identityHashCode(a) * 31 + System.identityHashCode(b);
        }
    }

    /** {@code reflect.DeepEqual(x, y)} on two interface values. */
    static boolean of(Object x, Object y) {
        if (x == null || y == null) {
            return x == y;
        }
        GoType tx = Interfaces.typeOf(x);
        GoType ty = Interfaces.typeOf(y);
        if (!tx.equals(ty)) {
            return false;
        }
        return new DeepEqual().equal(tx, Reprs.payload(x), Reprs.payload(y));
    }

    private boolean hard(GoType t, Object a, Object b) {
        return switch (t.kind()) {
            case POINTER, INTERFACE -> a != null && b != null;
            case MAP -> a != null && b != null && !((GoMap<?, ?>) a).isNil() && !((GoMap<?, ?>) b).isNil();
            case SLICE -> !((SliceBase) a).isNil() && !((SliceBase) b).isNil();
            default -> false;
        };
    }

    @SuppressWarnings("unchecked")
    private boolean equal(GoType t, Object a, Object b) {
        if (hard(t, a, b) && !visited.add(new Visit(a, b, t))) {
            return true;
        }
        GoType u = t.underlying();
        switch (t.kind()) {
            case ARRAY -> {
                GoType e = ((GoType.Array) u).elem();
                for (long i = 0, n = Reprs.length(a); i < n; i++) {
                    if (!equal(e, Reprs.index(a, i), Reprs.index(b, i))) {
                        return false;
                    }
                }
                return true;
            }
            case SLICE -> {
                SliceBase x = (SliceBase) a;
                SliceBase y = (SliceBase) b;
                if (x.isNil() != y.isNil() || x.len() != y.len()) {
                    return false;
                }
                if (x == y) {
                    return true;
                }
                GoType e = ((GoType.Slice) u).elem();
                for (long i = 0; i < x.len(); i++) {
                    if (!equal(e, Reprs.index(x, i), Reprs.index(y, i))) {
                        return false;
                    }
                }
                return true;
            }
            case INTERFACE -> {
                if (a == null || b == null) {
                    return a == b;
                }
                GoType ta = Interfaces.typeOf(a);
                return ta.equals(Interfaces.typeOf(b)) && equal(ta, Reprs.payload(a), Reprs.payload(b));
            }
            case POINTER -> {
                if (a == null || b == null) {
                    return a == b;
                }
                if (a == b || !(a instanceof GoStruct<?>) && a.equals(b)) {
                    return true;
                }
                GoType e = ((GoType.Pointer) u).elem();
                if (a instanceof GoStruct<?> || a.getClass().isArray()) {
                    // Pointers to structs and arrays are the objects themselves.
                    return equal(e, a, b);
                }
                return equal(e, Reprs.load(a), Reprs.load(b));
            }
            case STRUCT -> {
                GoType.Struct st = (GoType.Struct) u;
                for (int i = 0; i < st.fields().size(); i++) {
                    if (!equal(st.fields().get(i).type(), Fields.get(st, a, i), Fields.get(st, b, i))) {
                        return false;
                    }
                }
                return true;
            }
            case MAP -> {
                GoMap<Object, Object> x = (GoMap<Object, Object>) a;
                GoMap<Object, Object> y = (GoMap<Object, Object>) b;
                boolean nx = x == null || x.isNil();
                boolean ny = y == null || y.isNil();
                if (nx != ny || (nx ? 0 : x.len()) != (ny ? 0 : y.len())) {
                    return false;
                }
                if (x == y || nx) {
                    return true;
                }
                GoType vt = ((GoType.Map) u).value();
                for (Map.Entry<Object, Object> e : x) {
                    Map.Entry<Object, Object> f = y.lookup(e.getKey());
                    if (f == null || !equal(vt, e.getValue(), f.getValue())) {
                        return false;
                    }
                }
                return true;
            }
            case FUNC -> {
                return a == null && b == null;
            }
            case FLOAT64, FLOAT32 -> {
                return ((Number) a).doubleValue() == ((Number) b).doubleValue();
            }
            case COMPLEX128 -> {
                Complex128 x = (Complex128) a;
                Complex128 y = (Complex128) b;
                return x.real() == y.real() && x.imag() == y.imag();
            }
            case COMPLEX64 -> {
                Complex64 x = (Complex64) a;
                Complex64 y = (Complex64) b;
                return x.real() == y.real() && x.imag() == y.imag();
            }
            case CHAN, UNSAFE_POINTER -> {
                return a == b;
            }
            default -> {
                return a.equals(b);
            }
        }
    }
}
