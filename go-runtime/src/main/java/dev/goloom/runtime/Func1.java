// A Go func value with 1 parameter(s) and a result (several results: a Tuple).
package dev.goloom.runtime;

/** A Go function value: parameters and result are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Func1<A,R> {
    R call(A a);
}
