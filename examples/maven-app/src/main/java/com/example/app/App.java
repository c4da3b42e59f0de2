// A Java application that calls the Go package in src/main/go through its Java translation.
package com.example.app;

import com.example.shapes.Rect;
import com.example.shapes.Shapes;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import java.util.Arrays;

/**
 * Reports the largest of some rectangles. The Go package {@code example.com/shapes} is the
 * Java class {@code com.example.shapes.Shapes} (functions), {@code Rect} (the struct, with its
 * methods), Go's {@code error} is {@link GoError}, two results are a {@link Tuple2}, and
 * {@code []Rect} / {@code []int} are the runtime's {@link Slice} / {@link LongSlice}.
 */
public final class App {
    private App() {}

    /** The largest rectangle of {@code spec} ("a:2x3,b:4x5") and all areas, or the Go error's text. */
    public static String describe(String spec) {
        Shapes.initPackage(); // Go package initialization (ErrEmpty); runs once
        Tuple2<Slice<Rect>, GoError> parsed = Shapes.Parse(spec);
        if (parsed.v1() != null) {
            return "error: " + parsed.v1().Error();
        }
        Slice<Rect> rects = parsed.v0();
        Tuple2<Rect, GoError> largest = Shapes.Largest(rects);
        LongSlice areas = Shapes.Areas(rects);
        return "largest " + largest.v0().String() + ", areas " + Arrays.toString(areas.toArray(areas.len()));
    }

    public static void main(String[] args) {
        System.out.println(describe(args.length > 0 ? String.join(",", args) : "door:1x2,table:2x2,floor:5x4"));
    }
}
