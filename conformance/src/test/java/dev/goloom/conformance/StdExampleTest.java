// Tests of how one example's output is cut from its program's stdout and judged as go test does.
package dev.goloom.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StdExampleTest {
    private static StdExample example(String function, String output, boolean unordered) {
        return new StdExample("pkg/" + function, Path.of("prog"), Path.of("."),
                new GoExamples.Example(function, output, unordered));
    }

    private static ProgramRunner.Outcome.Ran ran(int exit, String stdout, String stderr) {
        return new ProgramRunner.Outcome.Ran(exit, stdout.getBytes(StandardCharsets.ISO_8859_1), stderr);
    }

    private static final String RUN = "\n" + ExampleProgram.MARKER + "run: ";

    @Test
    void comparesTrimmedOutputOfItsOwnSection() {
        var run = ran(0, RUN + "ExampleA\n  a\nb \n" + RUN + "ExampleB\nno newline", "");
        assertNull(example("ExampleA", "a\nb\n", false).judge(run));
        assertNull(example("ExampleB", "no newline\n", false).judge(run));
        assertEquals(new Verdict("stdout", "stdout differs: line 1: want \"x\", got \"no newline\""),
                example("ExampleB", "x\n", false).judge(run));
    }

    @Test
    void unorderedOutputComparesSortedLines() {
        var run = ran(0, RUN + "ExampleU\nb\na\nc\n", "");
        assertNull(example("ExampleU", "a\nb\nc\n", true).judge(run));
        assertEquals("stdout", example("ExampleU", "a\nb\nc\n", false).judge(run).category());
    }

    @Test
    void panicsAndStopsFail() {
        var run = ran(1, RUN + "ExampleP\nx\n\n" + ExampleProgram.MARKER + "panicked: boom\n" + RUN + "ExampleX\nout\n",
                "2026/01/01 00:00:00 fatal\n");
        assertEquals(new Verdict("panic", "panicked: boom"), example("ExampleP", "x\n", false).judge(run));
        assertEquals(new Verdict("exit", "stopped the program (exit status 1: 2026/01/01 00:00:00 fatal)"),
                example("ExampleX", "out\n", false).judge(run));
        assertEquals(new Verdict("exit", "not run: the program stopped before it (exit status 1: 2026/01/01 00:00:00 fatal)"),
                example("ExampleY", "", false).judge(run));
    }

    @Test
    void trimSpaceTrimsUnicodeSpacesInUtf8() {
        // U+00A0 (C2 A0) and U+3000 (E3 80 80) are spaces to Go; the A0 inside "à" (C3 A0) is not.
        assertEquals("x", StdExample.trimSpace("\u00c2\u00a0 x\t\u00e3\u0080\u0080\n"));
        assertEquals("\u00c3\u00a0", StdExample.trimSpace("\u00c3\u00a0\n"));
    }
}
