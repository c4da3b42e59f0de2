// io.ReadSeeker: Reader and Seeker together.
package go.io;

/** Go's io.ReadSeeker. */
public interface ReadSeeker extends Reader, Seeker {}
