// Collects the errors of one translation; passed explicitly, never a global sink.
package dev.goloom.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The errors found while translating one set of packages. Each phase reports here and the
 * pipeline stops after a phase that reported anything, as gc does.
 */
public final class Diagnostics {
    /** gc stops after this many errors ("too many errors"). */
    public static final int LIMIT = 10;

    private final List<GoError> errors = new ArrayList<>();

    public void error(Pos pos, String message) {
        errors.add(new GoError(pos, message));
    }

    /** Reports a construct goloom cannot translate yet, in the fixed "unsupported" form. */
    public void unsupported(Pos pos, String what) {
        error(pos, "unsupported: " + what);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** How many errors have been reported so far (a phase compares counts before and after). */
    public int count() {
        return errors.size();
    }

    /** Errors in source order, at most one per line as gc prints them. */
    public List<GoError> sorted() {
        List<GoError> out = new ArrayList<>(errors);
        out.sort(Comparator.comparing((GoError e) -> e.pos().file())
                .thenComparingInt(e -> e.pos().line())
                .thenComparingInt(e -> e.pos().col()));
        List<GoError> dedup = new ArrayList<>();
        for (GoError e : out) {
            if (!dedup.isEmpty()) {
                GoError last = dedup.getLast();
                if (last.pos().file().equals(e.pos().file()) && last.pos().line() == e.pos().line()) {
                    continue;
                }
            }
            dedup.add(e);
        }
        return dedup;
    }

    /** The report as gc prints it: one error per line, "too many errors" after {@link #LIMIT}. */
    public String format() {
        StringBuilder sb = new StringBuilder();
        List<GoError> list = sorted();
        for (int i = 0; i < list.size(); i++) {
            if (i == LIMIT) {
                sb.append("too many errors\n");
                break;
            }
            sb.append(list.get(i)).append('\n');
        }
        return sb.toString();
    }
}
