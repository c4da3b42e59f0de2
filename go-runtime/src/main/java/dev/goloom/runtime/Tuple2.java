// The results of a Go function with 2 results.
package dev.goloom.runtime;

/** Results {@code v0} … {@code v1} of a call, in order (primitives boxed). */
public record Tuple2<A,B>(A v0, B v1) {}
