// goloom:translate — translates the Go packages under src/main/go into Java sources during generate-sources.
package dev.goloom.maven;

import dev.goloom.build.Programs;
import dev.goloom.diag.Diagnostics;
import dev.goloom.emit.JavaSource;
import dev.goloom.emit.OutputTree;
import dev.goloom.loader.PackageLoader;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * Translates every Go package below {@code sourceDirectory} (a Go module: its {@code go.mod}
 * gives the import paths) into Java under {@code outputDirectory}, which becomes a compile
 * source root. Go errors fail the build with {@code file:line:col: message}.
 */
@Mojo(name = "translate", defaultPhase = LifecyclePhase.GENERATE_SOURCES, threadSafe = true)
public class TranslateMojo extends AbstractMojo {

    @Parameter(defaultValue = "${project.basedir}/src/main/go", property = "goloom.sourceDirectory")
    File sourceDirectory;

    @Parameter(defaultValue = "${project.build.directory}/generated-sources/goloom", property = "goloom.outputDirectory")
    File outputDirectory;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path root = sourceDirectory.toPath();
        if (!Files.isDirectory(root)) {
            getLog().info("No Go sources in " + root);
            return;
        }
        try {
            String module = modulePath(root);
            Diagnostics diags = new Diagnostics();
            List<JavaSource> sources = new ArrayList<>();
            for (Path dir : packageDirectories(root)) {
                String rel = root.relativize(dir).toString().replace(File.separatorChar, '/');
                String importPath = rel.isEmpty() ? module : module + "/" + rel;
                List<JavaSource> translated = Programs.translateLibrary(PackageLoader.programFiles(List.of(dir)),
                        importPath, diags);
                if (translated == null) {
                    throw new MojoFailureException("Go errors in package " + importPath + ":\n" + diags.format().stripTrailing());
                }
                sources.addAll(translated);
            }
            OutputTree.write(outputDirectory.toPath(), sources);
            getLog().info("goloom: translated " + sources.size() + " Go package" + (sources.size() == 1 ? "" : "s")
                    + " into " + outputDirectory);
        } catch (IOException e) {
            throw new MojoExecutionException("goloom: " + e.getMessage(), e);
        }
        project.addCompileSourceRoot(outputDirectory.getPath());
    }

    /** The module path from go.mod's module directive, or "main" without a go.mod. */
    static String modulePath(Path root) throws IOException {
        Path goMod = root.resolve("go.mod");
        if (!Files.exists(goMod)) {
            return "main";
        }
        for (String line : Files.readAllLines(goMod)) {
            String t = line.strip();
            if (t.startsWith("module ")) {
                return t.substring("module ".length()).strip().replace("\"", "");
            }
        }
        throw new IOException(goMod + ": no module directive");
    }

    private static List<Path> packageDirectories(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isDirectory).filter(d -> {
                try (Stream<Path> files = Files.list(d)) {
                    return files.anyMatch(f -> f.toString().endsWith(".go") && !f.toString().endsWith("_test.go"));
                } catch (IOException e) {
                    return false;
                }
            }).sorted().toList();
        }
    }
}
