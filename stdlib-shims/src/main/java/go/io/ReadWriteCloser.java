// io.ReadWriteCloser: Reader, Writer and Closer together.
package go.io;

/** Go's io.ReadWriteCloser. */
public interface ReadWriteCloser extends Reader, Writer, Closer {}
