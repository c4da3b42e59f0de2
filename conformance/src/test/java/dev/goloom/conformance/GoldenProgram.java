// One conformance program: where its Go source is, its inputs, and what real Go did with it.
package dev.goloom.conformance;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A program and its goldens ({@code NAME.stdout}, {@code NAME.stderr}, {@code NAME.exit},
 * recorded by {@code conformance/update-goldens} from real Go), plus optional inputs
 * {@code NAME.args} (one argument per line) and {@code NAME.stdin}.
 */
record GoldenProgram(String name, Path source, Path goldenPrefix) implements ConformanceCase {

    /** Programs run for at most this long (Go's goldens were recorded with 10 s). */
    static final int TIMEOUT_SECONDS = 30;

    @Override
    public ProgramRunner.Spec spec() throws IOException {
        return new ProgramRunner.Spec(source, args(), stdin(), false, TIMEOUT_SECONDS, null);
    }

    @Override
    public Verdict judge(ProgramRunner.Outcome.Ran run) throws IOException {
        return Verdict.compare(expectedStdout(), new String(expectedStderr(), java.nio.charset.StandardCharsets.ISO_8859_1),
                expectedExit(), run);
    }

    List<String> args() throws IOException {
        Path p = sibling(".args");
        return Files.exists(p) ? Files.readAllLines(p) : List.of();
    }

    Path stdin() {
        Path p = sibling(".stdin");
        return Files.exists(p) ? p : null;
    }

    byte[] expectedStdout() throws IOException {
        return Files.readAllBytes(sibling(".stdout"));
    }

    byte[] expectedStderr() throws IOException {
        return Files.readAllBytes(sibling(".stderr"));
    }

    int expectedExit() throws IOException {
        return Integer.parseInt(Files.readString(sibling(".exit")).strip());
    }

    private Path sibling(String ext) {
        return goldenPrefix.resolveSibling(goldenPrefix.getFileName() + ext);
    }

    /**
     * The programs of a corpus folder: {@code AREA/NAME.go} files and {@code AREA/NAME/}
     * directories with a go.mod, named {@code AREA/NAME}.
     */
    static List<GoldenProgram> corpus(Path root) throws IOException {
        List<GoldenProgram> out = new ArrayList<>();
        try (Stream<Path> areas = Files.list(root)) {
            for (Path area : areas.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> entries = Files.list(area)) {
                    for (Path p : entries.sorted().toList()) {
                        String file = p.getFileName().toString();
                        String name = area.getFileName() + "/" + file.replaceAll("\\.go$", "");
                        if (file.endsWith(".go") && Files.isRegularFile(p)) {
                            out.add(new GoldenProgram(name, p, area.resolve(file.replaceAll("\\.go$", ""))));
                        } else if (Files.isDirectory(p) && Files.exists(p.resolve("go.mod"))) {
                            out.add(new GoldenProgram(name, p, p));
                        }
                    }
                }
            }
        }
        return out;
    }
}
