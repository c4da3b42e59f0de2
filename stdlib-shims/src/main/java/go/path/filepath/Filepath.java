// Package path/filepath for Unix paths: lexical operations (Clean, Join, Rel, ...) and WalkDir.
package go.path.filepath;

import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.Func3;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import go.errors.Errors;
import go.io.fs.DirEntry;
import go.io.fs.FileInfo;
import go.os.Os;

/** Go's path/filepath on Linux: '/' separates elements, ':' separates list entries. */
public final class Filepath {
    private Filepath() {}

    public static final int Separator = '/';
    public static final int ListSeparator = ':';

    /** "skip this directory" (Go's fs.SkipDir text). */
    public static final GoError SkipDir = Errors.New("skip this directory");
    /** "skip everything and stop the walk" (Go's fs.SkipAll text). */
    public static final GoError SkipAll = Errors.New("skip everything and stop the walk");

    /**
     * The shortest path equivalent to path by purely lexical processing: repeated slashes
     * become one, "." elements go, ".." removes the element before it (or stays at the start of
     * a relative path, or goes at the root); "" becomes ".".
     */
    public static String Clean(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        boolean rooted = path.charAt(0) == '/';
        int n = path.length();
        StringBuilder out = new StringBuilder(n);
        int r = 0;
        int dotdot = 0; // out's length up to which ".." cannot backtrack
        if (rooted) {
            out.append('/');
            r = 1;
            dotdot = 1;
        }
        while (r < n) {
            char c = path.charAt(r);
            if (c == '/') {
                r++;
            } else if (c == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
                r++;
            } else if (c == '.' && path.charAt(r + 1) == '.' && (r + 2 == n || path.charAt(r + 2) == '/')) {
                r += 2;
                if (out.length() > dotdot) {
                    int w = out.length() - 1;
                    while (w > dotdot && out.charAt(w) != '/') {
                        w--;
                    }
                    out.setLength(w);
                } else if (!rooted) {
                    if (!out.isEmpty()) {
                        out.append('/');
                    }
                    out.append("..");
                    dotdot = out.length();
                }
            } else {
                if (rooted && out.length() != 1 || !rooted && !out.isEmpty()) {
                    out.append('/');
                }
                while (r < n && path.charAt(r) != '/') {
                    out.append(path.charAt(r++));
                }
            }
        }
        return out.isEmpty() ? "." : out.toString();
    }

    /** The non-empty elements joined by '/' and cleaned; "" when all are empty. */
    public static String Join(String... elem) {
        StringBuilder b = new StringBuilder();
        for (String e : elem) {
            if (!e.isEmpty()) {
                if (!b.isEmpty()) {
                    b.append('/');
                }
                b.append(e);
            }
        }
        return b.isEmpty() ? "" : Clean(b.toString());
    }

    /** Splits after the last separator: dir keeps its trailing '/'. */
    public static Tuple2<String, String> Split(String path) {
        int i = path.lastIndexOf('/');
        return new Tuple2<>(path.substring(0, i + 1), path.substring(i + 1));
    }

    /** The last element, trailing slashes removed; "." for "", "/" for only slashes. */
    public static String Base(String path) {
        if (path.isEmpty()) {
            return ".";
        }
        int end = path.length();
        while (end > 0 && path.charAt(end - 1) == '/') {
            end--;
        }
        if (end == 0) {
            return "/";
        }
        String trimmed = path.substring(0, end);
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    /** All but the last element, cleaned. */
    public static String Dir(String path) {
        return Clean(path.substring(0, path.lastIndexOf('/') + 1));
    }

    /** The extension: from the last '.' of the last element, or "". */
    public static String Ext(String path) {
        for (int i = path.length() - 1; i >= 0 && path.charAt(i) != '/'; i--) {
            if (path.charAt(i) == '.') {
                return path.substring(i);
            }
        }
        return "";
    }

    public static boolean IsAbs(String path) {
        return path.startsWith("/");
    }

    /** An absolute path: path itself when absolute, else joined to the working directory; cleaned. */
    public static Tuple2<String, GoError> Abs(String path) {
        if (IsAbs(path)) {
            return new Tuple2<>(Clean(path), null);
        }
        Tuple2<String, GoError> wd = Os.Getwd();
        if (wd.v1() != null) {
            return new Tuple2<>("", wd.v1());
        }
        return new Tuple2<>(Join(wd.v0(), path), null);
    }

    /** A relative path that joined to basepath names targpath, lexically; Go's error when none exists. */
    public static Tuple2<String, GoError> Rel(String basepath, String targpath) {
        String base = Clean(basepath);
        String targ = Clean(targpath);
        if (targ.equals(base)) {
            return new Tuple2<>(".", null);
        }
        if (base.equals(".")) {
            base = "";
        }
        GoError cannot = Errors.New("Rel: can't make " + targpath + " relative to " + basepath);
        if (base.startsWith("/") != targ.startsWith("/")) {
            return new Tuple2<>("", cannot);
        }
        int bl = base.length();
        int tl = targ.length();
        int b0 = 0;
        int bi = 0;
        int t0 = 0;
        int ti = 0;
        while (true) {
            while (bi < bl && base.charAt(bi) != '/') {
                bi++;
            }
            while (ti < tl && targ.charAt(ti) != '/') {
                ti++;
            }
            if (!targ.substring(t0, ti).equals(base.substring(b0, bi))) {
                break;
            }
            if (bi < bl) {
                bi++;
            }
            if (ti < tl) {
                ti++;
            }
            b0 = bi;
            t0 = ti;
        }
        if (base.substring(b0, bi).equals("..")) {
            return new Tuple2<>("", cannot);
        }
        if (b0 != bl) {
            StringBuilder b = new StringBuilder("..");
            for (int i = b0; i < bl; i++) {
                if (base.charAt(i) == '/') {
                    b.append("/..");
                }
            }
            if (t0 != tl) {
                b.append('/').append(targ, t0, tl);
            }
            return new Tuple2<>(b.toString(), null);
        }
        return new Tuple2<>(targ.substring(t0), null);
    }

    /** The entries of a PATH-like list; an empty list for "". */
    public static Slice<String> SplitList(String path) {
        if (path.isEmpty()) {
            return Slice.of(ElemType.STRING);
        }
        return Slice.of(ElemType.STRING, path.split(":", -1));
    }

    public static String ToSlash(String path) {
        return path;
    }

    public static String FromSlash(String path) {
        return path;
    }

    /** Whether path is lexically local: not empty, not absolute, and not escaping through "..". */
    public static boolean IsLocal(String path) {
        if (IsAbs(path) || path.isEmpty()) {
            return false;
        }
        String c = Clean(path);
        return !(c.equals("..") || c.startsWith("../"));
    }

    /** Walks the tree at root in lexical order, calling fn for each entry (Go's WalkDir). */
    public static GoError WalkDir(String root, Func3<String, DirEntry, GoError, GoError> fn) {
        Tuple2<FileInfo, GoError> info = Os.Lstat(root);
        GoError err;
        if (info.v1() != null) {
            err = fn.call(root, null, info.v1());
        } else {
            err = walkDir(root, (DirEntry) info.v0(), fn);
        }
        return err == SkipDir || err == SkipAll ? null : err;
    }

    private static GoError walkDir(String path, DirEntry d, Func3<String, DirEntry, GoError, GoError> fn) {
        GoError err = fn.call(path, d, null);
        if (err != null || !d.IsDir()) {
            return err == SkipDir && d.IsDir() ? null : err;
        }
        Tuple2<Slice<DirEntry>, GoError> dirs = Os.ReadDir(path);
        if (dirs.v1() != null) {
            err = fn.call(path, d, dirs.v1());
            if (err != null) {
                return err == SkipDir && d.IsDir() ? null : err;
            }
        }
        for (long i = 0; i < dirs.v0().len(); i++) {
            DirEntry d1 = dirs.v0().get(i);
            GoError e = walkDir(Join(path, d1.Name()), d1, fn);
            if (e != null) {
                if (e == SkipDir) {
                    break;
                }
                return e;
            }
        }
        return null;
    }

    // ---- patterns (Globbing) ----

    public static final GoError ErrBadPattern = Globbing.ErrBadPattern;

    /** Whether name matches the shell pattern. */
    public static Tuple2<Boolean, GoError> Match(String pattern, String name) {
        Object[] r = Globbing.match(pattern, name);
        return new Tuple2<>((Boolean) r[0], (GoError) r[1]);
    }

    /** The names of all files matching pattern, or nil if there is no matching file. */
    @SuppressWarnings("unchecked")
    public static Tuple2<Slice<String>, GoError> Glob(String pattern) {
        Object[] r = Globbing.glob(pattern);
        java.util.List<String> names = (java.util.List<String>) r[0];
        Slice<String> out = names == null ? Slice.nil(ElemType.STRING) : Slice.of(ElemType.STRING, names.toArray(String[]::new));
        return new Tuple2<>(out, (GoError) r[1]);
    }
}
