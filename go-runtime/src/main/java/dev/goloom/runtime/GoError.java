// Go's predeclared error interface, as translated code and the shims see it.
package dev.goloom.runtime;

/** {@code type error interface { Error() string }}; the string is a Go byte string. */
public interface GoError {
    String Error();
}
