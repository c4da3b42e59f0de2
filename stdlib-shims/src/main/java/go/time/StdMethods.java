// The String methods of time.Duration, time.Month and time.Weekday, registered with fmt when it first meets one of them.
package go.time;

import go.fmt.Methods;

/**
 * Loaded by {@link Methods} the first time fmt prints a value of a named non-struct type of
 * package time (translated code boxes a Duration with the shared descriptor and may never touch
 * {@link Time_}, as in {@code fmt.Println(time.Second)}).
 */
final class StdMethods {
    private StdMethods() {}

    static {
        Methods.string(Time_.TYPE_Duration, v -> Time_.Duration_String((Long) v));
        Methods.string(Time_.TYPE_Month, v -> Time_.Month_String((Long) v));
        Methods.string(Time_.TYPE_Weekday, v -> Time_.Weekday_String((Long) v));
    }
}
