// Formats a panic value the way Go's runtime prints it after "panic: ".
package dev.goloom.runtime;

/** Go's printpanicval: errors via Error(), strings as they are, numbers and bools in print's format. */
final class PanicPrinter {
    private PanicPrinter() {}

    static String describe(Object v) {
        return switch (v) {
            case null -> "nil";
            case GoError e -> e.Error();
            case String s -> s;
            case Long l -> Long.toString(l);
            case Integer i -> Integer.toString(i);
            case Boolean b -> Boolean.toString(b);
            default -> v.toString();
        };
    }
}
