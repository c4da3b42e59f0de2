// Tests of Rational's rounding to float32 and float64: once, to nearest even, from the exact value.
package dev.goloom.constant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class RationalTest {
    private static Rational pow2(int e) {
        return e >= 0 ? Rational.of(BigInteger.ONE.shiftLeft(e)) : new Rational(BigInteger.ONE, BigInteger.ONE.shiftLeft(-e));
    }

    /** The cases of $GOROOT/test/float_lit2.go around the largest float32 and float64. */
    @Test
    void roundsOnceNearTheLargestFloats() {
        Rational ulp32 = pow2(104), max32 = pow2(128).sub(ulp32), half32 = pow2(103);
        assertEquals(Float.MAX_VALUE, max32.add(half32).sub(pow2(40)).toFloat()); // a double would make it a tie
        assertEquals(Float.MAX_VALUE, max32.add(half32).sub(pow2(-128)).toFloat());
        assertEquals(-Float.MAX_VALUE, max32.add(half32).sub(pow2(-128)).negate().toFloat());
        assertEquals(Float.POSITIVE_INFINITY, max32.add(half32).toFloat()); // a tie rounds to even: 2^128
        assertEquals(Math.nextDown(Float.MAX_VALUE), max32.sub(half32).toFloat()); // a tie rounds to even
        assertEquals(Float.MAX_VALUE, max32.sub(half32).add(pow2(-128)).toFloat());

        Rational ulp64 = pow2(971), max64 = pow2(1024).sub(ulp64), half64 = pow2(970);
        assertEquals(Double.MAX_VALUE, max64.add(half64).sub(pow2(-128)).toDouble());
        assertEquals(Double.NEGATIVE_INFINITY, max64.add(half64).negate().toDouble());
    }

    @Test
    void roundsSubnormalsAndOrdinaryValues() {
        assertEquals(0.1, Rational.parseDecimal("0.1").toDouble());
        assertEquals(0.1f, Rational.parseDecimal("0.1").toFloat());
        assertEquals(Double.MIN_VALUE, pow2(-1074).toDouble());
        assertEquals(Double.MIN_VALUE, pow2(-1075).add(pow2(-1200)).toDouble()); // above half the smallest
        assertEquals(0.0, pow2(-1075).toDouble()); // half the smallest: a tie, to even (zero)
        assertEquals(Float.MIN_VALUE, pow2(-149).toFloat());
        assertEquals(0.0f, pow2(-150).toFloat());
        assertEquals(0.0, pow2(-1075).negate().toDouble()); // Go's constants have no -0
        assertEquals(16777216f, Rational.parseDecimal("16777217").toFloat());
        assertEquals(1.0 / 3, new Rational(BigInteger.ONE, BigInteger.valueOf(3)).toDouble());
    }
}
