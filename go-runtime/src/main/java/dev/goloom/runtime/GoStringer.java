// fmt.Stringer as the runtime sees it: panic values with a String method print through it.
package dev.goloom.runtime;

/** {@code interface { String() string }}; the result is a Go byte string. */
public interface GoStringer {
    String String();
}
