// A Go func value with 0 parameter(s) and no result.
package dev.goloom.runtime;

/** A Go function value without results: parameters are boxed ({@code Long} for int, ...). */
@FunctionalInterface
public interface Proc0 {
    void call();
}
