// A Go value with a String() string method (fmt.Stringer), as fmt sees it.
package dev.goloom.runtime;

/** Implemented by translated types that have a {@code String() string} method in their method set. */
public interface GoStringer {
    /** Go's {@code String()}; a byte string (one char per byte). */
    String String();
}
