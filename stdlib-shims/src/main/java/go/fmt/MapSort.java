// The order in which fmt prints map entries (Go's internal/fmtsort): keys sorted by value, kind by kind.
package go.fmt;

import dev.goloom.runtime.Complex128;
import dev.goloom.runtime.Complex64;
import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Keys compare by kind: numbers numerically (unsigned as unsigned; NaN before everything,
 * NaNs equal), strings bytewise, false before true, complex by real then imaginary part,
 * pointers and channels by address, structs and arrays field by field, interfaces first by
 * their dynamic type (Go compares type descriptors' addresses; here their names) then by value,
 * nil first. The sort is stable, so equal keys (NaNs) keep the map's iteration order.
 */
final class MapSort {
    private MapSort() {}

    /** A map entry as fmt prints it. */
    record Entry(Values key, Values value) {}

    static List<Entry> sorted(GoType.Map type, GoMap<?, ?> m) {
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<?, ?> e : m) {
            entries.add(new Entry(new Values(type.key(), e.getKey()), new Values(type.value(), e.getValue())));
        }
        entries.sort((a, b) -> compare(a.key(), b.key()));
        return entries;
    }

    static int compare(Values a, Values b) {
        GoType t = a.type();
        if (t == null) {
            return 0;
        }
        GoType.Kind k = t.kind();
        Object x = a.repr();
        Object y = b.repr();
        if (Values.isInteger(k)) {
            long u = Values.bits(k, x);
            long v = Values.bits(k, y);
            return Values.isUnsigned(k) ? Long.compareUnsigned(u, v) : Long.compare(u, v);
        }
        return switch (k) {
            case STRING -> ((String) x).compareTo((String) y);
            case FLOAT32, FLOAT64 -> floats(((Number) x).doubleValue(), ((Number) y).doubleValue());
            case COMPLEX64 -> {
                Complex64 c = (Complex64) x;
                Complex64 d = (Complex64) y;
                int r = floats(c.real(), d.real());
                yield r != 0 ? r : floats(c.imag(), d.imag());
            }
            case COMPLEX128 -> {
                Complex128 c = (Complex128) x;
                Complex128 d = (Complex128) y;
                int r = floats(c.real(), d.real());
                yield r != 0 ? r : floats(c.imag(), d.imag());
            }
            case BOOL -> Boolean.compare((Boolean) x, (Boolean) y);
            case POINTER, CHAN, UNSAFE_POINTER, FUNC -> Long.compareUnsigned(Addresses.of(x), Addresses.of(y));
            case STRUCT -> {
                for (int i = 0; i < Values.numFields(t); i++) {
                    int c = compare(Values.fieldOf(t, x, i), Values.fieldOf(t, y, i));
                    if (c != 0) {
                        yield c;
                    }
                }
                yield 0;
            }
            case ARRAY -> {
                GoType e = Values.elem(t);
                long n = Values.length(x);
                for (long i = 0; i < n; i++) {
                    int c = compare(new Values(e, Values.index(x, i)), new Values(e, Values.index(y, i)));
                    if (c != 0) {
                        yield c;
                    }
                }
                yield 0;
            }
            case INTERFACE -> {
                if (x == null || y == null) {
                    yield x == null ? (y == null ? 0 : -1) : 1;
                }
                Values dx = Values.ofInterface(x);
                Values dy = Values.ofInterface(y);
                String tx = String.valueOf(dx.type());
                String ty = String.valueOf(dy.type());
                int c = tx.compareTo(ty);
                yield c != 0 ? c : compare(dx, dy);
            }
            default -> 0;
        };
    }

    /** cmp.Compare on floats: NaN first, NaNs equal, -0 equal to +0. */
    private static int floats(double a, double b) {
        boolean an = Double.isNaN(a);
        boolean bn = Double.isNaN(b);
        if (an || bn) {
            return an && bn ? 0 : an ? -1 : 1;
        }
        return a < b ? -1 : a > b ? 1 : 0;
    }
}
