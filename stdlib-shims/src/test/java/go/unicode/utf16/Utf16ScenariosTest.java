// Runs the unicode/utf16 scenarios of src/test/go/misccases and compares with real Go's output.
package go.unicode.utf16;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.IntSlice;
import dev.goloom.runtime.ShortSlice;
import dev.goloom.runtime.Tuple2;
import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** misccases/main.go, statement for statement. */
class Utf16ScenariosTest {
    private static Boxed u16(ShortSlice s) {
        return new Boxed(new GoType.Slice(GoType.UINT16), s);
    }

    private static Boxed runes(IntSlice s) {
        return new Boxed(new GoType.Slice(GoType.INT32), s);
    }

    @Test
    void scenarios() {
        GoOut o = new GoOut();
        o.println("== unicode/utf16");
        ShortSlice enc = Utf16.Encode(IntSlice.of('a', 'é', 0x1F600, 0xD800, 0x110000, 'z'));
        o.println(u16(enc), enc.len(), enc.cap());
        IntSlice dec = Utf16.Decode(ShortSlice.of((short) 0x61, (short) 0xD83D, (short) 0xDE00, (short) 0xD800, (short) 0x62,
                (short) 0xDC00, (short) 0xDBFF, (short) 0xDFFF));
        o.println(runes(dec), dec.len(), dec.cap());
        Tuple2<Integer, Integer> r = Utf16.EncodeRune(0x1F600);
        o.println(r.v0(), r.v1(), Utf16.DecodeRune(r.v0(), r.v1()), Utf16.DecodeRune('a', r.v1()));
        r = Utf16.EncodeRune('a');
        o.println(r.v0(), r.v1());
        o.println(Utf16.IsSurrogate(0xD800), Utf16.IsSurrogate(0xE000), Utf16.RuneLen('a'), Utf16.RuneLen(0x1F600),
                Utf16.RuneLen(0xD800), Utf16.RuneLen(-1));
        o.println(u16(Utf16.AppendRune(ShortSlice.NIL, 0x10000)), u16(Utf16.AppendRune(ShortSlice.of((short) 1), 0xDFFF)));
        assertEquals(GoldenText.section("misccases.txt", "unicode/utf16"), o.text());
    }
}
