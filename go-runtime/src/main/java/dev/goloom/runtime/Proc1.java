// A Go func value with 1 parameter(s) and no result.
package dev.goloom.runtime;

/** A Go function value without results: parameters are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Proc1<A> {
    void call(A a);
}
