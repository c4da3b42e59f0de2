// Package math/cmplx: complex128 functions with Go's special cases, built on package math as Go's are.
package go.math.cmplx;

import dev.goloom.runtime.Complex128;
import dev.goloom.runtime.Tuple2;
import go.math.Math;

/**
 * Go's package math/cmplx. Each function composes package math's functions and complex
 * arithmetic in the order Go's definitions do (the same special cases first, the same
 * formulas after), so a result is Go's bits whenever the math functions it uses are
 * ({@code Abs}, {@code Sqrt}, {@code Conj}, {@code IsInf}, {@code IsNaN}, {@code Inf},
 * {@code NaN} always; the others inherit the last-bit differences of go.math.Math's
 * transcendental functions, see {@code CmplxTest}).
 */
public final class Cmplx {
    private Cmplx() {}

    private static final double NAN = Double.NaN;
    private static final double INF = Double.POSITIVE_INFINITY;

    private static Complex128 c(double re, double im) {
        return new Complex128(re, im);
    }

    private static boolean isInf(double f) {
        return Double.isInfinite(f);
    }

    private static boolean isNaN(double f) {
        return Double.isNaN(f);
    }

    private static double copysign(double f, double sign) {
        return java.lang.Math.copySign(f, sign);
    }

    private static double abs(double f) {
        return java.lang.Math.abs(f);
    }

    // ---- parts, classification, polar form ----

    /** |x|: Hypot(real, imag). */
    public static double Abs(Complex128 x) {
        return Math.Hypot(x.real(), x.imag());
    }

    /** The argument of x, in [-Pi, Pi]. */
    public static double Phase(Complex128 x) {
        return Math.Atan2(x.imag(), x.real());
    }

    public static Tuple2<Double, Double> Polar(Complex128 x) {
        return new Tuple2<>(Abs(x), Phase(x));
    }

    public static Complex128 Rect(double r, double theta) {
        Tuple2<Double, Double> sc = Math.Sincos(theta);
        return c(r * sc.v1(), r * sc.v0());
    }

    public static Complex128 Conj(Complex128 x) {
        return c(x.real(), -x.imag());
    }

    /** Whether either part is an infinity. */
    public static boolean IsInf(Complex128 x) {
        return isInf(x.real()) || isInf(x.imag());
    }

    /** Whether either part is NaN and neither is an infinity. */
    public static boolean IsNaN(Complex128 x) {
        if (isInf(x.real()) || isInf(x.imag())) {
            return false;
        }
        return isNaN(x.real()) || isNaN(x.imag());
    }

    public static Complex128 Inf() {
        return c(INF, INF);
    }

    public static Complex128 NaN() {
        return c(NAN, NAN);
    }

    // ---- roots, exponentials, logarithms ----

    /** The principal square root, scaling the parts first so that Hypot neither overflows nor loses precision. */
    public static Complex128 Sqrt(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (im == 0) {
            if (re == 0) {
                return c(0, im);
            }
            if (re < 0) {
                return c(0, copysign(Math.Sqrt(-re), im));
            }
            return c(Math.Sqrt(re), im);
        }
        if (isInf(im)) {
            return c(INF, im);
        }
        if (re == 0) {
            double r = Math.Sqrt(0.5 * abs(im));
            return im < 0 ? c(r, -r) : c(r, r);
        }
        double a = re, b = im, scale;
        if (abs(a) > 4 || abs(b) > 4) {
            a *= 0.25;
            b *= 0.25;
            scale = 2;
        } else {
            a *= 0x1p54;
            b *= 0x1p54;
            scale = 0x1p-27;
        }
        double r = Math.Hypot(a, b);
        double t;
        if (a > 0) {
            t = Math.Sqrt(0.5 * r + 0.5 * a);
            r = scale * abs((0.5 * b) / t);
            t *= scale;
        } else {
            r = Math.Sqrt(0.5 * r - 0.5 * a);
            t = scale * abs((0.5 * b) / r);
            r *= scale;
        }
        return b < 0 ? c(t, -r) : c(t, r);
    }

    public static Complex128 Exp(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (isInf(re)) {
            if (re > 0 && im == 0) {
                return x;
            }
            if (isInf(im) || isNaN(im)) {
                return re < 0 ? c(0, copysign(0, im)) : c(INF, NAN);
            }
        } else if (isNaN(re) && im == 0) {
            return c(NAN, im);
        }
        double r = Math.Exp(re);
        Tuple2<Double, Double> sc = Math.Sincos(im);
        return c(r * sc.v1(), r * sc.v0());
    }

    /** The natural logarithm: Log|x| + i·Phase(x). */
    public static Complex128 Log(Complex128 x) {
        return c(Math.Log(Abs(x)), Phase(x));
    }

    public static Complex128 Log10(Complex128 x) {
        Complex128 z = Log(x);
        return c(Math.Log10E * z.real(), Math.Log10E * z.imag());
    }

    /** x**y; Pow(0, y) follows Go's rules for a zero base (1, 0, Inf or NaN by y). */
    public static Complex128 Pow(Complex128 x, Complex128 y) {
        if (x.real() == 0 && x.imag() == 0) {
            if (IsNaN(y)) {
                return NaN();
            }
            double r = y.real(), i = y.imag();
            if (r == 0) {
                return c(1, 0);
            }
            if (r < 0) {
                return i == 0 ? c(INF, 0) : Inf();
            }
            if (r > 0) {
                return c(0, 0);
            }
            // A NaN real part with an infinite imaginary part: Go's code reaches panic("not reached").
            throw new dev.goloom.runtime.GoPanic("not reached");
        }
        double modulus = Abs(x);
        if (modulus == 0) {
            return c(0, 0);
        }
        double r = Math.Pow(modulus, y.real());
        double arg = Phase(x);
        double theta = y.real() * arg;
        if (y.imag() != 0) {
            r *= Math.Exp(-y.imag() * arg);
            theta += y.imag() * Math.Log(modulus);
        }
        Tuple2<Double, Double> sc = Math.Sincos(theta);
        return c(r * sc.v1(), r * sc.v0());
    }

    // ---- trigonometric and hyperbolic functions ----

    public static Complex128 Sin(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (im == 0 && (isInf(re) || isNaN(re))) {
            return c(NAN, im);
        } else if (isInf(im)) {
            if (re == 0) {
                return x;
            }
            if (isInf(re) || isNaN(re)) {
                return c(NAN, im);
            }
        } else if (re == 0 && isNaN(im)) {
            return x;
        }
        Tuple2<Double, Double> sc = Math.Sincos(re);
        double[] shch = sinhcosh(im);
        return c(sc.v0() * shch[1], sc.v1() * shch[0]);
    }

    public static Complex128 Sinh(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (re == 0 && (isInf(im) || isNaN(im))) {
            return c(re, NAN);
        } else if (isInf(re)) {
            if (im == 0) {
                return x;
            }
            if (isInf(im) || isNaN(im)) {
                return c(re, NAN);
            }
        } else if (im == 0 && isNaN(re)) {
            return c(NAN, im);
        }
        Tuple2<Double, Double> sc = Math.Sincos(im);
        double[] shch = sinhcosh(re);
        return c(sc.v1() * shch[0], sc.v0() * shch[1]);
    }

    public static Complex128 Cos(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (im == 0 && (isInf(re) || isNaN(re))) {
            return c(NAN, -im * copysign(0, re));
        } else if (isInf(im)) {
            if (re == 0) {
                return c(INF, -re * copysign(0, im));
            }
            if (isInf(re) || isNaN(re)) {
                return c(INF, NAN);
            }
        } else if (re == 0 && isNaN(im)) {
            return c(NAN, 0);
        }
        Tuple2<Double, Double> sc = Math.Sincos(re);
        double[] shch = sinhcosh(im);
        return c(sc.v1() * shch[1], -sc.v0() * shch[0]);
    }

    public static Complex128 Cosh(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (re == 0 && (isInf(im) || isNaN(im))) {
            return c(NAN, re * copysign(0, im));
        } else if (isInf(re)) {
            if (im == 0) {
                return c(INF, im * copysign(0, re));
            }
            if (isInf(im) || isNaN(im)) {
                return c(INF, NAN);
            }
        } else if (im == 0 && isNaN(re)) {
            return c(NAN, im);
        }
        Tuple2<Double, Double> sc = Math.Sincos(im);
        double[] shch = sinhcosh(re);
        return c(sc.v1() * shch[1], sc.v0() * shch[0]);
    }

    /** {sinh(x), cosh(x)}: from one Exp when |x| > 0.5, where that loses nothing. */
    private static double[] sinhcosh(double x) {
        if (abs(x) <= 0.5) {
            return new double[] {Math.Sinh(x), Math.Cosh(x)};
        }
        double e = Math.Exp(x);
        double ei = 0.5 / e;
        e *= 0.5;
        return new double[] {e - ei, e + ei};
    }

    public static Complex128 Tan(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (isInf(im)) {
            if (isInf(re) || isNaN(re)) {
                return c(copysign(0, re), copysign(1, im));
            }
            return c(copysign(0, Math.Sin(2 * re)), copysign(1, im));
        }
        if (re == 0 && isNaN(im)) {
            return x;
        }
        double d = Math.Cos(2 * re) + Math.Cosh(2 * im);
        if (abs(d) < 0.25) {
            d = tanSeries(re, im);
        }
        if (d == 0) {
            return Inf();
        }
        return c(Math.Sin(2 * re) / d, Math.Sinh(2 * im) / d);
    }

    public static Complex128 Tanh(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (isInf(re)) {
            if (isInf(im) || isNaN(im)) {
                return c(copysign(1, re), copysign(0, im));
            }
            return c(copysign(1, re), copysign(0, Math.Sin(2 * im)));
        }
        if (im == 0 && isNaN(re)) {
            return x;
        }
        double d = Math.Cosh(2 * re) + Math.Cos(2 * im);
        if (d == 0) {
            return Inf();
        }
        return c(Math.Sinh(2 * re) / d, Math.Sin(2 * im) / d);
    }

    public static Complex128 Cot(Complex128 x) {
        double re = x.real(), im = x.imag();
        double d = Math.Cosh(2 * im) - Math.Cos(2 * re);
        if (abs(d) < 0.25) {
            d = tanSeries(re, im);
        }
        if (d == 0) {
            return Inf();
        }
        return c(Math.Sin(2 * re) / d, -Math.Sinh(2 * im) / d);
    }

    /**
     * cosh(2y) - cos(2x) by its Taylor series, for the denominators of Tan and Cot near their
     * poles where the subtraction would cancel: sums terms until one is below 2^-53 of the total.
     */
    private static double tanSeries(double re, double im) {
        final double machineEpsilon = 0x1p-53;
        double x = ReducePi.reduce(abs(2 * re));
        double y = abs(2 * im);
        x = x * x;
        y = y * y;
        double x2 = 1, y2 = 1, f = 1, rn = 0, d = 0;
        while (true) {
            rn++;
            f *= rn;
            rn++;
            f *= rn;
            x2 *= x;
            y2 *= y;
            double t = (y2 + x2) / f;
            d += t;
            rn++;
            f *= rn;
            rn++;
            f *= rn;
            x2 *= x;
            y2 *= y;
            t = (y2 - x2) / f;
            d += t;
            if (!(abs(t / d) > machineEpsilon)) {
                return d;
            }
        }
    }

    // ---- inverse functions ----

    public static Complex128 Asin(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (im == 0 && abs(re) <= 1) {
            return c(Math.Asin(re), im);
        } else if (re == 0 && abs(im) <= 1) {
            return c(re, Math.Asinh(im));
        } else if (isNaN(im)) {
            if (re == 0) {
                return c(re, NAN);
            }
            return isInf(re) ? c(NAN, re) : NaN();
        } else if (isInf(im)) {
            if (isNaN(re)) {
                return x;
            }
            return isInf(re) ? c(copysign(java.lang.Math.PI / 4, re), im) : c(copysign(0, re), im);
        } else if (isInf(re)) {
            return c(copysign(java.lang.Math.PI / 2, re), copysign(re, im));
        }
        Complex128 ct = c(-im, re); // i·x
        Complex128 xx = x.mul(x);
        Complex128 x2 = Sqrt(c(1 - xx.real(), -xx.imag())); // sqrt(1 - x·x)
        Complex128 w = Log(ct.add(x2));
        return c(w.imag(), -w.real()); // -i·w
    }

    public static Complex128 Asinh(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (im == 0 && abs(re) <= 1) {
            return c(Math.Asinh(re), im);
        } else if (re == 0 && abs(im) <= 1) {
            return c(re, Math.Asin(im));
        } else if (isInf(re)) {
            if (isInf(im)) {
                return c(re, copysign(java.lang.Math.PI / 4, im));
            }
            return isNaN(im) ? x : c(re, copysign(0.0, im));
        } else if (isNaN(re)) {
            if (im == 0) {
                return x;
            }
            return isInf(im) ? c(im, re) : NaN();
        } else if (isInf(im)) {
            return c(copysign(im, re), copysign(java.lang.Math.PI / 2, im));
        }
        Complex128 xx = x.mul(x);
        return Log(x.add(Sqrt(c(1 + xx.real(), xx.imag())))); // log(x + sqrt(1 + x·x))
    }

    public static Complex128 Acos(Complex128 x) {
        Complex128 w = Asin(x);
        return c(java.lang.Math.PI / 2 - w.real(), -w.imag());
    }

    public static Complex128 Acosh(Complex128 x) {
        if (x.real() == 0 && x.imag() == 0) {
            return c(0, copysign(java.lang.Math.PI / 2, x.imag()));
        }
        Complex128 w = Acos(x);
        return w.imag() <= 0 ? c(-w.imag(), w.real()) : c(w.imag(), -w.real()); // ±i·w, real part ≥ 0
    }

    public static Complex128 Atan(Complex128 x) {
        double re = x.real(), im = x.imag();
        if (im == 0) {
            return c(Math.Atan(re), im);
        } else if (re == 0 && abs(im) <= 1) {
            return c(re, Math.Atanh(im));
        } else if (isInf(im) || isInf(re)) {
            return isNaN(re) ? c(NAN, copysign(0, im)) : c(copysign(java.lang.Math.PI / 2, re), copysign(0, im));
        } else if (isNaN(re) || isNaN(im)) {
            return NaN();
        }
        double x2 = re * re;
        double a = 1 - x2 - im * im;
        if (a == 0) {
            return NaN();
        }
        double t = 0.5 * Math.Atan2(2 * re, a);
        double w = ReducePi.reduce(t);
        t = im - 1;
        double b = x2 + t * t;
        if (b == 0) {
            return NaN();
        }
        t = im + 1;
        double q = (x2 + t * t) / b;
        return c(w, 0.25 * Math.Log(q));
    }

    public static Complex128 Atanh(Complex128 x) {
        Complex128 z = Atan(c(-x.imag(), x.real())); // atan(i·x)
        return c(z.imag(), -z.real()); // -i·z
    }
}
