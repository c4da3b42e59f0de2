// Runs the cmp scenarios of src/test/go/misccases and compares with real Go's output.
package go.cmp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import go.testsupport.GoOut;
import go.testsupport.GoldenText;
import org.junit.jupiter.api.Test;

/** misccases/main.go, statement for statement; the float table runs through both the boxed and the primitive methods. */
class CmpScenariosTest {
    private static final double[] FLOATS = {Double.NaN, Double.NEGATIVE_INFINITY, -1, -0.0, 0, 1, Double.POSITIVE_INFINITY};

    private static String run(boolean boxed) {
        GoOut o = new GoOut();
        o.println("== cmp");
        for (double x : FLOATS) {
            for (double y : FLOATS) {
                if (boxed) {
                    o.print(Cmp.Compare((Double) x, (Double) y), Cmp.Less((Double) x, (Double) y), " ");
                } else {
                    o.print(Cmp.Compare(x, y), Cmp.Less(x, y), " ");
                }
            }
            o.println();
        }
        o.println(Cmp.Compare(1L, 2L), Cmp.Compare("b", "a"), Cmp.Less("a", "b"), Cmp.Compare((Long) (-5L), (Long) (-5L)));
        o.println(Cmp.Or(0L, 0L, 3L, 4L), Cmp.Or("", "x"), Cmp.Or(0L), Cmp.Or(0.0, -0.0, 1.5));
        return o.text();
    }

    @Test
    void boxedAndPrimitive() {
        assertEquals(GoldenText.section("misccases.txt", "cmp"), run(true));
        assertEquals(GoldenText.section("misccases.txt", "cmp"), run(false));
    }
}
