// Tests of FloatText: float constants print as go/constant's String prints them.
package dev.goloom.constant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FloatTextTest {
    /** Expected texts: constant.MakeFromLiteral(lit, token.FLOAT, 0).String() with Go 1.26. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2.0|2", "1e6|1e+06", "1e20|1e+20", "123456789.0|1.23457e+08", "0.1|0.1", "3.5|3.5",
        "1000000.5|1.0000005e+06", "100000.0|100000", "0.001234|0.001234", "1e-5|1e-05",
        "1e400|1e+400", "1.5e-400|1.5e-400", "123.456789|123.457", "-2.5e-7|-2.5e-07", "0.0|0",
        "1e21|1e+21", "1.0000001|1.0000001", "999999.5|999999.5", "9999995.0|1e+07", "-1e400|-1e+400",
    })
    void printsLikeGoConstant(String literal, String expected) {
        assertEquals(expected, FloatText.of(Rational.parseDecimal(literal)));
    }
}
