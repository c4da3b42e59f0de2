// goloom:translate-tests — translates Go packages with their *_test.go files, and a JUnit class per package, for Surefire.
package dev.goloom.maven;

import dev.goloom.diag.Diagnostics;
import dev.goloom.emit.JavaSource;
import dev.goloom.emit.OutputTree;
import dev.goloom.syntax.GoFile;
import dev.goloom.syntax.GoSyntax;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * For every package of the Go module that has {@code *_test.go} files, translates the package
 * together with its test files (as go test compiles it) into {@code outputDirectory}, a test
 * source root, plus a JUnit 5 class that runs each {@code func TestXxx(t *testing.T)}
 * ({@link JUnitClass}). On the test class path these classes come before the main ones, so the
 * package's class there is the one that also holds the tests.
 *
 * <p>Supported: tests in the package itself. External test packages ({@code package x_test}),
 * benchmarks, examples, fuzz tests and TestMain are not; external test packages fail the
 * build with their position. Incremental like {@code translate}.
 */
@Mojo(name = "translate-tests", defaultPhase = LifecyclePhase.GENERATE_TEST_SOURCES, threadSafe = true)
public class TranslateTestsMojo extends AbstractMojo {
    @Parameter(defaultValue = "${project.basedir}/src/main/go", property = "goloom.sourceDirectory")
    File sourceDirectory;

    /** Where the translated packages and JUnit classes go; replaced on each translation. */
    @Parameter(defaultValue = "${project.build.directory}/generated-test-sources/goloom", property = "goloom.testOutputDirectory")
    File outputDirectory;

    /** As for {@code translate}: the Java package of the module's root package. */
    @Parameter(property = "goloom.javaPackage", defaultValue = "")
    String javaPackage = "";

    /** Skips the goal (also skipped with {@code -Dmaven.test.skip=true}). */
    @Parameter(property = "goloom.skipTests", defaultValue = "false")
    boolean skip;

    @Parameter(property = "maven.test.skip", defaultValue = "false")
    boolean mavenTestSkip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip || mavenTestSkip) {
            getLog().info("goloom: Go tests skipped");
            return;
        }
        Path root = sourceDirectory.toPath();
        if (!Files.isDirectory(root)) {
            return;
        }
        Path out = outputDirectory.toPath();
        try {
            Path record = Path.of(project.getBuild().getDirectory(), "goloom", "translate-tests.sha256");
            String fingerprint = Fingerprint.of(root, List.of("translate-tests", javaPackage == null ? "" : javaPackage));
            if (Fingerprint.upToDate(record, out, fingerprint)) {
                getLog().info("goloom: Go tests are up to date (no Go file changed)");
            } else {
                GoModule module = GoModule.read(root, javaPackage);
                List<GoModule.PackageDir> dirs = module.packages();
                List<JavaSource> sources = new ArrayList<>();
                int tests = 0;
                if (dirs.stream().anyMatch(d -> !d.testFiles().isEmpty())) {
                    for (GoModule.PackageDir dir : dirs) {
                        rejectExternalTestPackages(dir);
                    }
                    // The whole module in one program, each package with its test files.
                    GoTranslation.Translated t = GoTranslation.translate(module, dirs, true, getLog());
                    sources.addAll(t.all());
                    List<String> taken = sources.stream().map(JavaSource::className).toList();
                    for (GoModule.PackageDir dir : dirs) {
                        if (dir.testFiles().isEmpty()) {
                            continue;
                        }
                        Diagnostics diags = new Diagnostics();
                        List<String> names = GoTestFunctions.find(t.packages().get(dir.importPath()).files(), diags);
                        if (diags.hasErrors()) {
                            throw GoTranslation.failure(dir.importPath(), diags, getLog());
                        }
                        if (!names.isEmpty()) {
                            // A package's class is the last of its sources.
                            String packageClass = t.sources().get(dir.importPath()).getLast().className();
                            sources.add(JUnitClass.of(dir.importPath(), packageClass, names, taken));
                            tests += names.size();
                        }
                    }
                }
                OutputTree.write(out, sources);
                Fingerprint.record(record, fingerprint);
                getLog().info("goloom: translated " + tests + " Go test" + (tests == 1 ? "" : "s") + " into " + out);
            }
        } catch (IOException e) {
            throw new MojoExecutionException("goloom: " + e.getMessage(), e);
        }
        project.addTestCompileSourceRoot(out.toString());
        TranslateMojo.addOpensToArgLine(project);
    }

    /** {@code package x_test} files: go test builds them as a package of their own; goloom does not yet. */
    private void rejectExternalTestPackages(GoModule.PackageDir dir) throws IOException, MojoFailureException {
        Diagnostics diags = new Diagnostics();
        for (Path f : dir.testFiles()) {
            GoFile file = GoSyntax.parse(dev.goloom.loader.PackageLoader.displayPath(f), Files.readAllBytes(f), diags);
            if (file != null && file.pkgName().name().endsWith("_test")) {
                diags.unsupported(file.pkgName().pos(), "external test package " + file.pkgName().name()
                        + " (goloom runs tests written in the package itself)");
            }
        }
        if (diags.hasErrors()) {
            throw GoTranslation.failure(dir.importPath(), diags, getLog());
        }
    }
}
