// strings.Replacer: replaces a list of strings with replacements, leftmost match first, earlier pairs winning.
package go.strings;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Tuple2;
import go.io.Io;
import go.io.Writer;

/**
 * Go's {@code *strings.Replacer}, with the semantics of Go's generic algorithm (which its
 * specialised byte and single-string algorithms share): scanning bytes left to right, at
 * each position the first pair in argument order whose old string starts there is replaced
 * and the scan resumes after it; an empty old string matches at every byte position, but
 * not twice in a row at the same place.
 */
public final class Replacer implements dev.goloom.runtime.GoStruct<Replacer>, Cloneable {

    /** {@code strings.Replacer}: its fields are unexported, so fmt and type switches see an opaque struct. */
    public static final dev.goloom.runtime.GoType.Named TYPE = new dev.goloom.runtime.GoType.Named("strings", "strings", "Replacer")
            .define(new dev.goloom.runtime.GoType.Struct(java.util.List.of()));

    @Override public dev.goloom.runtime.GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** Go's assignment copy: a shallow copy of the fields (a copied buffer shares its bytes, as in Go). */
    @Override public Replacer copy() {
        try {
            return (Replacer) super.clone();
        } catch (CloneNotSupportedException e) {
            throw new AssertionError(e);
        }
    }

    /** old, new, old, new, ... as given. */
    private final String[] oldnew;
    /** For each first byte, the indexes (into pairs) of the non-empty olds starting with it, in argument order. */
    private final int[][] byFirstByte = new int[256][];
    /** Index of the first pair whose old is empty, or -1; it outranks only the pairs after it. */
    private final int emptyPair;

    /** The zero Replacer: no pairs, so Replace returns its argument. */
    public Replacer() {
        this(new String[0]);
    }

    Replacer(String[] oldnew) {
        if (oldnew.length % 2 == 1) {
            throw new GoPanic("strings.NewReplacer: odd argument count");
        }
        this.oldnew = oldnew;
        int empty = -1;
        java.util.List<java.util.List<Integer>> lists = new java.util.ArrayList<>();
        for (int b = 0; b < 256; b++) {
            lists.add(new java.util.ArrayList<>());
        }
        for (int p = 0; p < oldnew.length / 2; p++) {
            String old = oldnew[2 * p];
            if (old.isEmpty()) {
                if (empty < 0) {
                    empty = p;
                }
            } else {
                lists.get(old.charAt(0)).add(p);
            }
        }
        for (int b = 0; b < 256; b++) {
            byFirstByte[b] = lists.get(b).stream().mapToInt(Integer::intValue).toArray();
        }
        this.emptyPair = empty;
    }

    /** strings.NewReplacer. */
    public static Replacer NewReplacer(String... oldnew) {
        return new Replacer(oldnew.clone());
    }

    /**
     * The pair that matches at byte {@code i}: the earliest in argument order among those
     * whose old is a prefix of s[i:], skipping the empty old when {@code ignoreEmpty}; -1 if none.
     */
    private int match(String s, int i, boolean ignoreEmpty) {
        int best = ignoreEmpty ? -1 : emptyPair;
        if (i < s.length()) {
            for (int p : byFirstByte[s.charAt(i)]) {
                if (best >= 0 && p > best) {
                    break;
                }
                if (s.startsWith(oldnew[2 * p], i)) {
                    best = p;
                    break;
                }
            }
        }
        return best;
    }

    /** s with all replacements performed. */
    public String Replace(String s) {
        StringBuilder out = new StringBuilder(s.length());
        replace(s, out);
        return out.toString();
    }

    private void replace(String s, StringBuilder out) {
        int last = 0;
        boolean prevMatchEmpty = false;
        for (int i = 0; i <= s.length(); ) {
            int p = match(s, i, prevMatchEmpty);
            int keyLen = p < 0 ? 0 : oldnew[2 * p].length();
            prevMatchEmpty = p >= 0 && keyLen == 0;
            if (p >= 0) {
                out.append(s, last, i).append(oldnew[2 * p + 1]);
                i += keyLen;
                last = i;
                continue;
            }
            i++;
        }
        if (last != s.length()) {
            out.append(s, last, s.length());
        }
    }

    /** Writes s with all replacements performed to w. */
    public Tuple2<Long, GoError> WriteString(Writer w, String s) {
        return Io.WriteString(w, Replace(s));
    }
}
