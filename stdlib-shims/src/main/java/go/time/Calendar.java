// Proleptic Gregorian calendar arithmetic: days since 1970-01-01 to and from (year, month, day).
package go.time;

/**
 * Go's calendar (proleptic Gregorian, astronomical years: year 0 exists) on day numbers
 * counted from 1970-01-01. The conversions use whole 400-year eras (146,097 days), in which
 * the calendar repeats, with March as the first month so that leap days come last.
 */
final class Calendar {
    private Calendar() {}

    /** Days in a 400-year era. */
    private static final long DAYS_PER_ERA = 146_097;
    /** Day number of 0000-03-01, the start of era 0 in the March-based count. */
    private static final long ERA0_MARCH1 = 719_468;

    /** The day number of (year, month 1–12, day 1–31). */
    static long daysFromCivil(long year, int month, int day) {
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        long dayOfYear = (153L * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * DAYS_PER_ERA + dayOfEra - ERA0_MARCH1;
    }

    /** (year, month 1–12, day 1–31) of a day number. */
    record Civil(long year, int month, int day) {}

    static Civil civilFromDays(long days) {
        long z = days + ERA0_MARCH1;
        long era = Math.floorDiv(z, DAYS_PER_ERA);
        long dayOfEra = z - era * DAYS_PER_ERA;
        long yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long marchMonth = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * marchMonth + 2) / 5 + 1);
        int month = (int) (marchMonth < 10 ? marchMonth + 3 : marchMonth - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return new Civil(year, month, day);
    }

    static boolean isLeap(long year) {
        return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days in month 1–12 of year. */
    static int daysIn(int month, long year) {
        return switch (month) {
            case 2 -> isLeap(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /** Weekday (0 Sunday … 6 Saturday) of a day number: 1970-01-01 was a Thursday. */
    static int weekday(long days) {
        return (int) Math.floorMod(days + 4, 7L);
    }
}
