// Formats panic values and unrecovered-panic reports the way Go's runtime prints them.
package dev.goloom.runtime;

import java.util.Objects;

/**
 * Go's printpanics / printpanicval: errors print via Error(), Stringers via String(), strings
 * as they are with every newline followed by a tab, numbers and bools in print's format;
 * chains of panics print oldest first, a recovered one marked {@code [recovered]}, and one
 * repanicked with the same value marked {@code [recovered, repanicked]} and printed once.
 */
final class PanicPrinter {
    private PanicPrinter() {}

    /** The text of one panic value. */
    static String describe(Object v) {
        return switch (v) {
            case null -> "nil";
            case GoError e -> e.Error();
            case GoStringer s -> s.String();
            case String s -> s;
            case Long l -> Long.toString(l);
            case Integer i -> Integer.toString(i);
            case Boolean b -> Boolean.toString(b);
            case Double d -> GoFloats.formatG(d);
            case Float f -> GoFloats.formatG(f);
            case Short x -> Short.toString(x);
            case Byte x -> Byte.toString(x);
            case Boxed b -> boxed(b);
            case GoStruct<?> s -> "(*" + s.goType() + ") 0xc000010000";
            default -> v.toString();
        };
    }

    /**
     * printpanicval for values whose type the Java object does not tell: a named basic type
     * prints as {@code main.T(value)} (strings quoted), an unnamed one as its value, anything
     * else as {@code (T) address} (goloom has no addresses: a fixed one stands in).
     */
    private static String boxed(Boxed b) {
        GoType t = b.type();
        if (!(t.underlying() instanceof GoType.Basic basic)) {
            return "(" + t + ") 0xc000010000";
        }
        String value = switch (basic.kind()) {
            case UINT, UINT64, UINTPTR -> Long.toUnsignedString(((Number) b.value()).longValue());
            case UINT32 -> Integer.toUnsignedString(((Number) b.value()).intValue());
            case UINT16 -> Integer.toString(Short.toUnsignedInt(((Number) b.value()).shortValue()));
            case UINT8 -> Integer.toString(Byte.toUnsignedInt(((Number) b.value()).byteValue()));
            case STRING -> t instanceof GoType.Named ? quote((String) b.value()) : (String) b.value();
            default -> describe(b.value());
        };
        return t instanceof GoType.Named ? t + "(" + value + ")" : value;
    }

    /** A Go string literal for panic output: printable ASCII as is, the rest escaped as %q does. */
    private static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c >= 0x20 && c < 0x7f || c >= 0x80) {
                        sb.append(c);
                    } else {
                        sb.append(String.format("\\x%02x", (int) c));
                    }
                }
            }
        }
        return sb.append('"').toString();
    }

    /** Go's printindented: a newline in the value is followed by a tab. */
    private static String indented(String s) {
        return s.replace("\n", "\n\t");
    }

    /** The lines Go prints for an unrecovered panic (before the goroutine header). */
    static String report(GoPanic p) {
        // preprintpanics: a panic whose successor carries the same value is "repanicked".
        java.util.Set<GoPanic> repanicked = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (GoPanic x = p; x.link() != null; x = x.link()) {
            if (sameValue(x.link().value(), x.value())) {
                repanicked.add(x.link());
            }
        }
        StringBuilder sb = new StringBuilder();
        print(p, repanicked, sb);
        if (p.value() == RuntimeErrors.NIL_DEREFERENCE) {
            sb.append("[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n");
        }
        return sb.toString();
    }

    /** printpanics: earlier panics first. */
    private static void print(GoPanic p, java.util.Set<GoPanic> repanicked, StringBuilder sb) {
        GoPanic earlier = p.link();
        if (earlier != null) {
            print(earlier, repanicked, sb);
            if (repanicked.contains(earlier)) {
                return;
            }
            sb.append('\t');
        }
        sb.append("panic: ").append(indented(describe(p.value())));
        if (p.recovered() && repanicked.contains(p)) {
            sb.append(" [recovered, repanicked]");
        } else if (p.recovered()) {
            sb.append(" [recovered]");
        }
        sb.append('\n');
    }

    /** Go compares the interface words; for our boxed values and strings, equal contents is the closest. */
    static boolean sameValue(Object a, Object b) {
        if (a == b) {
            return true;
        }
        return (a instanceof String || a instanceof Number || a instanceof Boolean) && Objects.equals(a, b);
    }
}
