// Which files belong to a build for linux/amd64 (go/build's file name and //go:build rules).
package dev.goloom.loader;

import java.util.Set;

/**
 * File selection as {@code go build} does it for GOOS=linux GOARCH=amd64 with the gc
 * toolchain and cgo off: {@code _test.go} files are left out, {@code _GOOS} / {@code _GOARCH}
 * suffixes must match, and a {@code //go:build} expression must be satisfied.
 */
public final class BuildConstraints {
    private BuildConstraints() {}

    private static final Set<String> KNOWN_OS = Set.of("aix", "android", "darwin", "dragonfly", "freebsd", "hurd",
            "illumos", "ios", "js", "linux", "nacl", "netbsd", "openbsd", "plan9", "solaris", "wasip1", "windows", "zos");
    private static final Set<String> KNOWN_ARCH = Set.of("386", "amd64", "amd64p32", "arm", "armbe", "arm64",
            "arm64be", "loong64", "mips", "mipsle", "mips64", "mips64le", "ppc", "ppc64", "ppc64le", "riscv",
            "riscv64", "s390", "s390x", "sparc", "sparc64", "wasm");

    /** Whether a file of this name takes part in the build (ignoring its contents). */
    public static boolean fileNameMatches(String fileName) {
        if (!fileName.endsWith(".go") || fileName.endsWith("_test.go") || fileName.startsWith(".")
                || fileName.startsWith("_")) {
            return false;
        }
        String[] parts = fileName.substring(0, fileName.length() - 3).split("_");
        int n = parts.length;
        if (n >= 3 && KNOWN_OS.contains(parts[n - 2]) && KNOWN_ARCH.contains(parts[n - 1])) {
            return parts[n - 2].equals("linux") && parts[n - 1].equals("amd64");
        }
        if (n >= 2 && KNOWN_OS.contains(parts[n - 1])) {
            return parts[n - 1].equals("linux");
        }
        if (n >= 2 && KNOWN_ARCH.contains(parts[n - 1])) {
            return parts[n - 1].equals("amd64");
        }
        return true;
    }

    /**
     * The {@code //go:build} expression of a file read from its header alone, without parsing
     * it (go/build reads only the header too): the first {@code //go:build } line comment among
     * the comments before the first token; null when there is none. Gives what the parsed
     * file's {@code GoFile.buildConstraint()} gives, so files a build excludes need no parse.
     */
    public static String headerConstraint(byte[] src) {
        int i = src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF ? 3 : 0;
        int n = src.length;
        while (i < n) {
            byte b = src[i];
            if (b == ' ' || b == '\t' || b == '\n' || b == '\r') {
                i++;
            } else if (b == '/' && i + 1 < n && src[i + 1] == '/') {
                int end = i;
                while (end < n && src[end] != '\n') {
                    end++;
                }
                String comment = new String(src, i, end - i, java.nio.charset.StandardCharsets.UTF_8);
                if (comment.endsWith("\r")) {
                    comment = comment.substring(0, comment.length() - 1); // the scanner drops a line comment's \r
                }
                if (comment.startsWith("//go:build ")) {
                    return comment.substring("//go:build ".length()).trim();
                }
                i = end;
            } else if (b == '/' && i + 1 < n && src[i + 1] == '*') {
                int end = i + 2;
                while (end + 1 < n && !(src[end] == '*' && src[end + 1] == '/')) {
                    end++;
                }
                i = end + 2;
            } else {
                return null;
            }
        }
        return null;
    }

    /** Evaluates a {@code //go:build} expression (null means no constraint). */
    public static boolean satisfied(String expr) {
        return expr == null || new Parser(expr).parse();
    }

    static boolean tag(String t) {
        return switch (t) {
            case "linux", "amd64", "unix", "gc", "goexperiment.aliastypeparams" -> true;
            // Go 1.26's default experiments on linux/amd64 (internal/buildcfg's baseline).
            case "goexperiment.regabiwrappers", "goexperiment.regabiargs", "goexperiment.dwarf5",
                 "goexperiment.randomizedheapbase64", "goexperiment.greenteagc" -> true;
            default -> t.startsWith("go1.") && goVersionAtMost(t);
        };
    }

    private static boolean goVersionAtMost(String t) {
        try {
            return Integer.parseInt(t.substring(4)) <= 26;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** expr = or; or = and { "||" and }; and = unary { "&&" unary }; unary = "!" unary | "(" expr ")" | tag. */
    private static final class Parser {
        private final String s;
        private int i;

        Parser(String s) {
            this.s = s;
        }

        boolean parse() {
            return or();
        }

        private void skip() {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) i++;
        }

        private boolean eat(String tok) {
            skip();
            if (s.startsWith(tok, i)) {
                i += tok.length();
                return true;
            }
            return false;
        }

        private boolean or() {
            boolean v = and();
            while (eat("||")) v |= and();
            return v;
        }

        private boolean and() {
            boolean v = unary();
            while (eat("&&")) v &= unary();
            return v;
        }

        private boolean unary() {
            if (eat("!")) return !unary();
            if (eat("(")) {
                boolean v = or();
                eat(")");
                return v;
            }
            skip();
            int start = i;
            while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == '.')) i++;
            return tag(s.substring(start, i));
        }
    }
}
