// Finds the Example functions of a Go test file and their expected output, by go/doc's rules.
package dev.goloom.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Go's rules (go/doc/example.go, testing/example.go): an example is a top-level
 * {@code func ExampleXxx()} without parameters or results, where the character after
 * "Example" is not a lower-case letter. Its expected output is the text of the last comment
 * group in its body when that text starts with {@code output:} or {@code unordered output:}
 * (any case, after spaces); the text after the prefix loses its leading spaces and one newline.
 * An example without such a comment is compiled but not run by {@code go test}, so it is no case.
 * <p>
 * Works on the text of gofmt-formatted files (all of $GOROOT/src is): a function body ends at
 * the first line that is a lone {@code }}, and its last comment group is the last run of lines
 * that hold only a {@code //} comment. A later line of code containing {@code //} (a trailing
 * comment, or a string like a URL) counts as a comment that is not an output comment. Text is
 * ISO-8859-1, one char per byte, like the output it is compared with.
 */
final class GoExamples {
    private GoExamples() {}

    /** One example with an output comment: its function name, expected output, and whether order matters. */
    record Example(String function, String output, boolean unordered) {}

    private static final Pattern EXAMPLE_FUNC = Pattern.compile("(?m)^func (Example([^a-z\\W]\\w*)?)\\(\\) \\{$");

    private static final Pattern OUTPUT_PREFIX = Pattern.compile("(?i)^[ \\t\\n\\x0B\\f\\r]*(unordered )?output:");

    /** The examples with an output comment in {@code source}, in the order of the file. */
    static List<Example> find(String source) {
        List<Example> out = new ArrayList<>();
        Matcher m = EXAMPLE_FUNC.matcher(source);
        while (m.find()) {
            int end = source.indexOf("\n}\n", m.end());
            if (end < 0) {
                end = source.length();
            }
            String body = source.substring(m.end(), end);
            Example e = outputOf(m.group(1), lastCommentGroup(body));
            if (e != null) {
                out.add(e);
            }
        }
        return out;
    }

    /** The raw lines of the comment group that ends the body, or an empty list. */
    private static List<String> lastCommentGroup(String body) {
        String[] lines = body.split("\n", -1);
        int i = lines.length - 1;
        while (i >= 0 && !lines[i].contains("//")) {
            i--; // blank lines and code after the comment
        }
        List<String> group = new ArrayList<>();
        while (i >= 0 && lines[i].strip().startsWith("//")) {
            group.addFirst(lines[i].strip());
            i--;
        }
        return group;
    }

    private static Example outputOf(String function, List<String> group) {
        if (group.isEmpty()) {
            return null;
        }
        String text = commentText(group);
        Matcher m = OUTPUT_PREFIX.matcher(text);
        if (!m.find()) {
            return null;
        }
        String rest = text.substring(m.end()).replaceFirst("^ *", "");
        if (rest.startsWith("\n")) {
            rest = rest.substring(1);
        }
        return new Example(function, rest, m.group(1) != null);
    }

    /**
     * go/ast's CommentGroup.Text for line comments: markers and the first space removed,
     * trailing spaces of each line trimmed, leading and trailing blank lines dropped, runs of
     * blank lines reduced to one; the result ends in a newline.
     */
    static String commentText(List<String> comments) {
        List<String> lines = new ArrayList<>();
        for (String c : comments) {
            String line = c.substring(2);
            if (line.startsWith(" ")) {
                line = line.substring(1);
            }
            lines.add(line.replaceFirst("[ \\t\\n\\x0B\\f\\r]+$", ""));
        }
        while (!lines.isEmpty() && lines.getFirst().isEmpty()) {
            lines.removeFirst();
        }
        while (!lines.isEmpty() && lines.getLast().isEmpty()) {
            lines.removeLast();
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isEmpty() && i > 0 && lines.get(i - 1).isEmpty()) {
                continue;
            }
            sb.append(lines.get(i)).append('\n');
        }
        return sb.toString();
    }
}
