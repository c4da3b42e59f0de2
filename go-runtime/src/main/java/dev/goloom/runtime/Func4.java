// A Go func value with 4 parameter(s) and a result (several results: a Tuple).
package dev.goloom.runtime;

/** A Go function value: parameters and result are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Func4<A,B,C,D,R> {
    R call(A a, B b, C c, D d);
}
