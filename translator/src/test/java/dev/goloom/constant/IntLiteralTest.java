// Tests of ConstOps.parseInt: integer literals in every base, on both sides of the long fast path.
package dev.goloom.constant;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IntLiteralTest {
    /**
     * Each literal with its value as Go gives it (math/big's SetString(s, 0), Go 1.26): small
     * ones, the largest that take the long path, and ones just past it or past 64 bits.
     */
    private static final String[][] LITERALS = {
        {"0", "0"},
        {"7", "7"},
        {"1_000_000", "1000000"},
        {"999999999999999", "999999999999999"},
        {"9223372036854775807", "9223372036854775807"},
        {"18446744073709551616", "18446744073709551616"},
        {"0x7fff_ffff_ffff_fff", "576460752303423487"},
        {"0xffffffffffffffff", "18446744073709551615"},
        {"0b1011", "11"},
        {"0o777", "511"},
        {"0777", "511"},
    };

    @Test
    void valuesAsGoGivesThem() {
        for (String[] lit : LITERALS) {
            assertEquals(new Constant.Int(new BigInteger(lit[1])), ConstOps.parseInt(lit[0]), lit[0]);
        }
    }
}
