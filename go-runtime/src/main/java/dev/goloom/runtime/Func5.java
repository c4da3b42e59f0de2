// A Go func value with 5 parameter(s) and a result (several results: a Tuple).
package dev.goloom.runtime;

/** A Go function value: parameters and result are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Func5<A,B,C,D,E,R> {
    R call(A a, B b, C c, D d, E e);
}
