// Tests of fmt's default formatting and operand spacing (expected strings from real Go).
package go.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FmtTest {
    @Test
    void sprintlnAlwaysSeparatesWithSpaces() {
        // fmt.Sprintln("a", 1, true, "b") == "a 1 true b\n"
        assertEquals("a 1 true b\n", Fmt.Sprintln("a", 1L, true, "b"));
        assertEquals("\n", Fmt.Sprintln());
    }

    @Test
    void sprintSeparatesOnlyNonStrings() {
        // Real Go: fmt.Sprint("a", 1, 2, "b", "c", 3) == "a1 2bc3" (spaces only between two non-strings).
        assertEquals("a1 2bc3", Fmt.Sprint("a", 1L, 2L, "b", "c", 3L));
    }

    @Test
    void floatsUseTheShortestForm() {
        // fmt.Sprintln(1.5, 1e6, 100000.0, 1e-5) == "1.5 1e+06 100000 1e-05\n"
        assertEquals("1.5 1e+06 100000 1e-05\n", Fmt.Sprintln(1.5, 1e6, 100000.0, 1e-5));
    }

    @Test
    void nilPrintsAsNilInAngleBrackets() {
        assertEquals("<nil>\n", Fmt.Sprintln((Object) null));
    }
}
