// Go's built-in print and println, which write to standard error.
package dev.goloom.runtime;

/**
 * {@code print} and {@code println}. Translated code turns each argument into its printed
 * form first (the translator knows the static type: {@code Long.toString(x)} for an int),
 * so these only join and write. println separates with spaces and ends with a newline.
 */
public final class Builtins {
    private Builtins() {}

    public static void println(String... parts) {
        Stdio.writeErr(String.join(" ", parts) + "\n");
    }

    public static void print(String... parts) {
        Stdio.writeErr(String.join("", parts));
    }

    /** How print formats a float64 since Go 1.26: the shortest form, as %v ({@code 1.5}, {@code 1e+06}). */
    public static String float64(double v) {
        return GoFloats.formatG(v);
    }

    /** How print formats a float32. */
    public static String float32(float v) {
        return GoFloats.formatG(v);
    }

    /** How print formats a complex128: {@code (1.5-2i)}, the imaginary part always signed. */
    public static String complex128(Complex128 z) {
        return complex(GoFloats.formatG(z.real()), GoFloats.formatG(z.imag()));
    }

    /** How print formats a complex64. */
    public static String complex64(Complex64 z) {
        return complex(GoFloats.formatG(z.real()), GoFloats.formatG(z.imag()));
    }

    private static String complex(String re, String im) {
        boolean signed = im.startsWith("+") || im.startsWith("-");
        return "(" + re + (signed ? "" : "+") + im + "i)";
    }

    /**
     * How print formats a pointer, map, channel, func or unsafe.Pointer: its address in hex
     * ({@code 0x0} for nil). Addresses are the runtime's invented ones ({@link Addresses}).
     */
    public static String pointer(Object p) {
        boolean nil = p == null || p instanceof Chan<?> c && c.isNil() || p instanceof GoMap<?, ?> m && m.isNil();
        return "0x" + Long.toHexString(nil ? 0 : Addresses.of(p));
    }

    /** How print formats a slice: {@code [len/cap]} and the address of its array. */
    public static String slice(SliceBase s) {
        return "[" + s.len() + "/" + s.cap() + "]" + pointer(s.isNil() ? null : s);
    }

    /**
     * How print formats an interface value: {@code (type,data)} as two addresses, the type's
     * being that of its descriptor (or Java class), {@code (0x0,0x0)} for nil.
     */
    public static String iface(Object x) {
        if (x == null) {
            return "(0x0,0x0)";
        }
        Object type = x instanceof Boxed b ? b.type() : x.getClass();
        return "(" + pointer(type) + "," + pointer(x) + ")";
    }

    /** {@code panic(v)}: the exception to throw (generated code writes {@code throw Builtins.panic(v)}). */
    public static GoPanic panic(Object v) {
        return new GoPanic(v);
    }

    /** min and max of strings (byte order). */
    public static String minString(String a, String b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public static String maxString(String a, String b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** min and max of unsigned values (passed widened to long, uint64 as its bits). */
    public static long minUnsigned(long a, long b) {
        return Long.compareUnsigned(a, b) <= 0 ? a : b;
    }

    public static long maxUnsigned(long a, long b) {
        return Long.compareUnsigned(a, b) >= 0 ? a : b;
    }
}
