// The results of a Go function with 3 results.
package dev.goloom.runtime;

/** Results {@code v0} … {@code v2} of a call, in order (primitives boxed). */
public record Tuple3<A,B,C>(A v0, B v1, C v2) {}
