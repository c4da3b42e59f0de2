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
        // gc keeps only one of several equal errors on one line (unless they are syntax errors).
        if (!errors.isEmpty() && !message.startsWith("syntax error")) {
            GoError last = errors.getLast();
            if (last.message().equals(message) && last.pos().file().equals(pos.file()) && last.pos().line() == pos.line()) {
                return;
            }
        }
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

    /**
     * The errors gc would print: the first {@link #LIMIT} in the order they were found, then
     * sorted by position, exact duplicates dropped.
     */
    public List<GoError> sorted() {
        return sorted(LIMIT);
    }

    /** As {@link #sorted()}, keeping the first {@code limit} errors found. */
    private List<GoError> sorted(int limit) {
        List<GoError> out = new ArrayList<>(errors.subList(0, Math.min(limit, errors.size())));
        out.sort(Comparator.comparing((GoError e) -> e.pos().file())
                .thenComparingInt(e -> e.pos().line())
                .thenComparingInt(e -> e.pos().col()));
        List<GoError> dedup = new ArrayList<>();
        for (GoError e : out) {
            if (dedup.isEmpty() || !dedup.getLast().equals(e)) {
                dedup.add(e);
            }
        }
        return dedup;
    }

    /**
     * The report as gc prints it, one error per line; when more than {@link #LIMIT} were
     * found, "too many errors" follows at the position of the last one printed.
     */
    public String format() {
        return format(false);
    }

    /** The report; with {@code all}, every error and no "too many errors" (gc's {@code -e}). */
    public String format(boolean all) {
        StringBuilder sb = new StringBuilder();
        for (GoError e : sorted(all ? Integer.MAX_VALUE : LIMIT)) {
            sb.append(e).append('\n');
        }
        if (!all && errors.size() > LIMIT) {
            sb.append(new GoError(errors.get(LIMIT - 1).pos(), "too many errors")).append('\n');
        }
        return sb.toString();
    }
}
