// Exact values of Go constants ("Constants" in the spec): arbitrary precision, no overflow.
package dev.goloom.constant;

import java.math.BigInteger;

/**
 * A constant value. Integer constants are exact big integers; floating-point constants are
 * exact rationals ({@link Rational}); strings are byte strings. "Numeric constants represent
 * exact values of arbitrary precision and do not overflow."
 */
public sealed interface Constant {

    record Bool(boolean value) implements Constant {
        @Override public String toString() { return Boolean.toString(value); }
    }

    /** A byte string: one char per byte. */
    record Str(String value) implements Constant {}

    record Int(BigInteger value) implements Constant {
        public static Int of(long v) { return new Int(BigInteger.valueOf(v)); }
        @Override public String toString() { return value.toString(); }
    }

    record Float(Rational value) implements Constant {
        @Override public String toString() { return value.toString(); }
    }

    /** A complex constant: exact real and imaginary parts. */
    record Complex(Rational re, Rational im) implements Constant {
        @Override public String toString() { return "(" + re + " + " + im + "i)"; }
    }

    /** The value of an erroneous constant expression; operations on it stay unknown. */
    record Unknown() implements Constant {}
}
