// Maps ANTLR token positions (code points) to gc positions (1-based byte columns).
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.Token;

/** The text of one source file, used to turn token positions into {@link Pos} values. */
final class SourceText {
    private final String file;
    private final String text;
    private final boolean ascii;
    /** Lines, split only when a position on a line with non-ASCII text is asked for. */
    private String[] lines;

    SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        this.ascii = text.chars().allMatch(c -> c < 0x80);
    }

    String file() {
        return file;
    }

    /** gc counts columns in bytes; ANTLR counts code points. */
    Pos pos(int line, int charPositionInLine) {
        if (ascii) {
            return new Pos(file, line, charPositionInLine + 1);
        }
        if (lines == null) {
            lines = text.split("\n", -1);
        }
        if (line < 1 || line > lines.length) {
            return new Pos(file, line, charPositionInLine + 1);
        }
        String l = lines[line - 1];
        if (l.chars().allMatch(c -> c < 0x80)) {
            return new Pos(file, line, charPositionInLine + 1);
        }
        int end = l.offsetByCodePoints(0, Math.min(charPositionInLine, l.codePointCount(0, l.length())));
        return new Pos(file, line, l.substring(0, end).getBytes(StandardCharsets.UTF_8).length + 1);
    }

    Pos pos(Token t) {
        return pos(t.getLine(), t.getCharPositionInLine());
    }
}
