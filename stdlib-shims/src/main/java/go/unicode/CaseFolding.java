// Simple case folding orbits (unicode.SimpleFold): the code points equivalent under Unicode's simple case folding.
package go.unicode;

import java.util.HashMap;
import java.util.Map;

/**
 * The orbits are computed once from the case mappings in {@link Categories}: two code points
 * are equivalent when they have the same lower case of their upper case (so 'K', 'k' and
 * U+212A KELVIN SIGN share an orbit). Only code points whose orbit has two or more members are
 * stored, each mapped to the next larger member (the largest to the smallest), which is Go's
 * SimpleFold. Checked against Go for every code point in {@code UnicodeTablesTest}.
 */
final class CaseFolding {
    private CaseFolding() {}

    /** Code point → next member of its orbit; absent: the code point folds to itself. */
    private static final Map<Integer, Integer> NEXT = build();

    private static Map<Integer, Integer> build() {
        Map<Integer, java.util.TreeSet<Integer>> orbits = new HashMap<>();
        for (int r = 0; r <= Character.MAX_CODE_POINT; r++) {
            if (r == 0x130 || r == 0x131) {
                continue; // dotted capital I and dotless i fold only in Turkish (CaseFolding.txt status T)
            }
            int key = Categories.toLower(Categories.toUpper(r));
            if (key != r || Categories.toUpper(r) != r || Categories.toLower(r) != r) {
                orbits.computeIfAbsent(key, k -> new java.util.TreeSet<>()).add(r);
            }
        }
        Map<Integer, Integer> next = new HashMap<>();
        for (Map.Entry<Integer, java.util.TreeSet<Integer>> e : orbits.entrySet()) {
            java.util.TreeSet<Integer> orbit = e.getValue();
            orbit.add(e.getKey());
            if (orbit.size() < 2) {
                continue;
            }
            for (int r : orbit) {
                Integer higher = orbit.higher(r);
                next.put(r, higher != null ? higher : orbit.first());
            }
        }
        return next;
    }

    static int next(int r) {
        return NEXT.getOrDefault(r, r);
    }
}
