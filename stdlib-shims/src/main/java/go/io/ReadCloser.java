// io.ReadCloser: Reader and Closer together.
package go.io;

/** Go's io.ReadCloser. */
public interface ReadCloser extends Reader, Closer {}
