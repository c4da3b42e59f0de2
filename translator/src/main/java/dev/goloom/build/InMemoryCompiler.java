// Compiles generated Java sources in memory with the JDK's compiler (javax.tools).
package dev.goloom.build;

import dev.goloom.emit.JavaSource;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles generated sources against goloom's runtime and shims (the class path of the
 * running JVM: goloom.jar, or the module class path in tests) and returns class files by
 * binary name. Generated Java that fails to compile is a goloom bug: {@link GeneratedJavaError}.
 */
public final class InMemoryCompiler {
    private InMemoryCompiler() {}

    /** The generated Java did not compile: never the user's fault. */
    public static final class GeneratedJavaError extends Exception {
        public GeneratedJavaError(String message) {
            super(message);
        }
    }

    /** The outcome of compiling many sources together: class files, and the errors of each failed source. */
    public record Batch(Map<String, byte[]> classes, Map<String, String> errorsByClass) {}

    /**
     * Compiles {@code sources} in one javac task. javac writes no class file when any source has
     * an error, so the sources with errors are reported and the rest compiled again without them.
     */
    public static Batch compileBatch(List<JavaSource> sources) {
        return compileBatch(sources, JavaSource::className);
    }

    /**
     * Like {@link #compileBatch(List)}, where sources of the same {@code group} (one program)
     * are dropped together: the errors then are those of the program's own sources, not the
     * consequences of a sibling's removal.
     */
    public static Batch compileBatch(List<JavaSource> sources, java.util.function.Function<JavaSource, String> group) {
        Map<String, String> errors = new TreeMap<>();
        List<JavaSource> remaining = new ArrayList<>(sources);
        while (!remaining.isEmpty()) {
            Map<String, String> failed = new TreeMap<>();
            Map<String, byte[]> classes = run(remaining, failed);
            if (classes != null) {
                return new Batch(classes, errors);
            }
            if (failed.isEmpty()) {
                // javac failed without naming a source: give up on all of them.
                remaining.forEach(s -> errors.put(s.className(), "javac failed"));
                return new Batch(Map.of(), errors);
            }
            errors.putAll(failed);
            java.util.Set<String> failedGroups = new java.util.HashSet<>();
            remaining.stream().filter(s -> failed.containsKey(s.className())).forEach(s -> failedGroups.add(group.apply(s)));
            remaining.removeIf(s -> failedGroups.contains(group.apply(s)));
        }
        return new Batch(Map.of(), errors);
    }

    public static Map<String, byte[]> compile(List<JavaSource> sources) throws GeneratedJavaError {
        Map<String, String> failed = new TreeMap<>();
        Map<String, byte[]> classes = run(sources, failed);
        if (classes == null) {
            StringBuilder sb = new StringBuilder("the generated Java does not compile (a goloom bug):");
            failed.forEach((cls, msg) -> sb.append("\n  ").append(msg));
            throw new GeneratedJavaError(sb.toString());
        }
        return classes;
    }

    /** One javac task; null on errors, which are recorded by the class name of their source. */
    private static Map<String, byte[]> run(List<JavaSource> sources, Map<String, String> failed) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new IllegalStateException("no Java compiler in this runtime: run goloom on a JDK 25+, not a JRE");
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        Map<String, ByteArrayOutputStream> classes = new TreeMap<>();
        StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, Locale.ROOT, null);
        JavaFileManager manager = new ForwardingJavaFileManager<>(standard) {
            @Override
            public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
                                                       FileObject sibling) {
                return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
                    @Override
                    public OutputStream openOutputStream() {
                        ByteArrayOutputStream out = new ByteArrayOutputStream();
                        classes.put(className, out);
                        return out;
                    }
                };
            }
        };
        List<JavaFileObject> units = new ArrayList<>();
        Map<String, String> classOfUri = new java.util.HashMap<>();
        for (JavaSource s : sources) {
            classOfUri.put(URI.create("mem:///" + s.relativePath()).toString(), s.className());
            units.add(new SimpleJavaFileObject(URI.create("mem:///" + s.relativePath()), JavaFileObject.Kind.SOURCE) {
                @Override
                public CharSequence getCharContent(boolean ignoreEncodingErrors) {
                    return s.text();
                }
            });
        }
        List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none",
                "-implicit:none", "-nowarn", "-Xlint:none", "-g:source,lines");
        boolean ok = javac.getTask(null, manager, diagnostics, options, null, units).call();
        if (!ok) {
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    String cls = d.getSource() == null ? "" : classOfUri.getOrDefault(d.getSource().toUri().toString(), "");
                    String file = d.getSource() == null ? "" : d.getSource().toUri().getPath().replaceFirst("^/", "");
                    failed.putIfAbsent(cls, file + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT));
                }
            }
            return null;
        }
        Map<String, byte[]> out = new TreeMap<>();
        classes.forEach((name, bytes) -> out.put(name, bytes.toByteArray()));
        return out;
    }
}
