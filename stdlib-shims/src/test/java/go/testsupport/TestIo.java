// The helper readers and writers of src/test/go/iocases (chunky, plainWriter, shortWriter), in Java.
package go.testsupport;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoProgram;
import dev.goloom.runtime.Tuple2;
import go.bytes.Buffer;
import go.io.Reader;
import go.io.Writer;

/** Each mirrors the Go type of the same name in iocases/main.go. */
public final class TestIo {
    private TestIo() {}

    /** chunky: at most n bytes per Read, and no WriterTo, so no shortcut applies. */
    public static Reader chunky(Reader r, long n) {
        return p -> r.Read(p.len() > n ? p.slice(0, n) : p);
    }

    /** plainWriter: only Write. */
    public static Writer plain(Buffer b) {
        return b::Write;
    }

    /** shortWriter: accepts at most n bytes per call, without an error. */
    public static Writer shortWriter(long n) {
        return p -> new Tuple2<Long, GoError>(Math.min(p.len(), n), null);
    }

    /** A Go string literal written in Java as text: its UTF-8 bytes. */
    public static String g(String text) {
        return GoProgram.toGoBytes(text);
    }

    /** []byte("constant"): gc allocates exactly len bytes for a constant string, so cap == len. */
    public static ByteSlice b(String goString) {
        return ByteSlice.of(goString.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** string(b), for %q of a []byte. */
    public static String s(ByteSlice b) {
        return b.toGoString();
    }
}
