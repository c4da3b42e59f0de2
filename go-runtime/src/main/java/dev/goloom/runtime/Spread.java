// f(g()) where g has several results: the results are handed to a lambda that spreads them into the call.
package dev.goloom.runtime;

import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Go lets a call with several results be the only argument of another call ({@code f(g())}).
 * Generated code evaluates {@code g()} once, into a {@code TupleN}, and spreads its components
 * into the call inside a lambda: {@code Spread.apply(g(), t$1 -> f(t$1.v0(), t$1.v1()))}, or
 * {@code Spread.accept(...)} when {@code f} has no result. Two names, not two overloads: an
 * implicitly typed lambda would fit both.
 */
public final class Spread {
    private Spread() {}

    /** Calls {@code call} with {@code results} and returns what it returns. */
    public static <T, R> R apply(T results, Function<T, R> call) {
        return call.apply(results);
    }

    /** Calls {@code call} with {@code results} (a call without results). */
    public static <T> void accept(T results, Consumer<T> call) {
        call.accept(results);
    }
}
