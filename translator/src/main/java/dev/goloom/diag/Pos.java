// A position in a Go source file, printed the way gc prints it: file:line:col.
package dev.goloom.diag;

/**
 * A source position. {@code line} and {@code col} are 1-based; {@code col} counts bytes, as gc
 * does. {@code NONE} marks synthesized nodes.
 */
public record Pos(String file, int line, int col) {
    public static final Pos NONE = new Pos("", 0, 0);

    public boolean isKnown() {
        return line > 0;
    }

    @Override
    public String toString() {
        return isKnown() ? file + ":" + line + ":" + col : file;
    }
}
