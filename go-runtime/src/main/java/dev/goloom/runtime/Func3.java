// A Go func value with 3 parameter(s) and a result (several results: a Tuple).
package dev.goloom.runtime;

/** A Go function value: parameters and result are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Func3<A,B,C,R> {
    R call(A a, B b, C c);
}
