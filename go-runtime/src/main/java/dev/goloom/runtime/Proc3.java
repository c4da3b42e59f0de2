// A Go func value with 3 parameter(s) and no result.
package dev.goloom.runtime;

/** A Go function value without results: parameters are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Proc3<A,B,C> {
    void call(A a, B b, C c);
}
