// io.ReadWriter: Reader and Writer together.
package go.io;

/** Go's io.ReadWriter. */
public interface ReadWriter extends Reader, Writer {}
