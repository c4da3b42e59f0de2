// goloom run: translate, compile in memory and run a Go program, like go run.
package dev.goloom.cli;

import dev.goloom.build.BuildCache;
import dev.goloom.build.InMemoryCompiler;
import dev.goloom.build.Programs;
import dev.goloom.diag.Diagnostics;
import dev.goloom.loader.PackageLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "run", description = {
        "Compile and run the named main Go package.",
        "The package is a list of .go files from a single directory, or a directory.",
        "Arguments after it are passed to the program; its exit status is goloom's."},
        customSynopsis = "goloom run [build flags] package [arguments...]")
final class RunCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "package [arguments...]")
    List<String> args = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        List<Path> pkgArgs = new ArrayList<>();
        int i = 0;
        if (!args.isEmpty() && Files.isDirectory(Path.of(args.getFirst()))) {
            pkgArgs.add(Path.of(args.getFirst()));
            i = 1;
        } else {
            while (i < args.size() && args.get(i).endsWith(".go")) {
                pkgArgs.add(Path.of(args.get(i++)));
            }
        }
        if (pkgArgs.isEmpty()) {
            System.err.println("goloom run: no go files listed");
            return Main.USAGE;
        }
        for (Path p : pkgArgs) {
            if (!Files.exists(p)) {
                System.err.println("stat " + p + ": no such file or directory");
                return 1;
            }
        }
        List<Path> files = PackageLoader.programFiles(pkgArgs);
        if (files.isEmpty()) {
            System.err.println("no Go files in " + pkgArgs.getFirst().toAbsolutePath().normalize());
            return 1;
        }
        Diagnostics diags = new Diagnostics();
        String name = programName(pkgArgs);
        BuildCache.Entry program;
        try {
            program = Programs.build(files, name, diags, BuildCache.fromEnvironment());
        } catch (InMemoryCompiler.GeneratedJavaError e) {
            System.err.println("goloom: internal error: " + e.getMessage());
            return 3;
        }
        if (program == null) {
            // go prints "not a main package" alone; errors in the package under a "# pkg" header.
            if (!diags.format().startsWith("package ")) {
                System.err.println("# " + Programs.COMMAND_LINE_PACKAGE);
            }
            System.err.print(diags.format());
            return 1;
        }
        Programs.run(program, args.subList(i, args.size()).toArray(String[]::new));
        return 0;
    }

    /** os.Args[0]: the name go build would give the binary. */
    private static String programName(List<Path> pkgArgs) {
        Path first = pkgArgs.getFirst().toAbsolutePath().normalize();
        String n = Files.isDirectory(first) ? first.getFileName().toString() : first.getFileName().toString().replaceAll("\\.go$", "");
        return n;
    }
}
