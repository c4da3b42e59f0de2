// A Go func value with 0 parameter(s) and a result (several results: a Tuple).
package dev.goloom.runtime;

/** A Go function value: parameters and result are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Func0<R> {
    R call();
}
