// Tests that the scoreboard reports the std-examples suite per package (names with slashes in them).
package dev.goloom.conformance;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ScoreboardTest {
    @Test
    void reportsStdExamplesPerPackage(@TempDir Path repo) throws Exception {
        Path target = Files.createDirectories(repo.resolve("conformance/target"));
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            rows.append("unicode/utf8/Example").append(i).append("\tpass\t\n");
            rows.append("strings/Example").append(i).append(i < 3 ? "\tpass\t\n" : "\tstdout\tstdout differs: line 1\n");
        }
        Files.writeString(target.resolve("stdexamples-results.tsv"), rows);
        Scoreboard.write(repo);
        String md = Files.readString(repo.resolve("conformance/SCOREBOARD.md"));
        assertTrue(md.contains("`// Output:` comments) by package"), md);
        assertTrue(md.contains("| unicode/utf8 | 6 | 0 | 6 | 100.0% |"), md);
        assertTrue(md.contains("| strings | 3 | 3 | 6 | 50.0% |"), md);
        assertTrue(md.contains("| 3 | stdout | stdout differs |"), md);
    }
}
