// The results of a Go function with 6 results.
package dev.goloom.runtime;

/** Results {@code v0} … {@code v5} of a call, in order (primitives boxed). */
public record Tuple6<A,B,C,D,E,F>(A v0, B v1, C v2, D v3, E v4, F v5) {}
