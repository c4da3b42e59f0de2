// Package fmt: formatted I/O (Print*, Sprint*, Fprint*, Append*, Errorf) with Go's verbs, flags and error forms.
package go.fmt;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Stdio;
import dev.goloom.runtime.Tuple2;
import go.errors.ErrorString;
import go.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's package fmt. Strings are Go byte strings; operands are interface values (see
 * {@code dev.goloom.runtime.Boxed}); functions with results {@code (n int, err error)} return
 * {@code Tuple2<Long, GoError>}. Output to standard output is one unbuffered write per call.
 */
public final class Fmt {
    private Fmt() {}

    // ---- to standard output ----

    public static Tuple2<Long, GoError> Print(Object... a) {
        return writeOut(Sprint(a));
    }

    public static Tuple2<Long, GoError> Println(Object... a) {
        return writeOut(Sprintln(a));
    }

    public static Tuple2<Long, GoError> Printf(String format, Object... a) {
        return writeOut(Sprintf(format, a));
    }

    private static Tuple2<Long, GoError> writeOut(String s) {
        return new Tuple2<>((long) Stdio.writeOut(s), null);
    }

    // ---- to strings ----

    /** Spaces are added between operands when neither is a string. */
    public static String Sprint(Object... a) {
        Printer p = new Printer();
        p.doPrint(a);
        return p.output();
    }

    /** Spaces are always added between operands and a newline is appended. */
    public static String Sprintln(Object... a) {
        Printer p = new Printer();
        p.doPrintln(a);
        return p.output();
    }

    public static String Sprintf(String format, Object... a) {
        Printer p = new Printer();
        p.doPrintf(format, a);
        return p.output();
    }

    // ---- to writers ----

    public static Tuple2<Long, GoError> Fprint(Writer w, Object... a) {
        return w.Write(ByteSlice.fromString(Sprint(a)));
    }

    public static Tuple2<Long, GoError> Fprintln(Writer w, Object... a) {
        return w.Write(ByteSlice.fromString(Sprintln(a)));
    }

    public static Tuple2<Long, GoError> Fprintf(Writer w, String format, Object... a) {
        return w.Write(ByteSlice.fromString(Sprintf(format, a)));
    }

    // ---- to byte slices ----

    public static ByteSlice Append(ByteSlice b, Object... a) {
        return ByteSlice.appendString(b, Sprint(a));
    }

    public static ByteSlice Appendln(ByteSlice b, Object... a) {
        return ByteSlice.appendString(b, Sprintln(a));
    }

    public static ByteSlice Appendf(ByteSlice b, String format, Object... a) {
        return ByteSlice.appendString(b, Sprintf(format, a));
    }

    // ---- errors ----

    /**
     * An error whose text is the formatted string. With one %w operand it is a
     * {@code *fmt.wrapError} whose Unwrap returns that operand; with several, a
     * {@code *fmt.wrapErrors} whose Unwrap returns them in operand order (each once).
     */
    public static GoError Errorf(String format, Object... a) {
        if (a.length == 0 && format.indexOf('%') < 0) {
            return new ErrorString(format);
        }
        Printer p = new Printer();
        p.wrapErrs = true;
        p.doPrintf(format, a);
        String s = p.output();
        List<Integer> wrapped = p.wrappedErrs;
        switch (wrapped.size()) {
            case 0 -> {
                return new ErrorString(s);
            }
            case 1 -> {
                return new WrapError(s, a[wrapped.getFirst()] instanceof GoError e ? e : null);
            }
            default -> {
                List<Integer> order = new ArrayList<>(wrapped);
                if (p.reordered) {
                    order.sort(null);
                }
                @SuppressWarnings("unchecked")
                Slice<GoError> errs = (Slice<GoError>) (Slice<?>) Slice.nil(ElemType.INTERFACE);
                for (int i = 0; i < order.size(); i++) {
                    if (i > 0 && order.get(i - 1).equals(order.get(i))) {
                        continue;
                    }
                    if (a[order.get(i)] instanceof GoError e) {
                        errs = Slice.append(errs, e);
                    }
                }
                return new WrapError.Multi(s, errs);
            }
        }
    }

    // ---- scanning (Scanning) ----

    public static Tuple2<Long, GoError> Scan(Object... a) {
        return Scanning.scan(go.os.Os.Stdin, a);
    }

    public static Tuple2<Long, GoError> Scanln(Object... a) {
        return Scanning.scanln(go.os.Os.Stdin, a);
    }

    public static Tuple2<Long, GoError> Scanf(String format, Object... a) {
        return Scanning.scanf(go.os.Os.Stdin, format, a);
    }

    public static Tuple2<Long, GoError> Sscan(String str, Object... a) {
        return Scanning.sscan(str, a);
    }

    public static Tuple2<Long, GoError> Sscanln(String str, Object... a) {
        return Scanning.sscanln(str, a);
    }

    public static Tuple2<Long, GoError> Sscanf(String str, String format, Object... a) {
        return Scanning.sscanf(str, format, a);
    }

    public static Tuple2<Long, GoError> Fscan(go.io.Reader r, Object... a) {
        return Scanning.scan(r, a);
    }

    public static Tuple2<Long, GoError> Fscanln(go.io.Reader r, Object... a) {
        return Scanning.scanln(r, a);
    }

    public static Tuple2<Long, GoError> Fscanf(go.io.Reader r, String format, Object... a) {
        return Scanning.scanf(r, format, a);
    }
}
