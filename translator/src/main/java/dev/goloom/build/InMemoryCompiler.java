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

    public static Map<String, byte[]> compile(List<JavaSource> sources) throws GeneratedJavaError {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new GeneratedJavaError("no Java compiler in this runtime: run goloom on a JDK 25+, not a JRE");
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
        for (JavaSource s : sources) {
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
            StringBuilder sb = new StringBuilder("the generated Java does not compile (a goloom bug):");
            for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
                if (d.getKind() == Diagnostic.Kind.ERROR) {
                    sb.append("\n  ").append(d.getSource() == null ? "" : d.getSource().getName().replace("/", "") + ":")
                            .append(d.getLineNumber()).append(": ").append(d.getMessage(Locale.ROOT));
                }
            }
            throw new GeneratedJavaError(sb.toString());
        }
        Map<String, byte[]> out = new TreeMap<>();
        classes.forEach((name, bytes) -> out.put(name, bytes.toByteArray()));
        return out;
    }
}
