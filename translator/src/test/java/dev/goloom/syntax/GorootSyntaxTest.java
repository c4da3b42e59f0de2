// Every .go file of $GOROOT/src and $GOROOT/test is accepted exactly when gofmt -e accepts it,
// and printing then re-parsing gives an equal tree. Skipped, with a message, without Go.
package dev.goloom.syntax;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.diag.Diagnostics;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class GorootSyntaxTest {
    private static final Pattern GOFMT_ERROR = Pattern.compile("^(.*?\\.go):\\d+:\\d+: ", Pattern.MULTILINE);

    @TestFactory
    Stream<DynamicTest> gorootFiles() {
        Path goroot = goroot();
        if (goroot == null) {
            System.out.println("GorootSyntaxTest: SKIPPED: Go is not installed (no `go env GOROOT`)");
        }
        Assumptions.assumeTrue(goroot != null, "Go is not installed");
        return Stream.of("src", "test").map(dir -> DynamicTest.dynamicTest("$GOROOT/" + dir,
                () -> check(goroot.resolve(dir))));
    }

    /**
     * The round trip over $GOROOT/src takes minutes, so by default it covers $GOROOT/test
     * only; {@code -Dgoloom.roundtrip=all} runs it over $GOROOT/src too.
     */
    private static void check(Path root) throws Exception {
        boolean roundTrip = root.endsWith("test") || "all".equals(System.getProperty("goloom.roundtrip"));
        Set<String> gofmtRejects = gofmtRejects(root);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(p -> p.toString().endsWith(".go") && Files.isRegularFile(p)).sorted().toList();
        }
        List<String> problems = Collections.synchronizedList(new ArrayList<>());
        files.parallelStream().forEach(f -> {
            try {
                byte[] src = Files.readAllBytes(f);
                Diagnostics d = new Diagnostics();
                GoFile ast = GoSyntax.parse(f.toString(), src, d);
                boolean gofmtAccepts = !gofmtRejects.contains(f.toString());
                if ((ast != null) != gofmtAccepts) {
                    // gofmt's batch report names files as //line directives say: ask it about this file alone.
                    gofmtAccepts = gofmtAccepts(f);
                }
                if ((ast != null) != gofmtAccepts) {
                    problems.add(f + ": goloom " + (ast != null ? "accepts" : "rejects: " + d.format().strip())
                            + ", gofmt " + (gofmtAccepts ? "accepts" : "rejects"));
                    return;
                }
                if (ast == null || !roundTrip) {
                    return;
                }
                String printed = GoSourcePrinter.print(ast);
                Diagnostics d2 = new Diagnostics();
                GoFile again = GoSyntax.parse(f.toString(), printed.getBytes(StandardCharsets.UTF_8), d2);
                if (again == null) {
                    problems.add(f + ": printed source does not parse: " + d2.format().strip());
                    return;
                }
                String diff = AstEquality.difference(ast, again, "file");
                if (diff != null) {
                    problems.add(f + ": round trip differs at " + diff);
                }
            } catch (IOException | RuntimeException e) {
                problems.add(f + ": " + e);
            }
        });
        Collections.sort(problems);
        System.out.println("GorootSyntaxTest " + root + ": " + files.size() + " files, " + gofmtRejects.size()
                + " rejected by gofmt, " + problems.size() + " problems");
        assertTrue(problems.isEmpty(), problems.size() + " problems:\n" + String.join("\n", problems.subList(0,
                Math.min(30, problems.size()))));
    }

    /** The files gofmt -e reports syntax errors for. */
    private static Set<String> gofmtRejects(Path root) throws IOException, InterruptedException {
        Process p = new ProcessBuilder("gofmt", "-l", "-e", root.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        p.waitFor(5, TimeUnit.MINUTES);
        Set<String> out = new TreeSet<>();
        Matcher m = GOFMT_ERROR.matcher(err);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    private static boolean gofmtAccepts(Path file) throws IOException {
        try {
            Process p = new ProcessBuilder("gofmt", "-e", file.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor() == 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static Path goroot() {
        try {
            Process p = new ProcessBuilder("go", "env", "GOROOT").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).strip();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0 && Files.isDirectory(Path.of(out, "src"))
                    ? Path.of(out) : null;
        } catch (IOException | InterruptedException e) {
            return null;
        }
    }
}
