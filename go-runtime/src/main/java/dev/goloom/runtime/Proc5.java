// A Go func value with 5 parameter(s) and no result.
package dev.goloom.runtime;

/** A Go function value without results: parameters are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Proc5<A,B,C,D,E> {
    void call(A a, B b, C c, D d, E e);
}
