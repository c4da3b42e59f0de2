// fmt prints values of time's named types through their String methods, as translated code boxes them.
package go.time;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.GoType;
import go.fmt.Fmt;
import org.junit.jupiter.api.Test;

class TimeFmtTest {
    @Test
    void durationsMonthsAndWeekdaysPrintByTheirStringMethods() {
        // Go: fmt.Println(1500*time.Millisecond, time.March, time.Saturday, time.Month(13)); fmt.Printf("%d %T\n", time.Second, time.Second)
        Object d = new Boxed(GoType.shared("time", "time", "Duration", GoType.INT64), 1_500_000_000L);
        Object m = new Boxed(GoType.shared("time", "time", "Month", GoType.INT), 3L);
        Object w = new Boxed(GoType.shared("time", "time", "Weekday", GoType.INT), 6L);
        Object bad = new Boxed(GoType.shared("time", "time", "Month", GoType.INT), 13L);
        assertEquals("1.5s March Saturday %!Month(13)\n", Fmt.Sprintln(d, m, w, bad));
        Object s = new Boxed(GoType.shared("time", "time", "Duration", GoType.INT64), 1_000_000_000L);
        assertEquals("1000000000 time.Duration", Fmt.Sprintf("%d %T", s, s));
    }
}
