// Structural equality of syntax trees that ignores positions, for round-trip tests.
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.lang.reflect.RecordComponent;
import java.util.List;
import java.util.Objects;

/** Compares two trees component by component; returns the path of the first difference, or null. */
final class AstEquality {
    private AstEquality() {}

    static String difference(Object a, Object b, String path) {
        if (a instanceof Pos && b instanceof Pos) {
            return null;
        }
        if (a == null || b == null) {
            return a == b ? null : path + ": " + a + " vs " + b;
        }
        if (a instanceof List<?> la && b instanceof List<?> lb) {
            if (la.size() != lb.size()) {
                return path + ": " + la.size() + " elements vs " + lb.size();
            }
            for (int i = 0; i < la.size(); i++) {
                String d = difference(la.get(i), lb.get(i), path + "[" + i + "]");
                if (d != null) {
                    return d;
                }
            }
            return null;
        }
        if (a.getClass() != b.getClass()) {
            return path + ": " + a.getClass().getSimpleName() + " vs " + b.getClass().getSimpleName();
        }
        if (a.getClass().isRecord()) {
            for (RecordComponent c : a.getClass().getRecordComponents()) {
                try {
                    String d = difference(c.getAccessor().invoke(a), c.getAccessor().invoke(b),
                            path + "." + c.getName());
                    if (d != null) {
                        return d;
                    }
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
            return null;
        }
        return Objects.equals(a, b) ? null : path + ": " + a + " vs " + b;
    }
}
