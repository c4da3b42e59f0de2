// Renders time shim results as the text timecases/main.go prints for the same values in Go.
package go.time;

import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Tuple2;

/** Each method mirrors a helper of {@code src/test/go/timecases}. */
final class TimeShow {
    private TimeShow() {}

    /** The zones of timecases/main.go, one Location each (Go's == on times compares Location pointers). */
    static final Location EET = Time_.FixedZone("EET", 7200);
    static final Location UNNAMED = Time_.FixedZone("", -19800);
    static final Location ODD = Time_.FixedZone("ODD", 3661);

    /** Go: year month day hour min sec nsec yday= wd= iso= unix= nano= zone=. */
    static String fields(Time t) {
        var iso = t.ISOWeek();
        var z = t.Zone();
        return t.Year() + " " + t.Month() + " " + t.Day() + " " + t.Hour() + " " + t.Minute() + " " + t.Second() + " "
                + t.Nanosecond() + " yday=" + t.YearDay() + " wd=" + t.Weekday() + " iso=" + iso.v0() + "-" + iso.v1()
                + " unix=" + t.Unix() + " nano=" + t.UnixNano() + " zone=" + z.v0() + " " + z.v1();
    }

    /** Go: the time in RFC3339Nano, its zone name and offset; or "error: " and the error. */
    static String parsed(Tuple2<Time, GoError> r) {
        if (r.v1() != null) {
            return "error: " + r.v1().Error();
        }
        var z = r.v0().Zone();
        return r.v0().Format("2006-01-02T15:04:05.999999999Z07:00") + " " + z.v0() + " " + z.v1();
    }

    /** Go: fmt.Sprintf("%v|%v", d, err). */
    static String durPair(Tuple2<Long, GoError> r) {
        return Time_.Duration_String(r.v0()) + "|" + (r.v1() == null ? "<nil>" : r.v1().Error());
    }

    /** Go: fmt.Sprint of the bit patterns of three float64s. */
    static String bits(double a, double b, double c) {
        return Long.toUnsignedString(Double.doubleToRawLongBits(a)) + " " + Long.toUnsignedString(Double.doubleToRawLongBits(b))
                + " " + Long.toUnsignedString(Double.doubleToRawLongBits(c));
    }

    /** Go: fmt.Sprint(t.Before(u), t.After(u), t.Equal(u), t.Compare(u), t == u). */
    static String cmp(Time t, Time u) {
        return t.Before(u) + " " + t.After(u) + " " + t.Equal(u) + " " + t.Compare(u) + " " + t.equals(u);
    }
}
