// Maps ANTLR token positions (code points) to gc positions (1-based byte columns).
package dev.goloom.syntax;

import dev.goloom.diag.Pos;
import java.nio.charset.StandardCharsets;
import org.antlr.v4.runtime.Token;

/** The text of one source file, used to turn token positions into {@link Pos} values. */
final class SourceText {
    /** The file name positions carry. */
    private final String file;
    /** The text, without a byte order mark. */
    private final String text;
    /** Whether the whole text is ASCII, so that columns need no conversion. */
    private final boolean ascii;
    /** Lines, split only when a position in a file with non-ASCII text is asked for. */
    private String[] lines;
    /** Per line of {@link #lines}: whether it is ASCII (computed with {@link #lines}). */
    private boolean[] asciiLine;

    SourceText(String file, String text) {
        this.file = file;
        this.text = text;
        this.ascii = isAscii(text);
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
            asciiLine = new boolean[lines.length];
            for (int i = 0; i < lines.length; i++) {
                asciiLine[i] = isAscii(lines[i]);
            }
        }
        if (line < 1 || line > lines.length || asciiLine[line - 1]) {
            return new Pos(file, line, charPositionInLine + 1);
        }
        String l = lines[line - 1];
        int end = l.offsetByCodePoints(0, Math.min(charPositionInLine, l.codePointCount(0, l.length())));
        return new Pos(file, line, l.substring(0, end).getBytes(StandardCharsets.UTF_8).length + 1);
    }

    private static boolean isAscii(String s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    Pos pos(Token t) {
        return pos(t.getLine(), t.getCharPositionInLine());
    }
}
