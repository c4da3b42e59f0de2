// fmt.State: what a Formatter's Format method sees of the printer (output, width, precision, flags).
package go.fmt;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Go's fmt.State; it is an io.Writer, so a Format method can Fprintf to it. */
public interface State extends go.io.Writer {
    /** Appends the bytes to the output. */
    @Override
    Tuple2<Long, GoError> Write(ByteSlice b);

    /** Appends a string to the output (fmt's State also satisfies io.StringWriter). */
    Tuple2<Long, GoError> WriteString(String s);

    /** The width and whether one was given. */
    Tuple2<Long, Boolean> Width();

    /** The precision and whether one was given. */
    Tuple2<Long, Boolean> Precision();

    /** Whether the flag character {@code c} ('-', '+', '#', ' ', '0') was given. */
    boolean Flag(long c);
}
