// A Go func value with 4 parameter(s) and no result.
package dev.goloom.runtime;

/** A Go function value without results: parameters are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Proc4<A,B,C,D> {
    void call(A a, B b, C c, D d);
}
