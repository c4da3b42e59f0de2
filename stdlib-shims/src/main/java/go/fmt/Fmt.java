// Package fmt: formatted I/O (the default-format subset: Print, Println, Sprint, Sprintln).
package go.fmt;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Stdio;

/**
 * Go's package fmt. Strings are Go byte strings. Values format with their default format
 * ({@code %v}); the verbs of Printf come with the standard-library issue.
 */
public final class Fmt {
    private Fmt() {}

    /** The results of Print and Println: bytes written and any write error. */
    public record PrintResult(long n, GoError err) {}

    public static PrintResult Println(Object... a) {
        return new PrintResult(Stdio.writeOut(Sprintln(a)), null);
    }

    public static PrintResult Print(Object... a) {
        return new PrintResult(Stdio.writeOut(Sprint(a)), null);
    }

    /** "Spaces are always added between operands and a newline is appended." */
    public static String Sprintln(Object... a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(Format.value(a[i]));
        }
        return sb.append('\n').toString();
    }

    /** "Spaces are added between operands when neither is a string." */
    public static String Sprint(Object... a) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < a.length; i++) {
            if (i > 0 && !(a[i] instanceof String) && !(a[i - 1] instanceof String)) {
                sb.append(' ');
            }
            sb.append(Format.value(a[i]));
        }
        return sb.toString();
    }
}
