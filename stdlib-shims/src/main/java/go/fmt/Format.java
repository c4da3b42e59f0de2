// The default format (%v) of a value, as package fmt prints it.
package go.fmt;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoFloats;

final class Format {
    private Format() {}

    /** Formats {@code v} with %v. Boxed Long/Integer/Short/Byte are signed Go integers. */
    static String value(Object v) {
        return switch (v) {
            case null -> "<nil>";
            case String s -> s;
            case Boolean b -> b ? "true" : "false";
            case Long l -> Long.toString(l);
            case Integer i -> Integer.toString(i);
            case Short s -> Short.toString(s);
            case Byte b -> Byte.toString(b);
            case Double d -> GoFloats.formatG(d);
            case Float f -> GoFloats.formatG(f);
            case GoError e -> e.Error();
            default -> v.toString();
        };
    }
}
