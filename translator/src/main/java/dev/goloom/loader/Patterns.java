// The go command's package patterns: std, import paths, path/..., directories, ./..., and .go files.
package dev.goloom.loader;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns command-line arguments into the packages they name, as {@code go list} does: {@code std}
 * is every standard package; {@code net/...} every package below {@code net}; an argument that
 * starts with {@code .} or {@code /}, or names an existing directory, is a directory (with
 * {@code /...}, every directory below it that has Go files, skipping {@code testdata} and
 * directories starting with {@code .} or {@code _}); {@code .go} files together are the package
 * {@code command-line-arguments}; anything else is an import path.
 */
public final class Patterns {
    /** The standard library, or null when Go is not installed. */
    private final GoRoot goroot;
    /** The module the working directory is in, or null. */
    private final ModuleImports module;

    public Patterns(GoRoot goroot, ModuleImports module) {
        this.goroot = goroot;
        this.module = module;
    }

    /** Thrown for an argument that names nothing, with the go command's message. */
    public static final class PatternException extends Exception {
        public PatternException(String message) {
            super(message);
        }
    }

    /** The packages {@code args} name, each once, in the order named. */
    public List<SourceLoader.Root> resolve(List<String> args) throws IOException, PatternException {
        Map<String, SourceLoader.Root> roots = new LinkedHashMap<>();
        List<Path> goFiles = new ArrayList<>();
        for (String arg : args) {
            if (arg.endsWith(".go")) {
                Path f = Path.of(arg);
                if (!Files.isRegularFile(f)) {
                    throw new PatternException("stat " + arg + ": no such file or directory");
                }
                goFiles.add(f);
            } else if (arg.equals("std")) {
                for (String p : requireGoRoot().standardPackages()) {
                    roots.putIfAbsent(p, new SourceLoader.Root(p, goroot.directoryOf(p), null, true));
                }
            } else if (isDirectoryArg(arg)) {
                boolean recursive = arg.endsWith("/...") || arg.equals("...");
                Path dir = Path.of(recursive ? arg.substring(0, Math.max(0, arg.length() - 4)) : arg);
                dir = dir.toString().isEmpty() ? Path.of(".") : dir;
                if (!Files.isDirectory(dir)) {
                    throw new PatternException("stat " + dir + ": directory not found");
                }
                for (Path d : recursive ? packageDirs(dir) : List.of(dir)) {
                    String path = importPathOf(d);
                    roots.putIfAbsent(path, new SourceLoader.Root(path, d, null, recursive));
                }
            } else if (arg.endsWith("/...")) {
                String prefix = arg.substring(0, arg.length() - 4);
                int before = roots.size();
                for (String p : requireGoRoot().standardPackages()) {
                    if (p.equals(prefix) || p.startsWith(prefix + "/")) {
                        roots.putIfAbsent(p, new SourceLoader.Root(p, goroot.directoryOf(p), null, true));
                    }
                }
                Path moduleDir = module == null ? null : module.directoryOf(prefix);
                if (moduleDir != null && Files.isDirectory(moduleDir)) {
                    for (Path d : packageDirs(moduleDir)) {
                        String path = importPathOf(d);
                        roots.putIfAbsent(path, new SourceLoader.Root(path, d, null, true));
                    }
                }
                if (roots.size() == before) {
                    throw new PatternException("matched no packages: " + arg);
                }
            } else {
                Path dir = module == null ? null : module.directoryOf(arg);
                if (dir == null && goroot != null) {
                    dir = goroot.directoryOf(arg);
                }
                roots.putIfAbsent(arg, new SourceLoader.Root(arg, dir, null));
            }
        }
        List<SourceLoader.Root> out = new ArrayList<>();
        if (!goFiles.isEmpty()) {
            Path dir = goFiles.getFirst().toAbsolutePath().getParent();
            out.add(new SourceLoader.Root("command-line-arguments", dir, goFiles));
        }
        out.addAll(roots.values());
        return out;
    }

    private GoRoot requireGoRoot() throws PatternException {
        if (goroot == null) {
            throw new PatternException("cannot find the standard library: Go is not installed (set GOROOT)");
        }
        return goroot;
    }

    /**
     * Whether {@code arg} is a file-system path: it starts with {@code .} or {@code /} (go's rule),
     * or it is a relative directory holding .go files that is not a standard package (a
     * convenience go lacks: {@code goloom check mypkg}).
     */
    private boolean isDirectoryArg(String arg) {
        if (arg.equals(".") || arg.equals("..") || arg.equals("...") || arg.startsWith("./") || arg.startsWith("../")
                || arg.startsWith("/")) {
            return true;
        }
        String plain = arg.endsWith("/...") ? arg.substring(0, arg.length() - 4) : arg;
        if (goroot != null && goroot.directoryOf(plain) != null || !Files.isDirectory(Path.of(plain))) {
            return false;
        }
        try (Stream<Path> s = Files.list(Path.of(plain))) {
            return arg.endsWith("/...") || s.anyMatch(f -> f.getFileName().toString().endsWith(".go"));
        } catch (IOException e) {
            return false;
        }
    }

    /** Directories below {@code dir} (itself included) that hold buildable .go files. */
    private static List<Path> packageDirs(Path dir) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path d : walk.filter(Files::isDirectory).sorted().toList()) {
                Path rel = dir.relativize(d);
                boolean skip = false;
                for (Path e : rel) {
                    String n = e.toString();
                    skip |= n.equals("testdata") || n.equals("vendor") || !n.isEmpty() && (n.startsWith(".") || n.startsWith("_"));
                }
                if (skip) {
                    continue;
                }
                try (Stream<Path> files = Files.list(d)) {
                    if (files.anyMatch(f -> BuildConstraints.fileNameMatches(f.getFileName().toString()))) {
                        out.add(d);
                    }
                }
            }
        }
        return out;
    }

    /** The import path of a directory: in the module, below $GOROOT/src, or else "_" + its absolute path (GOPATH's rule). */
    private String importPathOf(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        if (module != null && abs.startsWith(module.root())) {
            Path rel = module.root().relativize(abs);
            return rel.toString().isEmpty() ? module.modulePath() : module.modulePath() + "/" + rel.toString().replace('\\', '/');
        }
        if (goroot != null && abs.startsWith(goroot.src().toAbsolutePath().normalize())) {
            return goroot.src().toAbsolutePath().normalize().relativize(abs).toString().replace('\\', '/');
        }
        return "_" + abs;
    }

    private static final Pattern MODULE_LINE = Pattern.compile("(?m)^\\s*module\\s+\"?([^\\s\"]+)\"?\\s*$");

    /** The module whose go.mod is in {@code dir} or the nearest directory above it, or null. */
    public static ModuleImports findModule(Path dir) throws IOException {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path mod = d.resolve("go.mod");
            if (Files.isRegularFile(mod)) {
                Matcher m = MODULE_LINE.matcher(Files.readString(mod));
                return m.find() ? new ModuleImports(m.group(1), d) : null;
            }
        }
        return null;
    }
}
