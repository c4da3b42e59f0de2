// Tests of BuildConstraints.headerConstraint: a file's //go:build line read without parsing the file.
package dev.goloom.loader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.goloom.diag.Diagnostics;
import dev.goloom.syntax.GoFile;
import dev.goloom.syntax.GoSyntax;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class BuildConstraintsTest {
    private static String header(String src) {
        return BuildConstraints.headerConstraint(src.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheFirstBuildLineBeforeThePackageClause() {
        assertEquals("linux && !arm", header("// Copyright\n\n//go:build linux && !arm\n\npackage p\n"));
        assertEquals("a", header("\uFEFF/* block\n//go:build no */\r\n//go:build a\r\n//go:build b\npackage p\n"));
        assertEquals(null, header("package p\n//go:build a\n"));
        assertEquals(null, header("// +build a\n\npackage p\n"));
        assertEquals(null, header("//go:buildx a\npackage p\n"));
        assertEquals(null, header(""));
    }

    /** On real files with many constraints, the header scan and the parsed file agree. */
    @Test
    void agreesWithTheParserOnGoroot() throws Exception {
        GoRoot goroot = GoRoot.find();
        assumeTrue(goroot != null, "Go is not installed: no files to compare on");
        int compared = 0;
        for (String pkg : List.of("syscall", "os", "net", "internal/goexperiment", "internal/syscall/unix", "time")) {
            List<Path> files;
            try (Stream<Path> s = Files.list(goroot.directoryOf(pkg))) {
                files = s.filter(f -> f.toString().endsWith(".go")).sorted().toList();
            }
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                GoFile parsed = GoSyntax.parse(f.toString(), bytes, new Diagnostics());
                if (parsed != null) {
                    assertEquals(parsed.buildConstraint(), BuildConstraints.headerConstraint(bytes), f.toString());
                    compared++;
                }
            }
        }
        assertEquals(true, compared > 300, "compared " + compared + " files");
    }
}
