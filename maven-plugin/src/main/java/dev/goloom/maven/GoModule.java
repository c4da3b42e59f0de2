// A Go module on disk as the Maven plugin sees it: go.mod's module path and the package directories below it.
package dev.goloom.maven;

import dev.goloom.loader.BuildConstraints;
import dev.goloom.lower.JavaNames;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The Go module under {@code root}. {@code javaPackage} is the Java package its root maps to
 * (the module path {@code example.com/shapes} maps to {@code com.example.shapes} unless the
 * build configures another); a package in {@code root/a/b} maps to {@code javaPackage.a.b}.
 */
record GoModule(Path root, String modulePath, String javaPackage) {

    /** One directory of Go files: its package files and its test files ({@code *_test.go}). */
    record PackageDir(Path dir, String importPath, String javaPackage, List<Path> files, List<Path> testFiles) {}

    /**
     * Reads {@code root/go.mod}. {@code configuredJavaPackage} (empty for the default mapping)
     * replaces the Java package of the module path.
     */
    static GoModule read(Path root, String configuredJavaPackage) throws IOException {
        Path goMod = root.resolve("go.mod");
        if (!Files.isRegularFile(goMod)) {
            throw new IOException(goMod + ": no go.mod (the Go sources must be a module: go mod init MODULE-PATH)");
        }
        String module = null;
        for (String line : Files.readAllLines(goMod)) {
            String t = line.strip();
            if (t.startsWith("module ") || t.startsWith("module\t")) {
                module = t.substring("module".length()).strip().replace("\"", "");
                int comment = module.indexOf("//");
                module = (comment >= 0 ? module.substring(0, comment) : module).strip();
                break;
            }
        }
        if (module == null || module.isEmpty()) {
            throw new IOException(goMod + ": no module directive");
        }
        String javaPackage = configuredJavaPackage == null || configuredJavaPackage.isBlank()
                ? JavaNames.javaPackage(module, lastElement(module), false) : configuredJavaPackage.strip();
        if (!javax.lang.model.SourceVersion.isName(javaPackage)) {
            throw new IOException("javaPackage \"" + javaPackage + "\" is not a Java package name");
        }
        return new GoModule(root, module, javaPackage);
    }

    /** A directory name as a Java package name segment: {@code my-lib} → {@code my_lib}. */
    static String javaSegment(String dirName) {
        String cleaned = dirName.replaceAll("[^A-Za-z0-9_]", "_").toLowerCase(java.util.Locale.ROOT);
        if (cleaned.isEmpty() || Character.isDigit(cleaned.charAt(0))) {
            cleaned = "_" + cleaned;
        }
        return JavaNames.identifier(cleaned);
    }

    private static String lastElement(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /**
     * The package directories, sorted, as go list ./... finds them: directories named
     * {@code testdata}, {@code vendor} or starting with {@code .} or {@code _} are skipped, and
     * so are nested modules (directories with a go.mod of their own).
     */
    List<PackageDir> packages() throws IOException {
        List<PackageDir> out = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) throws IOException {
                String name = dir.getFileName().toString();
                if (!dir.equals(root) && (name.equals("testdata") || name.equals("vendor") || name.startsWith(".")
                        || name.startsWith("_") || Files.exists(dir.resolve("go.mod")))) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                PackageDir pkg = packageIn(dir);
                if (pkg != null) {
                    out.add(pkg);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort((a, b) -> a.dir().compareTo(b.dir()));
        return out;
    }

    private PackageDir packageIn(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> tests = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.sorted().toList()) {
                String name = f.getFileName().toString();
                if (!Files.isRegularFile(f)) {
                    continue;
                }
                if (BuildConstraints.fileNameMatches(name)) {
                    files.add(f);
                } else if (name.endsWith("_test.go")
                        && BuildConstraints.fileNameMatches(name.substring(0, name.length() - "_test.go".length()) + ".go")) {
                    tests.add(f);
                }
            }
        }
        if (files.isEmpty() && tests.isEmpty()) {
            return null;
        }
        String rel = root.relativize(dir).toString().replace(dir.getFileSystem().getSeparator(), "/");
        String importPath = rel.isEmpty() ? modulePath : modulePath + "/" + rel;
        return new PackageDir(dir, importPath, javaPackageOf(importPath), files, tests);
    }

    /** The Java package of {@code importPath}, a package of this module. */
    String javaPackageOf(String importPath) {
        String rel = importPath.equals(modulePath) ? "" : importPath.substring(modulePath.length() + 1);
        String pkgJava = javaPackage;
        for (String segment : rel.isEmpty() ? new String[0] : rel.split("/")) {
            pkgJava += "." + javaSegment(segment);
        }
        return pkgJava;
    }
}
