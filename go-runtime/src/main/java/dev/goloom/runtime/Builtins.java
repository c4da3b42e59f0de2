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
