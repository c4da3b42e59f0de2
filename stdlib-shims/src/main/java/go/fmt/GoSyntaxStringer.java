// fmt.GoStringer: a value with a GoString method, which %#v prints.
package go.fmt;

/**
 * Go's fmt.GoStringer ({@code GoString() string}). Named differently in Java because
 * {@link dev.goloom.runtime.GoStringer} is Go's fmt.Stringer.
 */
public interface GoSyntaxStringer {
    String GoString();
}
