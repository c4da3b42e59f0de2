// time.Time: an instant with nanosecond precision, an optional monotonic reading and a Location, as a Go struct value.
package go.time;

import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Tuple2;
import dev.goloom.runtime.Tuple3;
import java.util.List;

/**
 * Go's {@code time.Time}. Invariants: {@code 0 <= nsec < 1e9}; {@code loc} is null for UTC
 * (Go's rule, so that {@code t.UTC() == u.UTC()} compares as Go does); {@code mono} is
 * meaningful only when {@code hasMono} (readings come from {@link Time_#Now()}; operations that
 * change the location or round strip it, as in Go). The zero value is January 1, year 1,
 * 00:00:00 UTC. {@code ==} (equals) compares instant, monotonic reading and location, like
 * Go's comparison of the struct's fields.
 */
public final class Time implements GoStruct<Time>, GoStringer {
    /** The descriptor of time.Time (fmt prints a Time through String()). */
    public static final GoType.Named TYPE = new GoType.Named("time", "time", "Time").define(new GoType.Struct(List.of()));

    /** Unix seconds of January 1, year 1, 00:00:00 UTC: the zero Time. */
    static final long ZERO_UNIX = -62_135_596_800L;

    /** Seconds since 1970-01-01 00:00:00 UTC. */
    long unixSec = ZERO_UNIX;
    /** Nanoseconds within the second, 0 to 999,999,999. */
    int nsec;
    /** Whether {@link #mono} holds a monotonic clock reading. */
    boolean hasMono;
    /** Monotonic reading in nanoseconds since the process started. */
    long mono;
    /** The location; null means UTC. */
    Location loc;

    /** The zero Time. */
    public Time() {}

    Time(long unixSec, int nsec, Location loc) {
        this.unixSec = unixSec;
        this.nsec = nsec;
        this.loc = loc == Location.UTC ? null : loc;
    }

    private Time with(long sec, int ns) {
        Time t = new Time(sec, ns, loc);
        return t;
    }

    /** The location, UTC for null. */
    Location location() {
        return loc == null ? Location.UTC : loc;
    }

    /** The zone in effect at this instant. */
    Location.Zone zone() {
        return location().lookup(unixSec);
    }

    /** Seconds since 1970 of the wall clock in this time's zone, read as if it were UTC. */
    long localSeconds() {
        return unixSec + zone().offset();
    }

    long localDays() {
        return Math.floorDiv(localSeconds(), 86_400L);
    }

    int secondOfDay() {
        return (int) Math.floorMod(localSeconds(), 86_400L);
    }

    Calendar.Civil civil() {
        return Calendar.civilFromDays(localDays());
    }

    // ---- comparison and arithmetic ----------------------------------------------------------

    public boolean After(Time u) {
        if (hasMono && u.hasMono) {
            return mono > u.mono;
        }
        return unixSec > u.unixSec || unixSec == u.unixSec && nsec > u.nsec;
    }

    public boolean Before(Time u) {
        if (hasMono && u.hasMono) {
            return mono < u.mono;
        }
        return unixSec < u.unixSec || unixSec == u.unixSec && nsec < u.nsec;
    }

    public boolean Equal(Time u) {
        if (hasMono && u.hasMono) {
            return mono == u.mono;
        }
        return unixSec == u.unixSec && nsec == u.nsec;
    }

    /** -1, 0 or +1 as t is before, equal to or after u. */
    public long Compare(Time u) {
        return Before(u) ? -1 : After(u) ? 1 : 0;
    }

    public boolean IsZero() {
        return unixSec == ZERO_UNIX && nsec == 0;
    }

    /** t+d; the monotonic reading moves too unless it would overflow. */
    public Time Add(long d) {
        long sec = unixSec + d / 1_000_000_000L;
        long ns = nsec + d % 1_000_000_000L;
        if (ns >= 1_000_000_000L) {
            sec++;
            ns -= 1_000_000_000L;
        } else if (ns < 0) {
            sec--;
            ns += 1_000_000_000L;
        }
        Time t = with(sec, (int) ns);
        if (hasMono) {
            long m = mono + d;
            if (!(d < 0 && m > mono || d > 0 && m < mono)) {
                t.hasMono = true;
                t.mono = m;
            }
        }
        return t;
    }

    /** t-u as a Duration, saturated at the Duration limits (monotonic readings when both have one). */
    public long Sub(Time u) {
        if (hasMono && u.hasMono) {
            long d = mono - u.mono;
            if (d < 0 && mono > u.mono) {
                return Long.MAX_VALUE;
            }
            if (d > 0 && mono < u.mono) {
                return Long.MIN_VALUE;
            }
            return d;
        }
        long d;
        try {
            d = Math.addExact(Math.multiplyExact(unixSec - u.unixSec, 1_000_000_000L), nsec - u.nsec);
        } catch (ArithmeticException overflow) {
            return Before(u) ? Long.MIN_VALUE : Long.MAX_VALUE;
        }
        return d;
    }

    /** The time years, months and days later, normalized as Date normalizes. */
    public Time AddDate(long years, long months, long days) {
        Calendar.Civil c = civil();
        int sod = secondOfDay();
        return Time_.Date(c.year() + years, c.month() + months, c.day() + days, sod / 3600, sod / 60 % 60, sod % 60, nsec,
                location());
    }

    // ---- fields ---------------------------------------------------------------------------

    /** (year, month, day). */
    public Tuple3<Long, Long, Long> Date() {
        Calendar.Civil c = civil();
        return new Tuple3<>(c.year(), (long) c.month(), (long) c.day());
    }

    /** (hour, minute, second). */
    public Tuple3<Long, Long, Long> Clock() {
        int s = secondOfDay();
        return new Tuple3<>((long) (s / 3600), (long) (s / 60 % 60), (long) (s % 60));
    }

    public long Year() {
        return civil().year();
    }

    public long Month() {
        return civil().month();
    }

    public long Day() {
        return civil().day();
    }

    public long Hour() {
        return secondOfDay() / 3600;
    }

    public long Minute() {
        return secondOfDay() / 60 % 60;
    }

    public long Second() {
        return secondOfDay() % 60;
    }

    public long Nanosecond() {
        return nsec;
    }

    /** Day of the year, 1 to 366. */
    public long YearDay() {
        long days = localDays();
        return days - Calendar.daysFromCivil(Calendar.civilFromDays(days).year(), 1, 1) + 1;
    }

    public long Weekday() {
        return Calendar.weekday(localDays());
    }

    /** ISO 8601 (year, week): weeks start on Monday; week 1 holds the year's first Thursday. */
    public Tuple2<Long, Long> ISOWeek() {
        long days = localDays();
        int wd = (Calendar.weekday(days) + 6) % 7; // Monday 0
        long thursday = days - wd + 3;
        long year = Calendar.civilFromDays(thursday).year();
        long week = (thursday - Calendar.daysFromCivil(year, 1, 1)) / 7 + 1;
        return new Tuple2<>(year, week);
    }

    public long Unix() {
        return unixSec;
    }

    public long UnixMilli() {
        return unixSec * 1000 + nsec / 1_000_000;
    }

    public long UnixMicro() {
        return unixSec * 1_000_000 + nsec / 1000;
    }

    public long UnixNano() {
        return unixSec * 1_000_000_000L + nsec;
    }

    // ---- locations ------------------------------------------------------------------------

    public Time UTC() {
        return new Time(unixSec, nsec, null);
    }

    public Time Local() {
        return new Time(unixSec, nsec, Time_.Local);
    }

    /** t in loc; a nil loc panics as in Go. */
    public Time In(Location loc) {
        if (loc == null) {
            throw new dev.goloom.runtime.GoPanic("time: missing Location in call to Time.In");
        }
        return new Time(unixSec, nsec, loc);
    }

    public Location Location() {
        return location();
    }

    /** (abbreviation, offset east of UTC in seconds). */
    public Tuple2<String, Long> Zone() {
        Location.Zone z = zone();
        return new Tuple2<>(z.abbrev(), (long) z.offset());
    }

    // ---- rounding -------------------------------------------------------------------------

    /** Nanoseconds since the zero Time, modulo d (d > 0), as Go's Truncate and Round measure. */
    private long remainder(long d) {
        java.math.BigInteger total = java.math.BigInteger.valueOf(unixSec - ZERO_UNIX).multiply(java.math.BigInteger.valueOf(1_000_000_000L))
                .add(java.math.BigInteger.valueOf(nsec));
        return total.mod(java.math.BigInteger.valueOf(d)).longValueExact();
    }

    /** t rounded down to a multiple of d since the zero Time; strips the monotonic reading. */
    public Time Truncate(long d) {
        Time t = with(unixSec, nsec);
        if (d <= 0) {
            return t;
        }
        return t.Add(-remainder(d));
    }

    /** t rounded to the nearest multiple of d since the zero Time (halves up); strips the monotonic reading. */
    public Time Round(long d) {
        Time t = with(unixSec, nsec);
        if (d <= 0) {
            return t;
        }
        long r = remainder(d);
        if (Long.compareUnsigned(r + r, d) < 0) {
            return t.Add(-r);
        }
        return t.Add(d - r);
    }

    // ---- text -----------------------------------------------------------------------------

    public String Format(String layout) {
        return TimeFormat.format(this, layout);
    }

    /** Go's Time.String: the date in "2006-01-02 15:04:05.999999999 -0700 MST", plus " m=±s" with a monotonic reading. */
    @Override public String String() {
        String s = TimeFormat.format(this, "2006-01-02 15:04:05.999999999 -0700 MST");
        if (hasMono) {
            long m = mono;
            String sign = m < 0 ? "-" : "+";
            long abs = Math.abs(m);
            s += " m=" + sign + abs / 1_000_000_000L + "." + String.format("%09d", abs % 1_000_000_000L);
        }
        return s;
    }

    // ---- value semantics ------------------------------------------------------------------

    @Override public boolean equals(Object o) {
        return o instanceof Time t && t.unixSec == unixSec && t.nsec == nsec && t.hasMono == hasMono
                && (!hasMono || t.mono == mono) && t.loc == loc;
    }

    @Override public int hashCode() {
        return Long.hashCode(unixSec) * 31 + nsec;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        throw new IndexOutOfBoundsException("time.Time has no fields goloom exposes");
    }

    @Override public Time copy() {
        Time t = new Time(unixSec, nsec, loc);
        t.hasMono = hasMono;
        t.mono = mono;
        return t;
    }

    @Override public void set(Time v) {
        unixSec = v.unixSec;
        nsec = v.nsec;
        hasMono = v.hasMono;
        mono = v.mono;
        loc = v.loc;
    }
}
