// The results of a Go function with 4 results.
package dev.goloom.runtime;

/** Results {@code v0} … {@code v3} of a call, in order (primitives boxed). */
public record Tuple4<A,B,C,D>(A v0, B v1, C v2, D v3) {}
