// tabwriter.Writer: Go's elastic tabstops algorithm — cells per line, column blocks sized recursively, one Write per piece.
package go.text.tabwriter;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Tuple2;
import go.fmt.Fmt;
import go.io.Io;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's {@code *tabwriter.Writer}, following its algorithm step for step so output and the
 * sequence of Writes to the underlying writer are Go's. Text is buffered per cell (a cell ends
 * at a tab, vertical tab, newline or form feed); a line with a single cell, or a form feed,
 * lets everything buffered so far be formatted: {@link #format} finds each block of
 * consecutive lines that have a cell in the current column, sizes the column to its widest
 * cell plus padding, and recurses into the columns to the right.
 */
public final class Writer implements go.io.Writer, GoStruct<Writer> {
    /** {@code tabwriter.Writer}: its fields are unexported, so fmt sees an opaque struct. */
    public static final GoType.Named TYPE = new GoType.Named("text/tabwriter", "tabwriter", "Writer")
            .define(new GoType.Struct(List.of()));

    /** A cell: its byte size, width in runes, and whether a horizontal tab ended it. */
    private static final class Cell {
        /** Cell size in bytes. */
        int size;
        /** Cell width in runes. */
        int width;
        /** True if the cell is terminated by an htab ('\t'). */
        boolean htab;

        Cell copyCell() {
            Cell c = new Cell();
            c.size = size;
            c.width = width;
            c.htab = htab;
            return c;
        }
    }

    /** A write error of the underlying writer, carried out of the formatting code (Go's osError). */
    private static final class OsError extends RuntimeException {
        /** The error Write or Flush returns. */
        final GoError err;

        OsError(GoError err) {
            super(null, null, false, false);
            this.err = err;
        }
    }

    /** The underlying writer. */
    private go.io.Writer output;
    private int minwidth;
    private int tabwidth;
    private int padding;
    /** The padding character. */
    private byte padchar;
    private long flags;
    /** Collected text, excluding tabs and line breaks. */
    private ByteArrayOutputStream buf = new ByteArrayOutputStream();
    /** Buffer position up to which cell.width of the incomplete cell has been computed. */
    private int pos;
    /** The current incomplete cell. */
    private Cell cell = new Cell();
    /** Terminating char of an escaped sequence (Escape for escapes, '>', ';' for HTML tags/entities), or 0. */
    private int endChar;
    /** The lines of cells collected so far. */
    private List<List<Cell>> lines = new ArrayList<>();
    /** The column widths in use while formatting (a stack). */
    private List<Integer> widths = new ArrayList<>();

    public Writer() {}

    private void addLine() {
        lines.add(new ArrayList<>());
    }

    private void reset() {
        buf.reset();
        pos = 0;
        cell = new Cell();
        endChar = 0;
        lines.clear();
        widths.clear();
        addLine();
    }

    /** Go's Init; negative sizes panic; a tab padchar forces left alignment. */
    public Writer Init(go.io.Writer output, long minwidth, long tabwidth, long padding, byte padchar, long flags) {
        if (minwidth < 0 || tabwidth < 0 || padding < 0) {
            throw new GoPanic("negative minwidth, tabwidth, or padding");
        }
        this.output = output;
        this.minwidth = (int) minwidth;
        this.tabwidth = (int) tabwidth;
        this.padding = (int) padding;
        this.padchar = padchar;
        if (padchar == '\t') {
            flags &= ~Tabwriter.AlignRight; // tab padding enforces left-alignment
        }
        this.flags = flags;
        reset();
        return this;
    }

    private byte[] bytes() {
        return buf.toByteArray();
    }

    private void write0(byte[] b, int from, int to) {
        Tuple2<Long, GoError> r = output.Write(go.io.SliceBytes.sliceOf(b, from, to - from));
        GoError err = r.v1();
        if (r.v0() != to - from && err == null) {
            err = Io.ErrShortWrite;
        }
        if (err != null) {
            throw new OsError(err);
        }
    }

    private void write0(byte[] b) {
        write0(b, 0, b.length);
    }

    private void writeN(byte[] src, int n) {
        while (n > src.length) {
            write0(src);
            n -= src.length;
        }
        write0(src, 0, n);
    }

    private static final byte[] NEWLINE = {'\n'};
    private static final byte[] TABS = "\t\t\t\t\t\t\t\t".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    private static final byte[] VBAR = {'|'};
    private static final byte[] HBAR = "---\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

    private void writePadding(int textw, int cellw, boolean useTabs) {
        if (padchar == '\t' || useTabs) {
            if (tabwidth == 0) {
                return; // tabs have no width: no padding possible
            }
            cellw = (cellw + tabwidth - 1) / tabwidth * tabwidth; // the smallest multiple of tabwidth
            int n = cellw - textw;
            if (n < 0) {
                throw new GoPanic("internal error");
            }
            writeN(TABS, (n + tabwidth - 1) / tabwidth);
            return;
        }
        byte[] pad = new byte[8];
        java.util.Arrays.fill(pad, padchar);
        writeN(pad, cellw - textw);
    }

    private int writeLines(byte[] text, int pos0, int line0, int line1) {
        int p = pos0;
        for (int i = line0; i < line1; i++) {
            List<Cell> line = lines.get(i);
            boolean useTabs = (flags & Tabwriter.TabIndent) != 0; // pad leading empty cells with tabs
            for (int j = 0; j < line.size(); j++) {
                Cell c = line.get(j);
                if (j > 0 && (flags & Tabwriter.Debug) != 0) {
                    write0(VBAR);
                }
                if (c.size == 0) {
                    if (j < widths.size()) {
                        writePadding(c.width, widths.get(j), useTabs);
                    }
                } else {
                    useTabs = false;
                    if ((flags & Tabwriter.AlignRight) == 0) {
                        write0(text, p, p + c.size);
                        p += c.size;
                        if (j < widths.size()) {
                            writePadding(c.width, widths.get(j), false);
                        }
                    } else {
                        if (j < widths.size()) {
                            writePadding(c.width, widths.get(j), false);
                        }
                        write0(text, p, p + c.size);
                        p += c.size;
                    }
                }
            }
            if (i + 1 == lines.size()) {
                // the last buffered line has no newline: write the incomplete cell's text
                write0(text, p, p + cell.size);
                p += cell.size;
            } else {
                write0(NEWLINE);
            }
        }
        return p;
    }

    private int format(byte[] text, int pos0, int line0, int line1) {
        int p = pos0;
        int column = widths.size();
        for (int current = line0; current < line1; current++) {
            if (column >= lines.get(current).size() - 1) {
                continue;
            }
            // a cell in this column: print the lines before the block, then size the block
            p = writeLines(text, p, line0, current);
            line0 = current;
            int width = minwidth;
            boolean discardable = true; // all cells empty and ended by soft tabs
            for (; current < line1; current++) {
                List<Cell> line = lines.get(current);
                if (column >= line.size() - 1) {
                    break;
                }
                Cell c = line.get(column);
                width = Math.max(width, c.width + padding);
                if (c.width > 0 || c.htab) {
                    discardable = false;
                }
            }
            if (discardable && (flags & Tabwriter.DiscardEmptyColumns) != 0) {
                width = 0;
            }
            widths.add(width);
            p = format(text, p, line0, current);
            widths.remove(widths.size() - 1);
            line0 = current;
        }
        return writeLines(text, p, line0, line1);
    }

    /** Adds the runes of the text since pos to the current cell's width. */
    private void updateWidth() {
        byte[] b = bytes();
        cell.width += runeCount(b, pos, b.length);
        pos = b.length;
    }

    /** utf8.RuneCount over b[from:to]. */
    private static int runeCount(byte[] b, int from, int to) {
        String s = new String(b, from, to - from, java.nio.charset.StandardCharsets.ISO_8859_1);
        return (int) go.unicode.utf8.Utf8.RuneCountInString(s);
    }

    private void startEscape(int ch) {
        endChar = switch (ch) {
            case Tabwriter.Escape -> Tabwriter.Escape;
            case '<' -> '>';
            case '&' -> ';';
            default -> 0;
        };
    }

    private void endEscape() {
        switch (endChar) {
            case Tabwriter.Escape -> {
                updateWidth();
                if ((flags & Tabwriter.StripEscape) == 0) {
                    cell.width -= 2; // the Escape chars do not count
                }
            }
            case ';' -> cell.width++; // an entity counts as one rune
            default -> { } // a tag has no width
        }
        pos = buf.size();
        endChar = 0;
    }

    private int terminateCell(boolean htab) {
        cell.htab = htab;
        List<Cell> line = lines.get(lines.size() - 1);
        line.add(cell.copyCell());
        cell = new Cell();
        return line.size();
    }

    /** Go's handlePanic: a write error becomes the result; any other panic is wrapped. */
    private GoError handle(RuntimeException e, String op) {
        if (op.equals("Flush")) {
            reset();
        }
        if (e instanceof OsError os) {
            return os.err;
        }
        Object value = e instanceof GoPanic p ? p.value() : e;
        throw new GoPanic("tabwriter: panic during " + op + " (" + Fmt.Sprint(value) + ")");
    }

    /** Formats and writes everything buffered; the Writer is then empty. */
    public GoError Flush() {
        try {
            flushNoDefers();
            return null;
        } catch (RuntimeException e) {
            return handle(e, "Flush");
        }
    }

    private void flushNoDefers() {
        if (cell.size > 0) {
            if (endChar != 0) {
                endEscape(); // inside an escape: terminate it even if incomplete
            }
            terminateCell(false);
        }
        format(bytes(), 0, 0, lines.size());
        reset();
    }

    private void append(byte[] src, int from, int to) {
        buf.write(src, from, to - from);
        cell.size += to - from;
    }

    /** Splits buf into cells; a newline after a one-cell line or a form feed flushes. */
    @Override public Tuple2<Long, GoError> Write(ByteSlice p) {
        byte[] in = go.io.SliceBytes.toArray(p);
        int n = 0;
        try {
            for (int i = 0; i < in.length; i++) {
                int ch = in[i] & 0xff;
                if (endChar == 0) {
                    switch (ch) {
                        case '\t', 0x0b, '\n', '\f' -> {
                            append(in, n, i);
                            updateWidth();
                            n = i + 1;
                            int ncells = terminateCell(ch == '\t');
                            if (ch == '\n' || ch == '\f') {
                                addLine();
                                if (ch == '\f' || ncells == 1) {
                                    // a form feed always flushes; so does a line of one cell,
                                    // which cannot affect the columns of the lines after it
                                    flushNoDefers();
                                    if (ch == '\f' && (flags & Tabwriter.Debug) != 0) {
                                        write0(HBAR); // section break
                                    }
                                }
                            }
                        }
                        case Tabwriter.Escape -> {
                            append(in, n, i);
                            updateWidth();
                            n = i;
                            if ((flags & Tabwriter.StripEscape) != 0) {
                                n++;
                            }
                            startEscape(Tabwriter.Escape);
                        }
                        case '<', '&' -> {
                            if ((flags & Tabwriter.FilterHTML) != 0) {
                                append(in, n, i);
                                updateWidth();
                                n = i;
                                startEscape(ch);
                            }
                        }
                        default -> { }
                    }
                } else if (ch == endChar) {
                    int j = i + 1;
                    if (ch == Tabwriter.Escape && (flags & Tabwriter.StripEscape) != 0) {
                        j = i; // strip the Escape
                    }
                    append(in, n, j);
                    n = i + 1;
                    endEscape();
                }
            }
            append(in, n, in.length);
            return new Tuple2<>((long) in.length, null);
        } catch (RuntimeException e) {
            return new Tuple2<>((long) n, handle(e, "Write"));
        }
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException(i);
    }

    /** A shallow copy (Go copies the struct's fields; its slices stay shared). */
    @Override public Writer copy() {
        Writer w = new Writer();
        w.set(this);
        return w;
    }

    @Override public void set(Writer v) {
        output = v.output;
        minwidth = v.minwidth;
        tabwidth = v.tabwidth;
        padding = v.padding;
        padchar = v.padchar;
        flags = v.flags;
        buf = v.buf;
        pos = v.pos;
        cell = v.cell;
        endChar = v.endChar;
        lines = v.lines;
        widths = v.widths;
    }
}
