// Package log's flags, New, and the functions that write through the standard logger (stderr, LstdFlags).
package go.log;

import go.io.Writer;
import go.os.Os;

/** Go's package log: the package functions use {@link #Default()}, made on first use. */
public final class Log {
    private Log() {}

    public static final long Ldate = 1;
    public static final long Ltime = 2;
    public static final long Lmicroseconds = 4;
    public static final long Llongfile = 8;
    public static final long Lshortfile = 16;
    public static final long LUTC = 32;
    public static final long Lmsgprefix = 64;
    public static final long LstdFlags = Ldate | Ltime;

    /** The standard logger: os.Stderr, no prefix, LstdFlags. */
    private static final Logger STD = new Logger(Os.Stderr, "", LstdFlags);

    public static Logger New(Writer out, String prefix, long flag) {
        return new Logger(out, prefix, flag);
    }

    public static Logger Default() {
        return STD;
    }

    public static void SetOutput(Writer w) {
        STD.SetOutput(w);
    }

    public static Writer Writer() {
        return STD.Writer();
    }

    public static long Flags() {
        return STD.Flags();
    }

    public static void SetFlags(long flag) {
        STD.SetFlags(flag);
    }

    public static String Prefix() {
        return STD.Prefix();
    }

    public static void SetPrefix(String prefix) {
        STD.SetPrefix(prefix);
    }

    public static dev.goloom.runtime.GoError Output(long calldepth, String s) {
        return STD.Output(calldepth + 1, s);
    }

    public static void Print(Object... v) {
        STD.Print(v);
    }

    public static void Printf(String format, Object... v) {
        STD.Printf(format, v);
    }

    public static void Println(Object... v) {
        STD.Println(v);
    }

    public static void Fatal(Object... v) {
        STD.Fatal(v);
    }

    public static void Fatalf(String format, Object... v) {
        STD.Fatalf(format, v);
    }

    public static void Fatalln(Object... v) {
        STD.Fatalln(v);
    }

    public static void Panic(Object... v) {
        STD.Panic(v);
    }

    public static void Panicf(String format, Object... v) {
        STD.Panicf(format, v);
    }

    public static void Panicln(Object... v) {
        STD.Panicln(v);
    }
}
