// The results of a Go function with 5 results.
package dev.goloom.runtime;

/** Results {@code v0} … {@code v4} of a call, in order (primitives boxed). */
public record Tuple5<A,B,C,D,E>(A v0, B v1, C v2, D v3, E v4) {}
