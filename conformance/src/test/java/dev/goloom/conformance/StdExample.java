// One Example function of the standard library, judged against its output comment as go test does.
package dev.goloom.conformance;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A case of the std-examples suite, named {@code PKG/ExampleXxx}. All examples of one test file
 * share one program (equal {@link #spec()}s), which the suite translates, compiles and runs
 * once; each case judges its own section of the program's stdout. Like go test
 * (testing/example.go) it compares output and comment with surrounding white space trimmed,
 * as sorted lines for {@code Unordered output}; an example that panics, or that stops the
 * program, fails whatever it printed. Stderr is not compared (go test does not capture it).
 *
 * @param name      {@code PKG/FUNCTION}, the name in reports and the known-failures list
 * @param program   the generated program directory ({@link ExampleProgram}) holding this example
 * @param workDir   the directory the program runs in: the package's source directory, as under go test
 * @param example   the function and its expected output
 */
record StdExample(String name, Path program, Path workDir, GoExamples.Example example) implements ConformanceCase {

    /** A whole file's examples run within this many seconds. */
    static final int TIMEOUT_SECONDS = 30;

    @Override
    public ProgramRunner.Spec spec() {
        return new ProgramRunner.Spec(program, List.of(), null, false, TIMEOUT_SECONDS, workDir);
    }

    @Override
    public Verdict judge(ProgramRunner.Outcome.Ran run) {
        String stdout = new String(run.stdout(), StandardCharsets.ISO_8859_1);
        var section = ExampleProgram.section(stdout, example.function());
        if (section.isEmpty()) {
            return new Verdict("exit", "not run: the program stopped before it (" + stopped(run) + ")");
        }
        if (section.get().panic() != null) {
            return new Verdict("panic", "panicked: " + section.get().panic());
        }
        if (section.get().last() && run.exit() != 0) {
            return new Verdict("exit", "stopped the program (" + stopped(run) + ")");
        }
        String got = trimSpace(section.get().output()), want = trimSpace(example.output());
        if (example.unordered()) {
            got = sortedLines(got);
            want = sortedLines(want);
        }
        return got.equals(want) ? null : new Verdict("stdout", "stdout differs: " + Verdict.firstDifference(want, got));
    }

    private static String stopped(ProgramRunner.Outcome.Ran run) {
        String firstLine = run.stderr().lines().filter(l -> !l.isBlank()).findFirst().orElse("");
        return "exit status " + run.exit() + (firstLine.isEmpty() ? "" : ": " + firstLine.strip());
    }

    private static String sortedLines(String s) {
        String[] lines = s.split("\n", -1);
        Arrays.sort(lines); // chars are bytes (ISO-8859-1): the order of Go's sort.Strings
        return String.join("\n", lines);
    }

    /** The UTF-8 encodings (as ISO-8859-1 chars) of the non-ASCII runes unicode.IsSpace accepts. */
    private static final List<String> WIDE_SPACES = List.of("\u00c2\u0085", "\u00c2\u00a0", "\u00e1\u009a\u0080",
            "\u00e2\u0080\u0080", "\u00e2\u0080\u0081", "\u00e2\u0080\u0082", "\u00e2\u0080\u0083", "\u00e2\u0080\u0084",
            "\u00e2\u0080\u0085", "\u00e2\u0080\u0086", "\u00e2\u0080\u0087", "\u00e2\u0080\u0088", "\u00e2\u0080\u0089",
            "\u00e2\u0080\u008a", "\u00e2\u0080\u00a8", "\u00e2\u0080\u00a9", "\u00e2\u0080\u00af", "\u00e2\u0081\u009f",
            "\u00e3\u0080\u0080");

    /** Go's strings.TrimSpace on UTF-8 bytes held one per char. */
    static String trimSpace(String s) {
        int start = 0, end = s.length();
        boolean moved = true;
        while (moved && start < end) {
            moved = false;
            if (" \t\n\u000b\f\r".indexOf(s.charAt(start)) >= 0) {
                start++;
                moved = true;
                continue;
            }
            for (String w : WIDE_SPACES) {
                if (s.startsWith(w, start) && start + w.length() <= end) {
                    start += w.length();
                    moved = true;
                    break;
                }
            }
        }
        moved = true;
        while (moved && end > start) {
            moved = false;
            if (" \t\n\u000b\f\r".indexOf(s.charAt(end - 1)) >= 0) {
                end--;
                moved = true;
                continue;
            }
            for (String w : WIDE_SPACES) {
                if (end - w.length() >= start && s.startsWith(w, end - w.length())) {
                    end -= w.length();
                    moved = true;
                    break;
                }
            }
        }
        return s.substring(start, end);
    }
}
