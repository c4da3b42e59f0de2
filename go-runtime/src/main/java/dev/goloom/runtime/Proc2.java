// A Go func value with 2 parameter(s) and no result.
package dev.goloom.runtime;

/** A Go function value without results: parameters are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Proc2<A,B> {
    void call(A a, B b);
}
