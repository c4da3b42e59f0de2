// errors and fmt.Errorf: the steps of src/test/go/errorsprog/main.go, whose real Go output is recorded here.
package go.errors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.Cell;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import go.fmt.Fmt;
import go.strconv.NumError;
import go.strconv.Strconv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorsTest {
    /** Go's output of {@code go run ./errorsprog}. */
    private static final String GO_OUTPUT = """
            false true false true
            ctx: x true true false
            *fmt.wrapError <nil>
            x + x + v true true true
            *fmt.wrapErrors
            x x x
            "x\\nctx: x" true *errors.joinError
            true
            no wrap 1 plain bad %!w(string=notanerror)
            *errors.errorString *fmt.wrapError
            true 7 code 7
            false true
            true Atoi zz true
            true true
            true false false true
            """;

    static final GoType.Named MYERR = new GoType.Named("main", "main", "MyErr")
            .define(new GoType.Struct(List.of(new GoType.Field("Code", GoType.INT, false, ""))));

    /** type MyErr struct{ Code int }; func (e *MyErr) Error() string */
    static final class MyErr implements GoError, GoStruct<MyErr> {
        final long code;

        MyErr(long code) {
            this.code = code;
        }

        @Override public String Error() { return Fmt.Sprintf("code %d", code); }
        @Override public GoType goType() { return MYERR; }
        @Override public Object field(int i) { return code; }
        @Override public MyErr copy() { return new MyErr(code); }
    }

    private static Boxed pointerTo(GoType elem, Cell<?> cell) {
        return new Boxed(new GoType.Pointer(elem), cell);
    }

    @Test
    void sameStepsAsTheGoProgram() {
        List<String> out = new ArrayList<>();
        GoError a = Errors.New("x");
        GoError b = Errors.New("x");
        out.add(Fmt.Sprintln(a == b, a == a, Errors.Is(a, b), Errors.Is(a, a)));
        GoError w = Fmt.Errorf("ctx: %w", a);
        out.add(Fmt.Sprintln(w, Errors.Unwrap(w) == a, Errors.Is(w, a), Errors.Is(w, b)));
        out.add(Fmt.Sprintf("%T %v\n", w, Errors.Unwrap(Errors.Unwrap(w))));
        GoError m = Fmt.Errorf("%w + %w + %v", a, b, Errors.New("v"));
        out.add(Fmt.Sprintln(m, Errors.Unwrap(m) == null, Errors.Is(m, a), Errors.Is(m, b)));
        out.add(Fmt.Sprintf("%T\n", m));
        GoError r = Fmt.Errorf("%[2]w %[1]w %[2]w", a, b);
        out.add(Fmt.Sprintln(r));
        GoError j = Errors.Join(a, null, w);
        out.add(Fmt.Sprintf("%q %v %T\n", j.Error(), Errors.Is(j, a), j));
        out.add(Fmt.Sprintln(Errors.Join(null, null) == null));
        out.add(Fmt.Sprintln(Fmt.Errorf("no wrap %d", 1L), Fmt.Errorf("plain"), Fmt.Errorf("bad %w", "notanerror")));
        out.add(Fmt.Sprintf("%T %T\n", Fmt.Errorf("plain"), Fmt.Errorf("bad %w", "notanerror")));

        GoType ptrMyErr = new GoType.Pointer(MYERR);
        Cell<MyErr> target = new Cell<>(null);
        GoError deep = Fmt.Errorf("l1: %w", Fmt.Errorf("l2: %w", new MyErr(7)));
        boolean found = Errors.As(deep, pointerTo(ptrMyErr, target));
        out.add(Fmt.Sprintln(found, target.value.code, target.value));
        Cell<MyErr> target2 = new Cell<>(null);
        out.add(Fmt.Sprintln(Errors.As(a, pointerTo(ptrMyErr, target2)), target2.value == null));
        GoError err = Strconv.Atoi("zz").v1();
        Cell<NumError> ne = new Cell<>(null);
        boolean asNum = Errors.As(err, pointerTo(new GoType.Pointer(NumError.TYPE), ne));
        out.add(Fmt.Sprintln(asNum, ne.value.Func, ne.value.Num, ne.value.Err == Strconv.ErrSyntax));
        Cell<GoError> anyErr = new Cell<>(null);
        GoType errorType = new GoType.Named("", "", "error").define(new GoType.Interface(List.of("Error() string")));
        out.add(Fmt.Sprintln(Errors.As(deep, pointerTo(errorType, anyErr)), anyErr.value == deep));
        out.add(Fmt.Sprintln(Errors.Is(null, null), Errors.Is(null, a), Errors.Is(a, null), Errors.Unwrap(a) == null));
        assertEquals(GO_OUTPUT, String.join("", out));
    }

    @Test
    void asPanicsLikeGo() {
        // Go: errors.As(err, nil) panics "errors: target cannot be nil"; a non-pointer target
        // panics "errors: target must be a non-nil pointer".
        GoError e = Errors.New("e");
        assertEquals("errors: target cannot be nil",
                assertThrows(GoPanic.class, () -> Errors.As(e, null)).value());
        assertEquals("errors: target must be a non-nil pointer",
                assertThrows(GoPanic.class, () -> Errors.As(e, 5L)).value());
    }
}
