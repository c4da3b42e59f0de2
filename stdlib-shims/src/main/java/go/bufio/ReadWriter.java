// bufio.ReadWriter: a *Reader and a *Writer together, with the methods of both.
package go.bufio;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;

/** Go's {@code *bufio.ReadWriter}: the embedded Reader and Writer are its public fields. */
public final class ReadWriter implements go.io.ReadWriter {
    /** The embedded *Reader. */
    public Reader Reader;
    /** The embedded *Writer. */
    public Writer Writer;

    public ReadWriter() {}

    public ReadWriter(Reader r, Writer w) {
        this.Reader = r;
        this.Writer = w;
    }

    @Override public Tuple2<Long, GoError> Read(ByteSlice p) {
        return Reader.Read(p);
    }

    @Override public Tuple2<Long, GoError> Write(ByteSlice p) {
        return Writer.Write(p);
    }

    public Tuple2<String, GoError> ReadString(byte delim) {
        return Reader.ReadString(delim);
    }

    public Tuple3<ByteSlice, Boolean, GoError> ReadLine() {
        return Reader.ReadLine();
    }

    public Tuple2<Long, GoError> WriteString(String s) {
        return Writer.WriteString(s);
    }

    public GoError Flush() {
        return Writer.Flush();
    }
}
