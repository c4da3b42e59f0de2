// time.Location: UTC, fixed zones, the local zone and named zones (the JDK's tz rules).
package go.time;

import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Locale;

/**
 * Go's {@code time.Location}. A zone is either fixed (an offset and its abbreviation: UTC and
 * FixedZone) or a JDK zone whose rules give the offset at each instant (Local and
 * LoadLocation). Go reads abbreviations from the tz database; for JDK zones they come from
 * the JDK's short zone names, and a name the JDK writes as {@code GMT+03:00} becomes Go's
 * {@code +03}.
 */
public final class Location implements GoStruct<Location>, GoStringer {
    /** The descriptor of time.Location (fmt shows its name). */
    public static final GoType.Named TYPE = new GoType.Named("time", "time", "Location").define(new GoType.Struct(List.of(
            new GoType.Field("name", GoType.STRING, false, ""))));

    /** What {@link #String()} returns: "UTC", "Local", a FixedZone's or tz name. */
    private String name;
    /** The offset east of UTC in seconds, for a fixed zone. */
    private int fixedOffset;
    /** The abbreviation of a fixed zone ("" prints as the offset). */
    private String fixedAbbrev;
    /** The JDK zone, or null for a fixed zone. */
    private ZoneId zone;

    /** The zero Location: UTC by Go's rule (a nil or zero Location means UTC). */
    public Location() {
        this("UTC", 0, "UTC", null);
    }

    private Location(String name, int fixedOffset, String fixedAbbrev, ZoneId zone) {
        this.name = name;
        this.fixedOffset = fixedOffset;
        this.fixedAbbrev = fixedAbbrev;
        this.zone = zone;
    }

    /** time.UTC. */
    static final Location UTC = new Location();

    static Location fixed(String name, int offsetSeconds) {
        return new Location(name, offsetSeconds, name, null);
    }

    /** A JDK zone under a Go name ("Local" for the local zone). */
    static Location ofZone(String name, ZoneId zone) {
        if (zone.getRules().isFixedOffset() && zone.getRules().getOffset(Instant.EPOCH).getTotalSeconds() == 0) {
            return new Location(name, 0, "UTC", null);
        }
        return new Location(name, 0, null, zone);
    }

    /** time.Local: the zone of $TZ as Go reads it ("" or unset: the system's zone; UTC when it has none). */
    static Location local() {
        String tz = System.getenv("TZ");
        try {
            if (tz != null) {
                if (tz.isEmpty() || tz.equals("UTC")) {
                    return new Location("Local", 0, "UTC", null);
                }
                return ofZone("Local", ZoneId.of(tz.startsWith(":") ? tz.substring(1) : tz));
            }
            return ofZone("Local", ZoneId.systemDefault());
        } catch (RuntimeException e) {
            return new Location("Local", 0, "UTC", null); // Go falls back to UTC for an unknown zone
        }
    }

    /** The zone in effect at a Unix time: its abbreviation and offset. */
    record Zone(String abbrev, int offset) {}

    Zone lookup(long unixSec) {
        if (zone == null) {
            return new Zone(fixedAbbrev, fixedOffset);
        }
        Instant at = Instant.ofEpochSecond(unixSec);
        ZoneOffset off = zone.getRules().getOffset(at);
        return new Zone(abbreviation(at), off.getTotalSeconds());
    }

    /** The offset to subtract from a wall-clock time read as UTC (Go's two-step lookup around transitions). */
    int offsetForLocal(long localAsUnix) {
        if (zone == null) {
            return fixedOffset;
        }
        ZoneRules rules = zone.getRules();
        int offset = rules.getOffset(Instant.ofEpochSecond(localAsUnix)).getTotalSeconds();
        if (offset != 0) {
            int again = rules.getOffset(Instant.ofEpochSecond(localAsUnix - offset)).getTotalSeconds();
            offset = again;
        }
        return offset;
    }

    /** Looks a zone abbreviation up in this location near a time: its offset, or null. */
    Integer offsetOfAbbrev(String abbrev, long unixSec) {
        if (zone == null) {
            return abbrev.equals(fixedAbbrev) ? fixedOffset : null;
        }
        for (long probe : new long[] {unixSec, unixSec - 183 * 86400L, unixSec + 183 * 86400L}) {
            Zone z = lookup(probe);
            if (z.abbrev().equals(abbrev)) {
                return z.offset();
            }
        }
        return null;
    }

    private static final DateTimeFormatter SHORT_NAME = DateTimeFormatter.ofPattern("zzz", Locale.US);

    private String abbreviation(Instant at) {
        String s = SHORT_NAME.format(at.atZone(zone));
        if (s.startsWith("GMT") && s.length() > 3) {
            // GMT+03:00 → +03, GMT+05:30 → +0530 (Go's tz data abbreviations for unnamed zones)
            String sign = s.substring(3, 4);
            String[] hm = s.substring(4).split(":");
            String h = hm[0].length() == 1 ? "0" + hm[0] : hm[0];
            return sign + h + (hm.length > 1 && !hm[1].equals("00") ? hm[1] : "");
        }
        return s;
    }

    /** Location.String: the name. */
    @Override public String String() {
        return name;
    }

    @Override public GoType goType() {
        return TYPE;
    }

    @Override public Object field(int i) {
        if (i != 0) {
            throw new IndexOutOfBoundsException(i);
        }
        return name;
    }

    @Override public Location copy() {
        return new Location(name, fixedOffset, fixedAbbrev, zone);
    }

    @Override public void set(Location v) {
        name = v.name;
        fixedOffset = v.fixedOffset;
        fixedAbbrev = v.fixedAbbrev;
        zone = v.zone;
    }
}
