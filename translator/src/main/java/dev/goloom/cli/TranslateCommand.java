// goloom translate: write the Java sources of a Go program to a directory, atomically.
package dev.goloom.cli;

import dev.goloom.build.Programs;
import dev.goloom.diag.Diagnostics;
import dev.goloom.emit.JavaSource;
import dev.goloom.emit.OutputTree;
import dev.goloom.loader.PackageLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "translate", description = {
        "Translate Go packages into Java source files under OUTDIR.",
        "Nothing is written unless every package translates: a failed run leaves no partial tree."},
        customSynopsis = "goloom translate package... -o OUTDIR")
final class TranslateCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "package")
    List<Path> packages = new ArrayList<>();

    @Option(names = "-o", required = true, paramLabel = "OUTDIR", description = "directory for the Java sources")
    Path out;

    @Override
    public Integer call() throws Exception {
        Diagnostics diags = new Diagnostics();
        List<JavaSource> all = new ArrayList<>();
        for (Path p : packages) {
            if (!Files.exists(p)) {
                System.err.println("stat " + p + ": no such file or directory");
                return 1;
            }
            List<JavaSource> sources = Programs.translate(PackageLoader.programFiles(List.of(p)),
                    p.toAbsolutePath().normalize().getFileName().toString().replaceAll("\\.go$", ""), diags);
            if (sources == null) {
                System.err.println("# " + p);
                System.err.print(diags.format());
                return 1;
            }
            for (JavaSource s : sources) {
                if (all.stream().anyMatch(o -> o.className().equals(s.className()))) {
                    System.err.println("goloom translate: " + p + ": Java class " + s.className()
                            + " already produced by another package; translate them into separate directories");
                    return 1;
                }
                all.add(s);
            }
        }
        OutputTree.write(out, all);
        System.err.println("goloom: wrote " + all.size() + " Java file" + (all.size() == 1 ? "" : "s") + " to " + out);
        return 0;
    }
}
