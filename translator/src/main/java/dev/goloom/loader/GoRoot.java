// Where the standard library's sources are: $GOROOT/src, its packages and its vendored imports.
package dev.goloom.loader;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Go installation whose {@code src} directory holds the standard library, read in place.
 * Import paths map to {@code src/<path>}; a standard package's import of a path whose first
 * element has a dot ({@code golang.org/x/net/idna}) is the vendored copy
 * {@code vendor/golang.org/x/net/idna}, as the go command resolves it.
 */
public record GoRoot(Path root) {
    /** The source directory of the standard library. */
    public Path src() {
        return root.resolve("src");
    }

    /**
     * The installation: {@code $GOROOT} when set, else what {@code go env GOROOT} says, else
     * null (Go is optional for goloom's users).
     */
    public static GoRoot find() {
        String env = System.getenv("GOROOT");
        if (env != null && !env.isEmpty() && Files.isDirectory(Path.of(env, "src"))) {
            return new GoRoot(Path.of(env));
        }
        try {
            Process p = new ProcessBuilder("go", "env", "GOROOT").redirectErrorStream(false).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
                return null;
            }
            return Files.isDirectory(Path.of(out, "src")) ? new GoRoot(Path.of(out)) : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /**
     * The import path a standard package means by {@code path}: the vendored copy for paths
     * outside the standard library ({@code vendor/golang.org/x/...}), else the path itself.
     */
    public String resolveFromStd(String path) {
        if (StandardLibrary.isStandardPath(path)) {
            return path;
        }
        return "vendor/" + path;
    }

    /** The directory of standard package {@code importPath}, or null when there is none. */
    public Path directoryOf(String importPath) {
        Path dir = src().resolve(importPath);
        return Files.isDirectory(dir) ? dir : null;
    }

    /**
     * Every package of {@code CGO_ENABLED=0 go list std} that has files to check: directories
     * below {@code src} with Go files, without {@code cmd}, {@code testdata} and directories
     * starting with {@code .} or {@code _}; a directory whose files are all excluded for
     * linux/amd64 is dropped by the loader.
     */
    public List<String> standardPackages() throws IOException {
        List<String> out = new ArrayList<>();
        Path src = src();
        try (Stream<Path> walk = Files.walk(src)) {
            for (Path dir : walk.filter(Files::isDirectory).sorted().toList()) {
                if (dir.equals(src)) {
                    continue;
                }
                String rel = src.relativize(dir).toString().replace('\\', '/');
                // builtin is documentation, unsafe is the checker's own, and with cgo off the go
                // command leaves runtime/cgo out of std.
                if (rel.equals("cmd") || rel.startsWith("cmd/") || excludedElement(rel) || rel.equals("builtin")
                        || rel.equals("unsafe") || rel.equals("runtime/cgo")) {
                    continue;
                }
                try (Stream<Path> files = Files.list(dir)) {
                    if (files.anyMatch(f -> BuildConstraints.fileNameMatches(f.getFileName().toString()))) {
                        out.add(rel);
                    }
                }
            }
        }
        return out;
    }

    private static boolean excludedElement(String rel) {
        for (String e : rel.split("/")) {
            if (e.equals("testdata") || e.startsWith(".") || e.startsWith("_")) {
                return true;
            }
        }
        return false;
    }
}
