// goloom:translate — translates the Go module under src/main/go into Java sources during generate-sources.
package dev.goloom.maven;

import dev.goloom.build.Version;
import dev.goloom.emit.JavaSource;
import dev.goloom.emit.OutputTree;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.model.Dependency;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Translates every package of the Go module in {@code sourceDirectory} (its {@code go.mod}
 * gives the import paths; {@code *_test.go} files are left to {@code translate-tests}) into
 * Java under {@code outputDirectory}, which becomes a compile source root.
 *
 * <p>Incremental: nothing is translated when no file under {@code sourceDirectory} changed
 * ({@link Fingerprint}); otherwise the output directory is replaced as a whole
 * ({@link OutputTree}), so outputs of deleted Go files disappear. Only the output directory
 * is written; {@code src/main/java} is never touched.
 *
 * <p>Also appends the JVM flag the runtime's scheduler needs to the {@code argLine} property
 * that Surefire reads, unless {@code addOpensToArgLine} is false.
 */
@Mojo(name = "translate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class TranslateMojo extends AbstractMojo {
    /** The JVM flag that lets the runtime run goroutines on its own carrier threads. */
    static final String ADD_OPENS = "--add-opens java.base/java.lang=ALL-UNNAMED";

    /** The Go module: a directory with go.mod. */
    @Parameter(defaultValue = "${project.basedir}/src/main/go", property = "goloom.sourceDirectory")
    File sourceDirectory;

    /** Where the Java sources go; goloom owns this directory and replaces it on each translation. */
    @Parameter(defaultValue = "${project.build.directory}/generated-sources/goloom", property = "goloom.outputDirectory")
    File outputDirectory;

    /**
     * The Java package of the module's root package; sub-packages go below it. Empty: derived
     * from the module path ({@code example.com/shapes} → {@code com.example.shapes}).
     */
    @Parameter(property = "goloom.javaPackage", defaultValue = "")
    String javaPackage = "";

    /** Whether to add {@value #ADD_OPENS} to the {@code argLine} property (Surefire's JVM flags). */
    @Parameter(property = "goloom.addOpensToArgLine", defaultValue = "true")
    boolean addOpensToArgLine = true;

    /** Skips the goal. */
    @Parameter(property = "goloom.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("goloom: skipped");
            return;
        }
        Path root = sourceDirectory.toPath();
        if (!Files.isDirectory(root)) {
            getLog().info("goloom: no Go sources in " + root);
            return;
        }
        Path out = outputDirectory.toPath();
        try {
            Path record = Path.of(project.getBuild().getDirectory(), "goloom", "translate.sha256");
            String fingerprint = Fingerprint.of(root, List.of("translate", javaPackage == null ? "" : javaPackage));
            if (Fingerprint.upToDate(record, out, fingerprint)) {
                getLog().info("goloom: Java sources are up to date (no Go file changed)");
            } else {
                GoModule module = GoModule.read(root, javaPackage);
                // Directories with only test files are translate-tests' business.
                List<GoModule.PackageDir> dirs = module.packages().stream().filter(d -> !d.files().isEmpty()).toList();
                int packages = dirs.size();
                List<JavaSource> sources = dirs.isEmpty() ? List.of()
                        : GoTranslation.translate(module, dirs, false, getLog()).all();
                OutputTree.write(out, sources);
                Fingerprint.record(record, fingerprint);
                getLog().info("goloom: translated " + packages + " Go package" + (packages == 1 ? "" : "s") + " into "
                        + sources.size() + " Java file" + (sources.size() == 1 ? "" : "s") + " in " + out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("goloom: " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(out.toString());
        if (addOpensToArgLine) {
            addOpensToArgLine(project);
        }
        warnWithoutRuntime();
    }

    /** Appends {@value #ADD_OPENS} to the {@code argLine} project property once (as JaCoCo's agent does). */
    static void addOpensToArgLine(MavenProject project) {
        String argLine = project.getProperties().getProperty("argLine", "").strip();
        if (!argLine.contains("java.base/java.lang=ALL-UNNAMED")) {
            project.getProperties().setProperty("argLine", (argLine + " " + ADD_OPENS).strip());
        }
    }

    /** Translated code needs goloom-stdlib (which brings goloom-runtime) on the class path. */
    private void warnWithoutRuntime() {
        boolean declared = project.getDependencies().stream()
                .anyMatch((Dependency d) -> d.getGroupId().equals("dev.goloom")
                        && (d.getArtifactId().equals("goloom-stdlib") || d.getArtifactId().equals("goloom-runtime")));
        if (!declared) {
            getLog().warn("goloom: translated code needs the dependency dev.goloom:goloom-stdlib:" + Version.version()
                    + " (it brings goloom-runtime); add it to <dependencies> (see goloom's README, Maven quick start)");
        }
    }
}
