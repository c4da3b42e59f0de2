// JUnit tests of the Java side: Go structs, methods, errors and slices through ordinary Java calls.
package com.example.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.example.shapes.Rect;
import com.example.shapes.Shapes;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class AppTest {
    @BeforeAll
    static void initGoPackage() {
        Shapes.initPackage();
    }

    @Test
    void describesTheLargestRectangle() {
        assertEquals("largest floor(5x4), areas [2, 4, 20]", App.describe("door:1x2,table:2x2,floor:5x4"));
    }

    @Test
    void goErrorsReachJavaAsGoErrorValues() {
        // Text from go test: fmt.Errorf with %w around strconv.Atoi's error.
        assertEquals("error: shapes: width of a: strconv.Atoi: parsing \"\": invalid syntax", App.describe("a:xx2"));
        Tuple2<Rect, GoError> none = Shapes.Largest(Shapes.Parse("a:1x1").v0().slice(0, 0));
        assertSame(Shapes.ErrEmpty, none.v1());
    }

    @Test
    void structMethodsWorkOnTheJavaObject() {
        Rect r = new Rect("r", 2, 3);
        r.Scale(2);
        assertEquals(24, r.Area());
        assertEquals("r(4x6)", r.String());
        Tuple2<Slice<Rect>, GoError> parsed = Shapes.Parse("a:2x3");
        assertNull(parsed.v1());
        assertEquals(1, parsed.v0().len());
        assertEquals(new Rect("a", 2, 3), parsed.v0().get(0));
    }
}
