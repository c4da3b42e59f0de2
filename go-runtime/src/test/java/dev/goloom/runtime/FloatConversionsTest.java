// Float→integer and uint64→float conversions against gc on amd64 (resources/go/floatconv.go → floatconv.out).
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FloatConversionsTest {
    private static double parse(String goFloat) {
        return switch (goFloat) {
            case "+Inf" -> Double.POSITIVE_INFINITY;
            case "-Inf" -> Double.NEGATIVE_INFINITY;
            case "NaN" -> Double.NaN;
            default -> Double.parseDouble(goFloat);
        };
    }

    @Test
    void floatToIntegerMatchesGc() {
        int checked = 0;
        for (String line : GoOutput.lines("floatconv")) {
            String[] t = line.split(" ");
            if (!t[0].equals("f64") && !t[0].equals("f32")) {
                continue;
            }
            double f = t[0].equals("f32") ? (double) (float) parse(t[1]) : parse(t[1]);
            String got = t[0] + " " + t[1]
                    + " " + FloatConversions.toInt64(f)
                    + " " + FloatConversions.toInt32(f)
                    + " " + FloatConversions.toInt16(f)
                    + " " + FloatConversions.toInt8(f)
                    + " " + Long.toUnsignedString(FloatConversions.toUint64(f))
                    + " " + Integer.toUnsignedString(FloatConversions.toUint32(f))
                    + " " + (FloatConversions.toUint16(f) & 0xffff)
                    + " " + (FloatConversions.toUint8(f) & 0xff);
            assertEquals(line, got);
            checked++;
        }
        assertEquals(72, checked);
    }

    @Test
    void integerToFloatMatchesGc() {
        int checked = 0;
        for (String line : GoOutput.lines("floatconv")) {
            String[] t = line.split(" ");
            if (t[0].equals("u64")) {
                long u = Long.parseUnsignedLong(t[1]);
                assertEquals(parse(t[2]), FloatConversions.u64ToF64(u), line);
                assertEquals((float) parse(t[3]), FloatConversions.u64ToF32(u), line);
                assertEquals(t[2], GoFloats.formatG(FloatConversions.u64ToF64(u)), line);
                assertEquals(t[3], GoFloats.formatG(FloatConversions.u64ToF32(u)), line);
                checked++;
            } else if (t[0].equals("i64")) {
                long i = Long.parseLong(t[1]);
                assertEquals(t[2], GoFloats.formatG((double) i), line);
                assertEquals(t[3], GoFloats.formatG((float) i), line);
                checked++;
            }
        }
        assertEquals(21, checked);
    }
}
