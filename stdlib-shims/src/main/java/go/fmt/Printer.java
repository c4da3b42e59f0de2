// fmt's printer: parses Printf formats, dispatches each operand to its verb, and implements Go's error forms (%!d(...)).
package go.fmt;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.Complex128;
import dev.goloom.runtime.Complex64;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoMap;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.GoStrings;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.Ptr;
import dev.goloom.runtime.Tuple2;
import java.util.ArrayList;
import java.util.List;

/**
 * Go's pp: one print operation. Operands are interface values (see {@link Values}); the
 * output is a Go byte string in {@code f.buf}. As in Go, methods are consulted in this order:
 * Formatter, then for %#v GoStringer, else for %v %s %x %X %q error then Stringer; a panic in
 * such a method prints {@code %!v(PANIC=String method: ...)} instead of propagating.
 *
 * <p>Method values: an operand that is (or, when {@link Boxed}, whose value is) a
 * {@link GoError} or {@link GoStringer} has that method; so has a Boxed value of a named type
 * whose methods are registered in {@link Methods}.
 */
final class Printer implements State {
    /** Flags of the current verb and the output. */
    final Spec f = new Spec();
    /** The operand being printed (an interface value), or null inside printValue. */
    private Object arg;
    /** The value being printed by printValue, or null. */
    private Values value;
    /** Inside badVerb: methods are not called (they may be what failed). */
    private boolean erroring;
    /** Inside catchPanic: a second panic propagates. */
    private boolean panicking;
    /** Errorf: %w is allowed and records its operands. */
    boolean wrapErrs;
    /** The format used an explicit argument index ([n]). */
    boolean reordered;
    /** The last argument index was valid. */
    private boolean goodArgNum;
    /** Operand numbers of %w verbs, in order. */
    final List<Integer> wrappedErrs = new ArrayList<>();

    String output() {
        return f.buf.toString();
    }

    // ---- State (for Formatter implementations) ----

    @Override public Tuple2<Long, GoError> Write(ByteSlice b) {
        f.buf.append(b.toGoString());
        return new Tuple2<>(b.len(), null);
    }

    @Override public Tuple2<Long, GoError> WriteString(String s) {
        f.buf.append(s);
        return new Tuple2<>((long) s.length(), null);
    }

    @Override public Tuple2<Long, Boolean> Width() {
        return new Tuple2<>((long) f.wid, f.widPresent);
    }

    @Override public Tuple2<Long, Boolean> Precision() {
        return new Tuple2<>((long) f.prec, f.precPresent);
    }

    @Override public boolean Flag(long c) {
        return switch ((int) c) {
            case '-' -> f.minus;
            case '+' -> f.plus || f.plusV;
            case '#' -> f.sharp || f.sharpV;
            case ' ' -> f.space;
            case '0' -> f.zero;
            default -> false;
        };
    }

    // ---- Print, Println ----

    void doPrint(Object[] a) {
        boolean prevString = false;
        for (int i = 0; i < a.length; i++) {
            boolean isString = a[i] != null && Values.ofInterface(a[i]).kind() == GoType.Kind.STRING;
            // Add a space between two non-string arguments.
            if (i > 0 && !isString && !prevString) {
                f.buf.append(' ');
            }
            printArg(a[i], 'v');
            prevString = isString;
        }
    }

    void doPrintln(Object[] a) {
        for (int i = 0; i < a.length; i++) {
            if (i > 0) {
                f.buf.append(' ');
            }
            printArg(a[i], 'v');
        }
        f.buf.append('\n');
    }

    // ---- Printf ----

    private static boolean tooLarge(long x) {
        return x > 1_000_000 || x < -1_000_000;
    }

    /** A number parsed from the format: its value, whether there was one, and where parsing stopped. */
    private record Num(int num, boolean isNum, int next) {}

    private static Num parseNum(String s, int start, int end) {
        if (start >= end) {
            return new Num(0, false, end);
        }
        int num = 0;
        boolean isNum = false;
        int i = start;
        for (; i < end && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            if (tooLarge(num)) {
                return new Num(0, false, end); // overflow: give up on the whole verb
            }
            num = num * 10 + (s.charAt(i) - '0');
            isNum = true;
        }
        return new Num(num, isNum, i);
    }

    /** An operand used as a width or precision ('*'): its value, whether it is an integer, the next operand. */
    private record IntArg(int num, boolean isInt, int next) {}

    private static IntArg intFromArg(Object[] a, int argNum) {
        if (argNum >= a.length) {
            return new IntArg(0, false, argNum);
        }
        int num = 0;
        boolean isInt = false;
        Values v = Values.ofInterface(a[argNum]);
        if (v.type() != null && Values.isInteger(v.kind())) {
            long n = Values.bits(v.kind(), v.repr());
            if (!Values.isUnsigned(v.kind()) || n >= 0) {
                isInt = !tooLarge(n);
                num = isInt ? (int) n : 0;
            }
        }
        return new IntArg(num, isInt, argNum + 1);
    }

    /** An argument index [n]: the operand number, where the format goes on, and whether one was found. */
    private record ArgIndex(int argNum, int next, boolean found) {}

    private ArgIndex argNumber(int argNum, String format, int i, int numArgs) {
        if (format.length() <= i || format.charAt(i) != '[') {
            return new ArgIndex(argNum, i, false);
        }
        reordered = true;
        // Parse "[n]": the closing bracket, then the number before it.
        String s = format.substring(i);
        int index = 0;
        int wid = 1;
        boolean ok = false;
        if (s.length() >= 3) {
            for (int j = 1; j < s.length(); j++) {
                if (s.charAt(j) == ']') {
                    Num n = parseNum(s, 1, j);
                    if (!n.isNum() || n.next() != j) {
                        index = 0;
                        wid = j + 1;
                        ok = false;
                    } else {
                        index = n.num() - 1; // one-based in the format
                        wid = j + 1;
                        ok = true;
                    }
                    break;
                }
            }
        }
        if (ok && 0 <= index && index < numArgs) {
            return new ArgIndex(index, i + wid, true);
        }
        goodArgNum = false;
        return new ArgIndex(argNum, i + wid, ok);
    }

    void doPrintf(String format, Object[] a) {
        int end = format.length();
        int argNum = 0;
        boolean afterIndex = false; // the previous item was an index like [3]
        reordered = false;
        formatLoop:
        for (int i = 0; i < end; ) {
            goodArgNum = true;
            int lasti = i;
            while (i < end && format.charAt(i) != '%') {
                i++;
            }
            if (i > lasti) {
                f.buf.append(format, lasti, i);
            }
            if (i >= end) {
                break;
            }
            i++; // skip %
            f.clearFlags();
            simpleFormat:
            for (; i < end; i++) {
                char c = format.charAt(i);
                switch (c) {
                    case '#' -> f.sharp = true;
                    case '0' -> f.zero = true;
                    case '+' -> f.plus = true;
                    case '-' -> f.minus = true;
                    case ' ' -> f.space = true;
                    default -> {
                        // Fast path: a lower-case verb right after the flags.
                        if ('a' <= c && c <= 'z' && argNum < a.length) {
                            if (c == 'w') {
                                wrappedErrs.add(argNum);
                            }
                            if (c == 'v' || c == 'w') {
                                f.sharpV = f.sharp;
                                f.sharp = false;
                                f.plusV = f.plus;
                                f.plus = false;
                            }
                            printArg(a[argNum], c);
                            argNum++;
                            i++;
                            continue formatLoop;
                        }
                        break simpleFormat;
                    }
                }
            }

            ArgIndex ai = argNumber(argNum, format, i, a.length);
            argNum = ai.argNum();
            i = ai.next();
            afterIndex = ai.found();

            // Width: a number or '*'.
            if (i < end && format.charAt(i) == '*') {
                i++;
                IntArg w = intFromArg(a, argNum);
                f.wid = w.num();
                f.widPresent = w.isInt();
                argNum = w.next();
                if (!f.widPresent) {
                    f.buf.append("%!(BADWIDTH)");
                }
                // A negative width means '-' (and never zero padding on the right).
                if (f.wid < 0) {
                    f.wid = -f.wid;
                    f.minus = true;
                    f.zero = false;
                }
                afterIndex = false;
            } else {
                Num w = parseNum(format, i, end);
                f.wid = w.num();
                f.widPresent = w.isNum();
                i = w.next();
                if (afterIndex && f.widPresent) { // "%[3]2d"
                    goodArgNum = false;
                }
            }

            // Precision: '.' then a number or '*'.
            if (i + 1 < end && format.charAt(i) == '.') {
                i++;
                if (afterIndex) { // "%[3].2d"
                    goodArgNum = false;
                }
                ai = argNumber(argNum, format, i, a.length);
                argNum = ai.argNum();
                i = ai.next();
                afterIndex = ai.found();
                if (i < end && format.charAt(i) == '*') {
                    i++;
                    IntArg p = intFromArg(a, argNum);
                    f.prec = p.num();
                    f.precPresent = p.isInt();
                    argNum = p.next();
                    // A negative precision is as if there were none.
                    if (f.prec < 0) {
                        f.prec = 0;
                        f.precPresent = false;
                    }
                    if (!f.precPresent) {
                        f.buf.append("%!(BADPREC)");
                    }
                    afterIndex = false;
                } else {
                    Num p = parseNum(format, i, end);
                    f.prec = p.num();
                    f.precPresent = p.isNum();
                    i = p.next();
                    if (!f.precPresent) {
                        f.prec = 0;
                        f.precPresent = true;
                    }
                }
            }

            if (!afterIndex) {
                ai = argNumber(argNum, format, i, a.length);
                argNum = ai.argNum();
                i = ai.next();
                afterIndex = ai.found();
            }

            if (i >= end) {
                f.buf.append("%!(NOVERB)");
                break;
            }

            int verb = format.charAt(i);
            int size = 1;
            if (verb >= 0x80) {
                long d = GoStrings.decodeRune(format, i);
                verb = GoStrings.rune(d);
                size = GoStrings.width(d);
            }
            i += size;

            if (verb == '%') {
                f.buf.append('%'); // %% takes no operand and ignores width and precision
            } else if (!goodArgNum) {
                f.buf.append("%!").append(GoStrings.fromRune(verb)).append("(BADINDEX)");
            } else if (argNum >= a.length) {
                f.buf.append("%!").append(GoStrings.fromRune(verb)).append("(MISSING)");
            } else {
                if (verb == 'w') {
                    wrappedErrs.add(argNum);
                }
                if (verb == 'v' || verb == 'w') {
                    f.sharpV = f.sharp;
                    f.sharp = false;
                    f.plusV = f.plus;
                    f.plus = false;
                }
                printArg(a[argNum], verb);
                argNum++;
            }
        }

        // Operands left over, unless the format chose operands by index.
        if (!reordered && argNum < a.length) {
            f.clearFlags();
            f.buf.append("%!(EXTRA ");
            for (int k = argNum; k < a.length; k++) {
                if (k > argNum) {
                    f.buf.append(", ");
                }
                if (a[k] == null) {
                    f.buf.append("<nil>");
                } else {
                    f.buf.append(typeString(a[k])).append('=');
                    printArg(a[k], 'v');
                }
            }
            f.buf.append(')');
        }
    }

    // ---- one operand ----

    /** %T's text for an interface value. */
    static String typeString(Object arg) {
        Values v = Values.ofInterface(arg);
        if (v.type() != null) {
            return v.type().toString();
        }
        return arg == null ? "<nil>" : arg.getClass().getSimpleName();
    }

    void printArg(Object arg, int verb) {
        this.arg = arg;
        this.value = null;
        if (arg == null) {
            if (verb == 'T' || verb == 'v') {
                f.pad("<nil>");
            } else {
                badVerb(verb);
            }
            return;
        }
        // %T and %p are special: they look at the operand itself, never at its methods.
        if (verb == 'T') {
            TextVerbs.string(f, typeString(arg));
            return;
        }
        // A reflect.Value is replaced by the value it holds, as Go's fmt does.
        if ((arg instanceof dev.goloom.runtime.Boxed b ? b.value() : arg) instanceof go.reflect.Value rv) {
            if (!rv.IsValid()) {
                f.pad("<invalid reflect.Value>");
                return;
            }
            printArg(rv.heldValue(), verb);
            return;
        }
        Values v = Values.ofInterface(arg);
        if (verb == 'p') {
            fmtPointer(v, 'p');
            return;
        }
        // Predeclared types (never named ones: those may have methods) are formatted directly.
        if (v.type() instanceof GoType.Basic b) {
            printBasic(b.kind(), v.repr(), verb);
            return;
        }
        if (v.type() instanceof GoType.Slice(GoType.Basic e) && e.kind() == GoType.Kind.UINT8) {
            ByteSlice bytes = (ByteSlice) v.repr();
            fmtBytes(bytes.isNil() ? null : bytes.toGoString(), verb, "[]byte", v);
            return;
        }
        if (!handleMethods(verb)) {
            printValue(v, verb, 0);
        }
    }

    private void printBasic(GoType.Kind kind, Object repr, int verb) {
        switch (kind) {
            case BOOL -> fmtBool((Boolean) repr, verb);
            case FLOAT32 -> fmtFloat(((Number) repr).doubleValue(), 32, verb);
            case FLOAT64 -> fmtFloat(((Number) repr).doubleValue(), 64, verb);
            case COMPLEX64 -> {
                Complex64 c = (Complex64) repr;
                fmtComplex(c.real(), c.imag(), 64, verb);
            }
            case COMPLEX128 -> {
                Complex128 c = (Complex128) repr;
                fmtComplex(c.real(), c.imag(), 128, verb);
            }
            case STRING -> fmtString((String) repr, verb);
            default -> fmtInteger(Values.bits(kind, repr), !Values.isUnsigned(kind), verb);
        }
    }

    /**
     * The object whose Java methods are the operand's Go methods (see the class comment): a
     * generated subclass of Boxed implements its type's value method set itself; a plain Boxed
     * holding a struct value has no methods (the struct object's are those of the pointer);
     * other plain Boxed values (shims' own) carry their methods in the value.
     */
    private static Object methodReceiver(Object arg) {
        if (arg instanceof Boxed b && b.getClass() == Boxed.class) {
            // Translated struct classes live outside the go.* packages of the shims.
            boolean translatedStruct = b.value() instanceof dev.goloom.runtime.GoStruct<?>
                    && !b.value().getClass().getName().startsWith("go.");
            return translatedStruct ? null : b.value();
        }
        return arg;
    }

    /** Go's handleMethods: true when a method printed the operand. */
    private boolean handleMethods(int verb) {
        if (erroring) {
            return false;
        }
        Object receiver = methodReceiver(arg);
        if (verb == 'w') {
            // %w is %v of an error, and only in Errorf.
            boolean isError = receiver instanceof GoError
                    || arg instanceof Boxed b && Methods.of(b.type()) != null && Methods.of(b.type()).error() != null;
            if (!isError || !wrapErrs) {
                badVerb(verb);
                return true;
            }
            verb = 'v';
        }
        Object operand = arg;
        if (receiver instanceof Formatter formatter) {
            try {
                formatter.Format(this, verb);
            } catch (RuntimeException | Error t) {
                catchPanic(operand, verb, "Format", t);
            }
            return true;
        }
        if (f.sharpV) {
            if (receiver instanceof GoSyntaxStringer gs) {
                try {
                    TextVerbs.string(f, gs.GoString());
                } catch (RuntimeException | Error t) {
                    catchPanic(operand, verb, "GoString", t);
                }
                return true;
            }
            return false;
        }
        switch (verb) {
            case 'v', 's', 'x', 'X', 'q' -> {
                // Methods of named non-struct types, registered by translated code.
                Methods.Of registered = operand instanceof Boxed b ? Methods.of(b.type()) : null;
                if (registered != null && (registered.error() != null || registered.string() != null)) {
                    boolean isError = registered.error() != null;
                    String s;
                    try {
                        s = (isError ? registered.error() : registered.string()).apply(((Boxed) operand).value());
                    } catch (RuntimeException | Error t) {
                        catchPanic(operand, verb, isError ? "Error" : "String", t);
                        return true;
                    }
                    fmtString(s, verb);
                    return true;
                }
                if (receiver instanceof GoError e) {
                    String s;
                    try {
                        s = e.Error();
                    } catch (RuntimeException | Error t) {
                        catchPanic(operand, verb, "Error", t);
                        return true;
                    }
                    fmtString(s, verb);
                    return true;
                }
                if (receiver instanceof GoStringer st) {
                    String s;
                    try {
                        s = st.String();
                    } catch (RuntimeException | Error t) {
                        catchPanic(operand, verb, "String", t);
                        return true;
                    }
                    fmtString(s, verb);
                    return true;
                }
                return false;
            }
            default -> {
                return false;
            }
        }
    }

    /** A panic in a method: print %!v(PANIC=String method: value), or propagate a panic while printing one. */
    private void catchPanic(Object operand, int verb, String method, Throwable t) {
        GoPanic p = GoPanic.of(t);
        if (p == null) {
            if (t instanceof RuntimeException r) {
                throw r;
            }
            throw (Error) t;
        }
        if (panicking) {
            throw p;
        }
        Spec.Saved saved = f.save();
        f.clearFlags();
        f.buf.append("%!").append(GoStrings.fromRune(verb)).append("(PANIC=").append(method).append(" method: ");
        panicking = true;
        printArg(p.value(), 'v');
        panicking = false;
        f.buf.append(')');
        f.restore(saved);
    }

    /** %!verb(type=value): a verb that does not apply to the operand. */
    private void badVerb(int verb) {
        erroring = true;
        f.buf.append("%!").append(GoStrings.fromRune(verb)).append('(');
        if (arg != null) {
            f.buf.append(typeString(arg)).append('=');
            printArg(arg, 'v');
        } else if (value != null && (value.type() != null || value.repr() != null)) {
            f.buf.append(value.type() == null ? typeString(value.repr()) : value.type().toString()).append('=');
            printValue(value, 'v', 0);
        } else {
            f.buf.append("<nil>");
        }
        f.buf.append(')');
        erroring = false;
    }

    // ---- verbs by kind ----

    private void fmtBool(boolean v, int verb) {
        if (verb == 't' || verb == 'v') {
            TextVerbs.bool(f, v);
        } else {
            badVerb(verb);
        }
    }

    /** %#x-style hexadecimal with or without 0x (pointers, %#v of unsigned integers). */
    private void fmt0x64(long v, boolean leading0x) {
        boolean sharp = f.sharp;
        f.sharp = leading0x;
        IntegerVerbs.integer(f, v, 16, false, 'v', IntegerVerbs.LOWER);
        f.sharp = sharp;
    }

    void fmtInteger(long v, boolean signed, int verb) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV && !signed) {
                    fmt0x64(v, true);
                } else {
                    IntegerVerbs.integer(f, v, 10, signed, 'v', IntegerVerbs.LOWER);
                }
            }
            case 'd' -> IntegerVerbs.integer(f, v, 10, signed, 'd', IntegerVerbs.LOWER);
            case 'b' -> IntegerVerbs.integer(f, v, 2, signed, 'b', IntegerVerbs.LOWER);
            case 'o', 'O' -> IntegerVerbs.integer(f, v, 8, signed, (char) verb, IntegerVerbs.LOWER);
            case 'x' -> IntegerVerbs.integer(f, v, 16, signed, 'x', IntegerVerbs.LOWER);
            case 'X' -> IntegerVerbs.integer(f, v, 16, signed, 'X', IntegerVerbs.UPPER);
            case 'c' -> IntegerVerbs.character(f, v);
            case 'q' -> IntegerVerbs.quotedChar(f, v);
            case 'U' -> IntegerVerbs.unicode(f, v);
            default -> badVerb(verb);
        }
    }

    private void fmtFloat(double v, int size, int verb) {
        switch (verb) {
            case 'v' -> FloatVerbs.format(f, v, size, 'g', -1);
            case 'b', 'g', 'G', 'x', 'X' -> FloatVerbs.format(f, v, size, (char) verb, -1);
            case 'f', 'e', 'E' -> FloatVerbs.format(f, v, size, (char) verb, 6);
            case 'F' -> FloatVerbs.format(f, v, size, 'f', 6);
            default -> badVerb(verb);
        }
    }

    private void fmtComplex(double re, double im, int size, int verb) {
        switch (verb) {
            case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E' -> {
                boolean oldPlus = f.plus;
                f.buf.append('(');
                fmtFloat(re, size / 2, verb);
                // The imaginary part always has a sign.
                f.plus = true;
                fmtFloat(im, size / 2, verb);
                f.buf.append("i)");
                f.plus = oldPlus;
            }
            default -> badVerb(verb);
        }
    }

    private void fmtString(String v, int verb) {
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    TextVerbs.quoted(f, v);
                } else {
                    TextVerbs.string(f, v);
                }
            }
            case 's' -> TextVerbs.string(f, v);
            case 'x' -> TextVerbs.hex(f, v, IntegerVerbs.LOWER);
            case 'X' -> TextVerbs.hex(f, v, IntegerVerbs.UPPER);
            case 'q' -> TextVerbs.quoted(f, v);
            default -> badVerb(verb);
        }
    }

    /** A byte slice or array ({@code bytes}: its contents, null for a nil slice). */
    private void fmtBytes(String bytes, int verb, String typeString, Values whole) {
        switch (verb) {
            case 'v', 'd' -> {
                String b = bytes == null ? "" : bytes;
                if (f.sharpV) {
                    f.buf.append(typeString);
                    if (bytes == null) {
                        f.buf.append("(nil)");
                        return;
                    }
                    f.buf.append('{');
                    for (int i = 0; i < b.length(); i++) {
                        if (i > 0) {
                            f.buf.append(", ");
                        }
                        fmt0x64(b.charAt(i), true);
                    }
                    f.buf.append('}');
                } else {
                    f.buf.append('[');
                    for (int i = 0; i < b.length(); i++) {
                        if (i > 0) {
                            f.buf.append(' ');
                        }
                        IntegerVerbs.integer(f, b.charAt(i), 10, false, (char) verb, IntegerVerbs.LOWER);
                    }
                    f.buf.append(']');
                }
            }
            case 's' -> TextVerbs.string(f, bytes == null ? "" : bytes);
            case 'x' -> TextVerbs.hex(f, bytes == null ? "" : bytes, IntegerVerbs.LOWER);
            case 'X' -> TextVerbs.hex(f, bytes == null ? "" : bytes, IntegerVerbs.UPPER);
            case 'q' -> TextVerbs.quoted(f, bytes == null ? "" : bytes);
            default -> printValue(whole, verb, 0);
        }
    }

    /** Pointers, maps, channels, funcs and slices: their address. */
    private void fmtPointer(Values v, int verb) {
        GoType.Kind kind = v.kind();
        if (kind == null && v.repr() != null) {
            kind = GoType.Kind.POINTER; // a Java object outside the mapping: its identity
        }
        long u;
        if (kind == GoType.Kind.CHAN || kind == GoType.Kind.FUNC || kind == GoType.Kind.MAP
                || kind == GoType.Kind.POINTER || kind == GoType.Kind.SLICE || kind == GoType.Kind.UNSAFE_POINTER) {
            u = nilRepr(v.repr()) ? 0 : Addresses.of(v.repr());
        } else {
            badVerb(verb);
            return;
        }
        switch (verb) {
            case 'v' -> {
                if (f.sharpV) {
                    f.buf.append('(').append(v.type() == null ? typeString(v.repr()) : v.type().toString()).append(")(");
                    if (u == 0) {
                        f.buf.append("nil");
                    } else {
                        fmt0x64(u, true);
                    }
                    f.buf.append(')');
                } else if (u == 0) {
                    f.pad("<nil>");
                } else {
                    fmt0x64(u, !f.sharp);
                }
            }
            case 'p' -> fmt0x64(u, !f.sharp);
            case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(u, false, verb);
            default -> badVerb(verb);
        }
    }

    private static boolean nilRepr(Object repr) {
        return repr == null || repr instanceof dev.goloom.runtime.SliceBase s && s.isNil()
                || repr instanceof GoMap<?, ?> m && m.isNil() || repr instanceof dev.goloom.runtime.Chan<?> c && c.isNil();
    }

    // ---- composite values ----

    /** Go's printValue: a value of any kind; {@code depth} > 0 inside composites. */
    private void printValue(Values v, int verb, int depth) {
        // Elements of composites are consulted for methods too (the top level was, by printArg).
        if (depth > 0 && (v.type() != null || v.repr() != null)) {
            arg = v.toInterface();
            if (handleMethods(verb)) {
                return;
            }
        }
        arg = null;
        value = v;
        GoType t = v.type();
        Object repr = v.repr();
        if (t == null) {
            if (repr == null) {
                if (depth == 0) {
                    f.buf.append("<invalid reflect.Value>");
                } else if (verb == 'v') {
                    f.buf.append("<nil>");
                } else {
                    badVerb(verb);
                }
            } else {
                // A Java object outside the mapping: its own text.
                fmtString(GoStrings_of(repr), verb);
            }
            return;
        }
        GoType.Kind kind = t.kind();
        if (Values.isInteger(kind)) {
            fmtInteger(Values.bits(kind, repr), !Values.isUnsigned(kind), verb);
            return;
        }
        switch (kind) {
            case BOOL -> fmtBool((Boolean) repr, verb);
            case FLOAT32 -> fmtFloat(((Number) repr).doubleValue(), 32, verb);
            case FLOAT64 -> fmtFloat(((Number) repr).doubleValue(), 64, verb);
            case COMPLEX64 -> {
                Complex64 c = (Complex64) repr;
                fmtComplex(c.real(), c.imag(), 64, verb);
            }
            case COMPLEX128 -> {
                Complex128 c = (Complex128) repr;
                fmtComplex(c.real(), c.imag(), 128, verb);
            }
            case STRING -> fmtString((String) repr, verb);
            case MAP -> printMap(t, (GoMap<?, ?>) repr, verb, depth);
            case STRUCT -> printStruct(t, repr, verb, depth);
            case INTERFACE -> {
                if (repr == null) {
                    if (f.sharpV) {
                        f.buf.append(t).append("(nil)");
                    } else {
                        f.buf.append("<nil>");
                    }
                } else {
                    printValue(Values.ofInterface(repr), verb, depth + 1);
                }
            }
            case ARRAY, SLICE -> printList(t, repr, verb, depth);
            case POINTER -> {
                // At the top level, a pointer to a composite prints as &{...}, &[...], &map[...].
                if (depth == 0 && repr != null) {
                    GoType elem = ((GoType.Pointer) t.underlying()).elem();
                    switch (elem.kind()) {
                        case ARRAY, SLICE, STRUCT, MAP -> {
                            f.buf.append('&');
                            printValue(new Values(elem, deref(repr)), verb, depth + 1);
                            return;
                        }
                        default -> { }
                    }
                }
                fmtPointer(v, verb);
            }
            case CHAN, FUNC, UNSAFE_POINTER -> fmtPointer(v, verb);
            default -> f.buf.append('?').append(t).append('?');
        }
    }

    private static String GoStrings_of(Object o) {
        return o instanceof GoStringer s ? s.String() : dev.goloom.runtime.GoProgram.toGoBytes(String.valueOf(o));
    }

    /** What a pointer points to: a struct pointer is the struct itself; other pointers are runtime pointer objects. */
    private static Object deref(Object pointer) {
        return switch (pointer) {
            case GoStruct<?> s -> s;
            case Ptr<?> p -> p.get();
            default -> pointer; // a Go array pointer held as the array
        };
    }

    private void printMap(GoType t, GoMap<?, ?> m, int verb, int depth) {
        if (f.sharpV) {
            f.buf.append(t);
            if (m == null || m.isNil()) {
                f.buf.append("(nil)");
                return;
            }
            f.buf.append('{');
        } else {
            f.buf.append("map[");
        }
        if (m != null) {
            boolean first = true;
            for (MapSort.Entry e : MapSort.sorted((GoType.Map) t.underlying(), m)) {
                if (!first) {
                    f.buf.append(f.sharpV ? ", " : " ");
                }
                first = false;
                printValue(e.key(), verb, depth + 1);
                f.buf.append(':');
                printValue(e.value(), verb, depth + 1);
            }
        }
        f.buf.append(f.sharpV ? '}' : ']');
    }

    private void printStruct(GoType t, Object struct, int verb, int depth) {
        if (f.sharpV) {
            f.buf.append(t);
        }
        f.buf.append('{');
        int n = Values.numFields(t);
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                f.buf.append(f.sharpV ? ", " : " ");
            }
            if (f.plusV || f.sharpV) {
                String name = Values.field(t, i).name();
                if (!name.isEmpty()) {
                    f.buf.append(name).append(':');
                }
            }
            printValue(Values.fieldOf(t, struct, i), verb, depth + 1);
        }
        f.buf.append('}');
    }

    private void printList(GoType t, Object repr, int verb, int depth) {
        GoType elem = Values.elem(t);
        long n = Values.length(repr);
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X') && elem.kind() == GoType.Kind.UINT8) {
            StringBuilder bytes = new StringBuilder((int) n);
            for (long i = 0; i < n; i++) {
                bytes.append((char) (((Number) Values.index(repr, i)).intValue() & 0xff));
            }
            fmtBytes(bytes.toString(), verb, t.toString(), new Values(t, repr));
            return;
        }
        if (f.sharpV) {
            f.buf.append(t);
            if (t.kind() == GoType.Kind.SLICE && Values.isNilSlice(repr)) {
                f.buf.append("(nil)");
                return;
            }
            f.buf.append('{');
            for (long i = 0; i < n; i++) {
                if (i > 0) {
                    f.buf.append(", ");
                }
                printValue(new Values(elem, Values.index(repr, i)), verb, depth + 1);
            }
            f.buf.append('}');
        } else {
            f.buf.append('[');
            for (long i = 0; i < n; i++) {
                if (i > 0) {
                    f.buf.append(' ');
                }
                printValue(new Values(elem, Values.index(repr, i)), verb, depth + 1);
            }
            f.buf.append(']');
        }
    }
}
