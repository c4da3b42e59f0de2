// filepath.Match and filepath.Glob: shell patterns (*, ?, [classes], \ escapes) on path names.
package go.path.filepath;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStrings;
import go.errors.Errors;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's algorithm: the pattern is split into chunks, each a run of literal text and classes
 * after an optional run of stars; a star never matches '/'. A malformed pattern is
 * ErrBadPattern even when the name fails to match earlier. Glob lists directories in sorted
 * order and ignores I/O errors, as Go's does.
 */
final class Globbing {
    private Globbing() {}

    static final GoError ErrBadPattern = Errors.New("syntax error in pattern");

    /** A pattern failed to parse (carried out of the recursion as Go returns its error). */
    private static final class BadPattern extends Exception {
        BadPattern() {
            super(null, null, false, false);
        }
    }

    /** Whether name matches the shell pattern; ErrBadPattern for a malformed pattern. */
    static Object[] match(String pattern, String name) {
        try {
            return new Object[] {matches(pattern, name), null};
        } catch (BadPattern e) {
            return new Object[] {false, ErrBadPattern};
        }
    }

    private static boolean matches(String pattern, String name) throws BadPattern {
        pattern:
        while (!pattern.isEmpty()) {
            boolean star = false;
            while (!pattern.isEmpty() && pattern.charAt(0) == '*') {
                pattern = pattern.substring(1);
                star = true;
            }
            int end = chunkEnd(pattern);
            String chunk = pattern.substring(0, end);
            pattern = pattern.substring(end);
            if (star && chunk.isEmpty()) {
                return name.indexOf('/') < 0;
            }
            String t = matchChunk(chunk, name);
            if (t != null && (t.isEmpty() || !pattern.isEmpty())) {
                name = t;
                continue;
            }
            if (star) {
                for (int i = 0; i < name.length() && name.charAt(i) != '/'; i++) {
                    t = matchChunk(chunk, name.substring(i + 1));
                    if (t != null) {
                        if (pattern.isEmpty() && !t.isEmpty()) {
                            continue;
                        }
                        name = t;
                        continue pattern;
                    }
                }
            }
            while (!pattern.isEmpty()) {
                while (!pattern.isEmpty() && pattern.charAt(0) == '*') {
                    pattern = pattern.substring(1);
                }
                end = chunkEnd(pattern);
                matchChunk(pattern.substring(0, end), "");
                pattern = pattern.substring(end);
            }
            return false;
        }
        return name.isEmpty();
    }

    /** Where the chunk at the start of pattern (stars already skipped) ends: at a star outside a class. */
    private static int chunkEnd(String pattern) {
        boolean inRange = false;
        int i = 0;
        for (; i < pattern.length(); i++) {
            switch (pattern.charAt(i)) {
                case '\\' -> {
                    if (i + 1 < pattern.length()) {
                        i++;
                    }
                }
                case '[' -> inRange = true;
                case ']' -> inRange = false;
                case '*' -> {
                    if (!inRange) {
                        return i;
                    }
                }
                default -> { }
            }
        }
        return i;
    }

    /** The rest of s after chunk matched its start, or null when it did not; BadPattern for a malformed chunk. */
    private static String matchChunk(String chunk, String s) throws BadPattern {
        boolean failed = false;
        while (!chunk.isEmpty()) {
            if (!failed && s.isEmpty()) {
                failed = true;
            }
            switch (chunk.charAt(0)) {
                case '[' -> {
                    int r = 0;
                    if (!failed) {
                        long d = GoStrings.decodeRune(s, 0);
                        r = GoStrings.rune(d);
                        s = s.substring(GoStrings.width(d));
                    }
                    chunk = chunk.substring(1);
                    boolean negated = false;
                    if (!chunk.isEmpty() && chunk.charAt(0) == '^') {
                        negated = true;
                        chunk = chunk.substring(1);
                    }
                    boolean match = false;
                    int nrange = 0;
                    while (true) {
                        if (!chunk.isEmpty() && chunk.charAt(0) == ']' && nrange > 0) {
                            chunk = chunk.substring(1);
                            break;
                        }
                        int[] lo = escaped(chunk);
                        chunk = chunk.substring(lo[1]);
                        int hi = lo[0];
                        if (chunk.charAt(0) == '-') {
                            int[] h = escaped(chunk.substring(1));
                            chunk = chunk.substring(1 + h[1]);
                            hi = h[0];
                        }
                        if (lo[0] <= r && r <= hi) {
                            match = true;
                        }
                        nrange++;
                    }
                    if (match == negated) {
                        failed = true;
                    }
                }
                case '?' -> {
                    if (!failed) {
                        if (s.charAt(0) == '/') {
                            failed = true;
                        }
                        s = s.substring(GoStrings.width(GoStrings.decodeRune(s, 0)));
                    }
                    chunk = chunk.substring(1);
                }
                default -> {
                    if (chunk.charAt(0) == '\\') {
                        chunk = chunk.substring(1);
                        if (chunk.isEmpty()) {
                            throw new BadPattern();
                        }
                    }
                    if (!failed) {
                        if (chunk.charAt(0) != s.charAt(0)) {
                            failed = true;
                        }
                        s = s.substring(1);
                    }
                    chunk = chunk.substring(1);
                }
            }
        }
        return failed ? null : s;
    }

    /** The (possibly escaped) rune at the start of a class chunk and how many bytes it took. */
    private static int[] escaped(String chunk) throws BadPattern {
        if (chunk.isEmpty() || chunk.charAt(0) == '-' || chunk.charAt(0) == ']') {
            throw new BadPattern();
        }
        int skip = 0;
        if (chunk.charAt(0) == '\\') {
            skip = 1;
            if (chunk.length() == 1) {
                throw new BadPattern();
            }
        }
        long d = GoStrings.decodeRune(chunk, skip);
        int r = GoStrings.rune(d), n = GoStrings.width(d);
        if (r == GoStrings.RUNE_ERROR && n == 1 || skip + n >= chunk.length()) {
            throw new BadPattern();
        }
        return new int[] {r, skip + n};
    }

    private static boolean hasMeta(String path) {
        for (char c : "*?[\\".toCharArray()) {
            if (path.indexOf(c) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** The names matching pattern (nil when none), or ErrBadPattern. */
    static Object[] glob(String pattern) {
        try {
            return new Object[] {globAll(pattern), null};
        } catch (BadPattern e) {
            return new Object[] {null, ErrBadPattern};
        }
    }

    private static List<String> globAll(String pattern) throws BadPattern {
        matches(pattern, "");
        if (!hasMeta(pattern)) {
            return go.os.Os.Lstat(pattern).v1() != null ? null : new ArrayList<>(List.of(pattern));
        }
        var split = Filepath.Split(pattern);
        String dir = split.v0(), file = split.v1();
        dir = dir.isEmpty() ? "." : dir.equals("/") ? dir : dir.substring(0, dir.length() - 1);
        if (!hasMeta(dir)) {
            return globDir(dir, file, null);
        }
        if (dir.equals(pattern)) {
            throw new BadPattern();
        }
        List<String> out = null;
        List<String> dirs = globAll(dir);
        if (dirs != null) {
            for (String d : dirs) {
                out = globDir(d, file, out);
            }
        }
        return out;
    }

    private static List<String> globDir(String dir, String pattern, List<String> out) throws BadPattern {
        var st = go.os.Os.Stat(dir);
        if (st.v1() != null || !st.v0().IsDir()) {
            return out;
        }
        var entries = go.os.Os.ReadDir(dir);
        if (entries.v1() != null) {
            return out;
        }
        for (long i = 0; i < entries.v0().len(); i++) {
            String n = entries.v0().get(i).Name();
            if (matches(pattern, n)) {
                if (out == null) {
                    out = new ArrayList<>();
                }
                out.add(Filepath.Join(dir, n));
            }
        }
        return out;
    }
}
