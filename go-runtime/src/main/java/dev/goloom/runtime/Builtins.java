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

    /** How print formats a float64: {@code +1.500000e+000}. */
    public static String float64(double v) {
        if (Double.isNaN(v)) {
            return "NaN";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "+Inf" : "-Inf";
        }
        String s = String.format("%.6e", v);            // e.g. 1.500000e+00
        int e = s.indexOf('e');
        String mantissa = s.substring(0, e);
        int exp = Integer.parseInt(s.substring(e + 1));
        String sign = v >= 0 && !(v == 0 && 1 / v < 0) ? "+" : "";
        return sign + mantissa + "e" + (exp < 0 ? "-" : "+") + String.format("%03d", Math.abs(exp));
    }
}
