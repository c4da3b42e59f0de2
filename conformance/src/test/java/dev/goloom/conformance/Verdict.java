// Compares what goloom did with what real Go did, and names the difference.
package dev.goloom.conformance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A failed comparison: a category (for the known-failures lists and the scoreboard) and a reason. */
record Verdict(String category, String reason) {

    /** The verdict for an outcome where the program never ran to completion. */
    static Verdict notRun(ProgramRunner.Outcome outcome) {
        return switch (outcome) {
            case ProgramRunner.Outcome.NotTranslated n -> new Verdict(n.category(), n.firstError());
            case ProgramRunner.Outcome.TimedOut t -> new Verdict("timeout", "no exit within the time limit");
            case ProgramRunner.Outcome.Ran r -> throw new IllegalArgumentException("ran");
        };
    }

    /** Compares a finished run with the expected stdout, normalized stderr and exit status. */
    static Verdict compare(byte[] wantOut, String wantErr, int wantExit, ProgramRunner.Outcome.Ran r) {
        String crash = "fatal error: unexpected Java exception";
        String output = new String(r.stdout(), StandardCharsets.ISO_8859_1) + r.stderr();
        if (output.contains(crash)) {
            String after = output.substring(output.indexOf(crash));
            return new Verdict("java-exception", firstLine(after.lines().skip(1).findFirst().orElse("")));
        }
        if (!Arrays.equals(wantOut, r.stdout())) {
            return new Verdict("stdout", "stdout differs: " + firstDifference(
                    new String(wantOut, StandardCharsets.ISO_8859_1), new String(r.stdout(), StandardCharsets.ISO_8859_1)));
        }
        if (!wantErr.equals(r.stderr())) {
            return new Verdict("stderr", "stderr differs: " + firstDifference(wantErr, r.stderr()));
        }
        if (wantExit != r.exit()) {
            return new Verdict("exit", "exit status " + r.exit() + ", want " + wantExit);
        }
        return null;
    }

    private static String firstLine(String s) {
        return s.lines().findFirst().orElse("").strip();
    }

    /** The first differing line, shown as "want X, got Y". */
    static String firstDifference(String want, String got) {
        String[] w = want.split("\n", -1), g = got.split("\n", -1);
        for (int i = 0; i < Math.max(w.length, g.length); i++) {
            String a = i < w.length ? w[i] : "<end>", b = i < g.length ? g[i] : "<end>";
            if (!a.equals(b)) {
                return "line " + (i + 1) + ": want " + abbreviate(a) + ", got " + abbreviate(b);
            }
        }
        return "(trailing bytes)";
    }

    private static String abbreviate(String s) {
        return "\"" + (s.length() > 60 ? s.substring(0, 60) + "…" : s) + "\"";
    }
}
