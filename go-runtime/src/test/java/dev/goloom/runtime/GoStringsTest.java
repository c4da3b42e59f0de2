// UTF-8 decoding and string conversions against Go (resources/go/utf8.go → utf8.out), and byte-string ordering.
package dev.goloom.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class GoStringsTest {
    private static String fromHex(String hex) {
        return new String(HexFormat.of().parseHex(hex), java.nio.charset.StandardCharsets.ISO_8859_1);
    }

    private static String toHex(String goBytes) {
        return HexFormat.of().formatHex(goBytes.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    @Test
    void decodingMatchesGosForRange() {
        int checked = 0;
        for (String line : GoOutput.lines("utf8")) {
            if (!line.startsWith("range ")) {
                continue;
            }
            // "range HEX: i=r i=r | runes N cap C | back HEX"
            String hex = line.substring("range ".length(), line.indexOf(':'));
            String s = fromHex(hex);
            StringBuilder got = new StringBuilder("range " + hex + ":");
            for (int i = 0; i < s.length(); ) {
                long d = GoStrings.decodeRune(s, i);
                got.append(' ').append(i).append('=').append(Integer.toHexString(GoStrings.rune(d)));
                i += GoStrings.width(d);
            }
            IntSlice runes = GoStrings.toRunes(s);
            assertEquals(runes.len(), GoStrings.runeCount(s));
            got.append(" | runes ").append(runes.len()).append(" cap ").append(runes.cap())
                    .append(" | back ").append(toHex(GoStrings.fromRunes(runes)));
            assertEquals(line, got.toString());
            checked++;
        }
        assertTrue(checked >= 38, "cases: " + checked);
    }

    @Test
    void runeToStringMatchesGo() {
        int checked = 0;
        for (String line : GoOutput.lines("utf8")) {
            String[] f = line.split(" ");
            if (f[0].equals("rune")) {
                long r = (int) Long.parseLong(f[1].replace("-", ""), 16) * (f[1].startsWith("-") ? -1 : 1);
                assertEquals(f.length > 2 ? f[2] : "", toHex(GoStrings.fromRune(r)), line);
                checked++;
            } else if (f[0].equals("int64rune")) {
                assertEquals(f[2], toHex(GoStrings.fromRune(Long.parseLong(f[1]))), line);
                checked++;
            }
        }
        assertEquals(20, checked);
    }

    @Test
    void conversionsAreNeverNil() {
        // From utf8.out: []byte("") and []rune("") are not nil.
        assertTrue(GoOutput.lines("utf8").contains("string(nil) len 0 []byte(\"\") nil false []rune(\"\") nil false"));
        assertFalse(GoStrings.toBytes("").isNil());
        assertFalse(GoStrings.toRunes("").isNil());
        assertEquals(0, GoStrings.toRunes("").cap());
        assertEquals("", GoStrings.fromBytes(ByteSlice.NIL));
        assertEquals("", GoStrings.fromRunes(IntSlice.NIL));
        assertEquals("h\u00c3\u00a9", GoStrings.fromBytes(GoStrings.toBytes("h\u00c3\u00a9")));
    }

    @Test
    void compareToOrdersByteStringsAsGoDoes() {
        // Go compares bytes unsigned: "\xff" > "a" > "A" > "" and "ab" < "b".
        assertTrue("\u00ff".compareTo("a") > 0);
        assertTrue("a".compareTo("A") > 0);
        assertTrue("A".compareTo("") > 0);
        assertTrue("ab".compareTo("b") < 0);
        assertTrue("\u0080".compareTo("\u007f") > 0);
    }
}
