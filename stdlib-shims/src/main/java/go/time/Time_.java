// Package time's functions, variables and the methods of Duration, Month and Weekday (the package class).
package go.time;

import dev.goloom.runtime.Chan;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Proc0;
import dev.goloom.runtime.RuntimeTimer;
import dev.goloom.runtime.Tuple2;
import go.errors.Errors;
import java.time.Instant;
import java.time.ZoneId;

/**
 * The package class of {@code time}: named {@code Time_} because the package declares the type
 * {@code Time} (docs/design.md, "Package class"). Durations, months and weekdays are Go
 * integers ({@code long}); their methods are static methods {@code Duration_String(d)} etc.,
 * registered with fmt by {@link StdMethods} so that {@code fmt.Println(d)} prints {@code 1.5s}. Sleep, timers and
 * tickers are the runtime's ({@link RuntimeTimer}), so the scheduler and deadlock detection
 * see them.
 */
public final class Time_ {
    private Time_() {}

    /** Descriptor of time.Duration: the shared one translated code uses ({@code GoType.shared}). */
    public static final GoType.Named TYPE_Duration = GoType.shared("time", "time", "Duration", GoType.INT64);
    /** Descriptor of time.Month. */
    public static final GoType.Named TYPE_Month = GoType.shared("time", "time", "Month", GoType.INT);
    /** Descriptor of time.Weekday. */
    public static final GoType.Named TYPE_Weekday = GoType.shared("time", "time", "Weekday", GoType.INT);

    /** time.UTC. */
    public static Location UTC = Location.UTC;
    /** time.Local: the zone of $TZ, or the system's. */
    public static Location Local = Location.local();

    /** The origin of monotonic readings (Go counts from process start). */
    private static final long MONO_START = System.nanoTime();

    // ---- the clock ------------------------------------------------------------------------

    /** The current local time, with a monotonic reading. */
    public static Time Now() {
        Instant now = Instant.now();
        Time t = new Time(now.getEpochSecond(), now.getNano(), Local);
        t.hasMono = true;
        t.mono = System.nanoTime() - MONO_START + 1;
        return t;
    }

    public static long Since(Time t) {
        return Now().Sub(t);
    }

    public static long Until(Time t) {
        return t.Sub(Now());
    }

    /** Pauses the current goroutine for at least d; returns at once for d ≤ 0. */
    public static void Sleep(long d) {
        RuntimeTimer.sleep(d);
    }

    // ---- timers ---------------------------------------------------------------------------

    public static Timer NewTimer(long d) {
        RuntimeTimer rt = RuntimeTimer.newTimer(d, Time_::Now);
        return new Timer(rt, rt.channel());
    }

    /** The channel of a new timer for d. */
    public static Chan<Time> After(long d) {
        return NewTimer(d).C;
    }

    /** Runs f in its own goroutine after d; the Timer's C is nil. */
    public static Timer AfterFunc(long d, Proc0 f) {
        return new Timer(RuntimeTimer.afterFunc(d, f::call), Chan.nil());
    }

    public static Ticker NewTicker(long d) {
        if (d <= 0) {
            throw new GoPanic("non-positive interval for NewTicker");
        }
        RuntimeTimer rt = RuntimeTimer.newTicker(d, Time_::Now);
        return new Ticker(rt, rt.channel());
    }

    /** The channel of a new ticker; nil for d ≤ 0 (Go's Tick does not panic). */
    public static Chan<Time> Tick(long d) {
        if (d <= 0) {
            return Chan.nil();
        }
        return NewTicker(d).C;
    }

    // ---- making times ---------------------------------------------------------------------

    /**
     * The time of the given wall clock in loc. Values outside their ranges carry over, as Go's
     * Date normalizes them (October 32 is November 1).
     */
    public static Time Date(long year, long month, long day, long hour, long min, long sec, long nsec, Location loc) {
        if (loc == null) {
            throw new GoPanic("time: missing Location in call to Date");
        }
        long m = month - 1;
        year += Math.floorDiv(m, 12);
        m = Math.floorMod(m, 12);
        sec += Math.floorDiv(nsec, 1_000_000_000L);
        nsec = Math.floorMod(nsec, 1_000_000_000L);
        min += Math.floorDiv(sec, 60);
        sec = Math.floorMod(sec, 60);
        hour += Math.floorDiv(min, 60);
        min = Math.floorMod(min, 60);
        day += Math.floorDiv(hour, 24);
        hour = Math.floorMod(hour, 24);
        long days = Calendar.daysFromCivil(year, (int) m + 1, 1) + day - 1;
        long local = days * 86_400L + hour * 3600 + min * 60 + sec;
        long unix = local - loc.offsetForLocal(local);
        return new Time(unix, (int) nsec, loc);
    }

    /** The local time of Unix seconds and nanoseconds (nanoseconds may be outside [0, 1e9)). */
    public static Time Unix(long sec, long nsec) {
        if (nsec < 0 || nsec >= 1_000_000_000L) {
            sec += Math.floorDiv(nsec, 1_000_000_000L);
            nsec = Math.floorMod(nsec, 1_000_000_000L);
        }
        return new Time(sec, (int) nsec, Local);
    }

    public static Time UnixMilli(long msec) {
        return Unix(Math.floorDiv(msec, 1000L), Math.floorMod(msec, 1000L) * 1_000_000L);
    }

    public static Time UnixMicro(long usec) {
        return Unix(Math.floorDiv(usec, 1_000_000L), Math.floorMod(usec, 1_000_000L) * 1000L);
    }

    public static Location FixedZone(String name, long offset) {
        return Location.fixed(name, (int) offset);
    }

    /** The zone of a tz database name ("" and "UTC": UTC; "Local": Local). */
    public static Tuple2<Location, GoError> LoadLocation(String name) {
        if (name.isEmpty() || name.equals("UTC")) {
            return new Tuple2<>(UTC, null);
        }
        if (name.equals("Local")) {
            return new Tuple2<>(Local, null);
        }
        try {
            if (!name.contains("/") && !name.matches("[A-Za-z0-9_+-]+") || name.startsWith("+") || name.startsWith("-")) {
                throw new java.time.DateTimeException(name);
            }
            return new Tuple2<>(Location.ofZone(name, ZoneId.of(name)), null);
        } catch (java.time.DateTimeException e) {
            return new Tuple2<>(null, Errors.New("unknown time zone " + name));
        }
    }

    // ---- text -----------------------------------------------------------------------------

    /** Parses value by layout; a time without zone is UTC. */
    public static Tuple2<Time, GoError> Parse(String layout, String value) {
        return TimeParse.parse(layout, value, UTC, Local);
    }

    /** Like Parse, but a time without zone is in loc, and a zone abbreviation is looked up in loc. */
    public static Tuple2<Time, GoError> ParseInLocation(String layout, String value, Location loc) {
        return TimeParse.parse(layout, value, loc, loc);
    }

    public static Tuple2<Long, GoError> ParseDuration(String s) {
        return DurationText.parse(s);
    }

    // ---- Duration -------------------------------------------------------------------------

    public static String Duration_String(long d) {
        return DurationText.format(d);
    }

    public static long Duration_Nanoseconds(long d) {
        return d;
    }

    public static long Duration_Microseconds(long d) {
        return d / 1_000L;
    }

    public static long Duration_Milliseconds(long d) {
        return d / 1_000_000L;
    }

    public static double Duration_Seconds(long d) {
        return (double) (d / 1_000_000_000L) + (double) (d % 1_000_000_000L) / 1e9;
    }

    public static double Duration_Minutes(long d) {
        return (double) (d / 60_000_000_000L) + (double) (d % 60_000_000_000L) / (60 * 1e9);
    }

    public static double Duration_Hours(long d) {
        return (double) (d / 3_600_000_000_000L) + (double) (d % 3_600_000_000_000L) / (60 * 60 * 1e9);
    }

    /** d rounded toward zero to a multiple of m (d itself when m ≤ 0). */
    public static long Duration_Truncate(long d, long m) {
        return m <= 0 ? d : d - d % m;
    }

    /** d rounded to the nearest multiple of m, halves away from zero, saturating at the Duration limits. */
    public static long Duration_Round(long d, long m) {
        if (m <= 0) {
            return d;
        }
        long r = d % m;
        if (d < 0) {
            r = -r;
            if (Long.compareUnsigned(r + r, m) < 0) {
                return d + r;
            }
            long d1 = d - m + r;
            return d1 < d ? d1 : Long.MIN_VALUE;
        }
        if (Long.compareUnsigned(r + r, m) < 0) {
            return d - r;
        }
        long d1 = d + m - r;
        return d1 > d ? d1 : Long.MAX_VALUE;
    }

    /** |d|, with the minimum Duration giving the maximum. */
    public static long Duration_Abs(long d) {
        if (d >= 0) {
            return d;
        }
        return d == Long.MIN_VALUE ? Long.MAX_VALUE : -d;
    }

    // ---- Month and Weekday ----------------------------------------------------------------

    /** "January" …; out of range: "%!Month(13)" as Go writes it. */
    public static String Month_String(long m) {
        if (m >= 1 && m <= 12) {
            return TimeFormat.LONG_MONTHS[(int) m - 1];
        }
        return "%!Month(" + m + ")";
    }

    /** "Sunday" …; out of range: "%!Weekday(7)". */
    public static String Weekday_String(long d) {
        if (d >= 0 && d <= 6) {
            return TimeFormat.LONG_DAYS[(int) d];
        }
        return "%!Weekday(" + d + ")";
    }
}
