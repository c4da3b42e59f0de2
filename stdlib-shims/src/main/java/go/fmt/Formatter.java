// fmt.Formatter: a value that formats itself for every verb.
package go.fmt;

/** Go's fmt.Formatter: {@code Format(f State, verb rune)}. */
public interface Formatter {
    void Format(State f, int verb);
}
