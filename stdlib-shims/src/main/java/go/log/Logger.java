// log.Logger: formats a header (prefix, date, time) and writes each entry with one Write call.
package go.log;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.Slice;
import go.fmt.Fmt;
import go.io.Writer;
import go.os.Os;
import go.time.Time;
import go.time.Time_;

/**
 * Go's {@code *log.Logger}. An entry is header + message + "\n" (added when missing), written
 * with one {@code Write} under the logger's lock, as Go's Output does. The header follows
 * Go's formatHeader: prefix (unless Lmsgprefix), "2009/01/23 ", "01:23:23" with
 * ".123123" for Lmicroseconds and a space, then the file position, then a Lmsgprefix prefix.
 * File positions are Go's fallback "???:0": goloom does not map Java frames to Go lines yet.
 */
public final class Logger {
    /** Text put at the start of each line (or before the message with Lmsgprefix). */
    private String prefix;
    /** The Ldate... flags. */
    private long flag;
    /** Destination of the entries. */
    private Writer out;

    Logger(Writer out, String prefix, long flag) {
        this.out = out;
        this.prefix = prefix;
        this.flag = flag;
    }

    public synchronized void SetOutput(Writer w) {
        out = w;
    }

    public synchronized Writer Writer() {
        return out;
    }

    public synchronized long Flags() {
        return flag;
    }

    public synchronized void SetFlags(long flag) {
        this.flag = flag;
    }

    public synchronized String Prefix() {
        return prefix;
    }

    public synchronized void SetPrefix(String prefix) {
        this.prefix = prefix;
    }

    /** Writes one entry; calldepth would choose the reported caller (unused: see the class comment). */
    public GoError Output(long calldepth, String s) {
        Time now = Time_.Now();
        StringBuilder b = new StringBuilder();
        Writer w;
        synchronized (this) {
            if ((flag & Log.Lmsgprefix) == 0) {
                b.append(prefix);
            }
            if ((flag & (Log.Ldate | Log.Ltime | Log.Lmicroseconds)) != 0) {
                Time t = (flag & Log.LUTC) != 0 ? now.UTC() : now;
                if ((flag & Log.Ldate) != 0) {
                    b.append(t.Format("2006/01/02 "));
                }
                if ((flag & (Log.Ltime | Log.Lmicroseconds)) != 0) {
                    b.append(t.Format((flag & Log.Lmicroseconds) != 0 ? "15:04:05.000000 " : "15:04:05 "));
                }
            }
            if ((flag & (Log.Lshortfile | Log.Llongfile)) != 0) {
                b.append("???:0: ");
            }
            if ((flag & Log.Lmsgprefix) != 0) {
                b.append(prefix);
            }
            b.append(s);
            if (s.isEmpty() || s.charAt(s.length() - 1) != '\n') {
                b.append('\n');
            }
            w = out;
            return w.Write(ByteSlice.fromString(b.toString())).v1();
        }
    }

    static Object[] args(Slice<Object> v) {
        return v.toArray(v.len());
    }

    public void Print(Object... v) {
        Output(2, Fmt.Sprint(v));
    }

    public void Print(Slice<Object> v) {
        Print(args(v));
    }

    public void Printf(String format, Object... v) {
        Output(2, Fmt.Sprintf(format, v));
    }

    public void Printf(String format, Slice<Object> v) {
        Printf(format, args(v));
    }

    public void Println(Object... v) {
        Output(2, Fmt.Sprintln(v));
    }

    public void Println(Slice<Object> v) {
        Println(args(v));
    }

    /** Print, then os.Exit(1). */
    public void Fatal(Object... v) {
        Output(2, Fmt.Sprint(v));
        Os.Exit(1);
    }

    public void Fatal(Slice<Object> v) {
        Fatal(args(v));
    }

    public void Fatalf(String format, Object... v) {
        Output(2, Fmt.Sprintf(format, v));
        Os.Exit(1);
    }

    public void Fatalf(String format, Slice<Object> v) {
        Fatalf(format, args(v));
    }

    public void Fatalln(Object... v) {
        Output(2, Fmt.Sprintln(v));
        Os.Exit(1);
    }

    public void Fatalln(Slice<Object> v) {
        Fatalln(args(v));
    }

    /** Print, then panic with the message (a string). */
    public void Panic(Object... v) {
        String s = Fmt.Sprint(v);
        Output(2, s);
        throw new GoPanic(s);
    }

    public void Panic(Slice<Object> v) {
        Panic(args(v));
    }

    public void Panicf(String format, Object... v) {
        String s = Fmt.Sprintf(format, v);
        Output(2, s);
        throw new GoPanic(s);
    }

    public void Panicf(String format, Slice<Object> v) {
        Panicf(format, args(v));
    }

    public void Panicln(Object... v) {
        String s = Fmt.Sprintln(v);
        Output(2, s);
        throw new GoPanic(s);
    }

    public void Panicln(Slice<Object> v) {
        Panicln(args(v));
    }
}
