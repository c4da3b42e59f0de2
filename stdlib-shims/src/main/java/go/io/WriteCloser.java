// io.WriteCloser: Writer and Closer together.
package go.io;

/** Go's io.WriteCloser. */
public interface WriteCloser extends Writer, Closer {}
