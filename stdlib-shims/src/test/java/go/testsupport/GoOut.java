// Collects what a Java mirror of a Go test program prints, with fmt's Print/Println/Printf rules.
package go.testsupport;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;
import go.fmt.Fmt;

/** A Go-style output buffer; {@link #text()} is compared with the output real Go printed. */
public final class GoOut implements go.io.Writer {
    /** Everything printed so far (a Go byte string). */
    private final StringBuilder out = new StringBuilder();

    public void println(Object... a) {
        out.append(Fmt.Sprintln(a));
    }

    public void print(Object... a) {
        out.append(Fmt.Sprint(a));
    }

    public void printf(String format, Object... a) {
        out.append(Fmt.Sprintf(format, a));
    }

    /** Go's {@code fmt.Printf("== %s\n", name)} section header of the test programs. */
    public void section(String name) {
        out.append("== ").append(name).append('\n');
    }

    /** Lets the output stand in for os.Stdout. */
    @Override public Tuple2<Long, GoError> Write(ByteSlice p) {
        out.append(p.toGoString());
        return new Tuple2<>(p.len(), null);
    }

    public String text() {
        return out.toString();
    }
}
