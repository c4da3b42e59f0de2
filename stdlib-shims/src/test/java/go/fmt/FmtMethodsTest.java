// fmt with Formatter, GoStringer, io.Writer destinations, Print results and the fake address scheme.
package go.fmt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.ElemType;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStruct;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.LongCell;
import dev.goloom.runtime.LongSlice;
import dev.goloom.runtime.Slice;
import dev.goloom.runtime.Tuple2;
import go.strings.Builder;
import java.util.List;
import org.junit.jupiter.api.Test;

/*
 * The Go program (go1.26.8) and its output:
 *
 *   type Money struct{ Cents int }
 *   func (m Money) Format(f fmt.State, verb rune) {
 *       w, wok := f.Width()
 *       p, pok := f.Precision()
 *       fmt.Fprintf(f, "[%c w=%d,%v p=%d,%v plus=%v sharp=%v $%d.%02d]", verb, w, wok, p, pok, f.Flag('+'), f.Flag('#'), m.Cents/100, m.Cents%100)
 *   }
 *   type G struct{}
 *   func (G) GoString() string { return "G!" }
 *
 *   var b strings.Builder
 *   n, err := fmt.Fprintf(&b, "%d-%s", 7, "x")
 *   fmt.Println(b.String(), n, err)
 *   fmt.Printf("%v|%+8.3v|%#x|%s\n", Money{1234}, Money{5}, Money{99}, []any{Money{1}})
 *   fmt.Printf("%#v|%v|%+v\n", G{}, G{}, []any{G{}})
 *
 * printed
 *   7-x 3 <nil>
 *   [v w=0,false p=0,false plus=false sharp=false $12.34]|[v w=8,true p=3,true plus=true sharp=false $0.05]|[x w=0,false p=0,false plus=false sharp=true $0.99]|[[s w=0,false p=0,false plus=false sharp=false $0.01]]
 *   G!|{}|[{}]
 */
class FmtMethodsTest {
    static final GoType.Named MONEY = new GoType.Named("main", "main", "Money")
            .define(new GoType.Struct(List.of(new GoType.Field("Cents", GoType.INT, false, ""))));
    static final GoType.Named G_TYPE = new GoType.Named("main", "main", "G").define(new GoType.Struct(List.of()));

    static final class Money implements GoStruct<Money>, Formatter {
        final long cents;

        Money(long cents) {
            this.cents = cents;
        }

        @Override public void Format(State f, int verb) {
            Tuple2<Long, Boolean> w = f.Width();
            Tuple2<Long, Boolean> p = f.Precision();
            Fmt.Fprintf(f, "[%c w=%d,%v p=%d,%v plus=%v sharp=%v $%d.%02d]", verb, w.v0(), w.v1(), p.v0(), p.v1(),
                    f.Flag('+'), f.Flag('#'), cents / 100, cents % 100);
        }

        @Override public GoType goType() { return MONEY; }
        @Override public Object field(int i) { return cents; }
        @Override public Money copy() { return new Money(cents); }
    }

    static final class G implements GoStruct<G>, GoSyntaxStringer {
        @Override public String GoString() { return "G!"; }
        @Override public GoType goType() { return G_TYPE; }
        @Override public Object field(int i) { throw new IndexOutOfBoundsException(i); }
        @Override public G copy() { return this; }
    }

    private static Boxed money(long c) {
        return new Boxed(MONEY, new Money(c));
    }

    private static Boxed anys(Object... v) {
        return new Boxed(new GoType.Slice(new GoType.Interface(List.of())), Slice.of(ElemType.INTERFACE, v));
    }

    @Test
    void sameStepsAsTheGoProgram() {
        Builder b = new Builder();
        Tuple2<Long, GoError> r = Fmt.Fprintf(b, "%d-%s", 7L, "x");
        String out = Fmt.Sprintln(b.String(), r.v0(), r.v1())
                + Fmt.Sprintf("%v|%+8.3v|%#x|%s\n", money(1234), money(5), money(99), anys(money(1)))
                + Fmt.Sprintf("%#v|%v|%+v\n", new Boxed(G_TYPE, new G()), new Boxed(G_TYPE, new G()), anys(new Boxed(G_TYPE, new G())));
        assertEquals("""
                7-x 3 <nil>
                [v w=0,false p=0,false plus=false sharp=false $12.34]|[v w=8,true p=3,true plus=true sharp=false $0.05]|[x w=0,false p=0,false plus=false sharp=true $0.99]|[[s w=0,false p=0,false plus=false sharp=false $0.01]]
                G!|{}|[{}]
                """, out);
    }

    @Test
    void pointersPrintStableGoLikeAddresses() {
        // Go prints heap addresses such as 0xc000012345; goloom invents them: stable per object,
        // element pointers at the array's address plus the offset, a slice at its first element.
        LongSlice s = LongSlice.of(1, 2, 3);
        Boxed slice = new Boxed(new GoType.Slice(GoType.INT), s);
        GoType ptrInt = new GoType.Pointer(GoType.INT);
        String p0 = Fmt.Sprintf("%p", slice);
        assertTrue(p0.matches("0xc0000[0-9a-f]{5}"), p0);
        assertEquals(p0, Fmt.Sprintf("%p", new Boxed(ptrInt, s.ptr(0))));
        assertEquals(Long.parseLong(p0.substring(2), 16) + 16,
                Long.parseLong(Fmt.Sprintf("%v", new Boxed(ptrInt, s.ptr(2))).substring(2), 16));
        LongCell x = new LongCell(5);
        String px = Fmt.Sprintf("%v", new Boxed(ptrInt, x));
        assertEquals(px, Fmt.Sprintf("%p", new Boxed(ptrInt, x)));
        assertNotEquals(px, Fmt.Sprintf("%p", new Boxed(ptrInt, new LongCell(5))));
        // Go: %#p drops 0x; %#v of a pointer shows its type; a nil pointer is <nil> or 0x0.
        assertEquals(px.substring(2), Fmt.Sprintf("%#p", new Boxed(ptrInt, x)));
        assertEquals("(*int)(" + px + ")", Fmt.Sprintf("%#v", new Boxed(ptrInt, x)));
        assertEquals("<nil> 0x0 %!p(<nil>)", Fmt.Sprintf("%v %p %p", new Boxed(ptrInt, null), new Boxed(ptrInt, null), null));
    }

    @Test
    void printReturnsBytesWrittenAndNilError() {
        // Go: n, err := fmt.Println("héllo") gives 7 <nil> (bytes, not runes).
        Builder b = new Builder();
        Tuple2<Long, GoError> r = Fmt.Fprintln(b, "h\303\251llo");
        assertEquals(7L, r.v0());
        assertEquals(null, r.v1());
    }

    /*
     * Go:
     *   type Color int
     *   func (c Color) String() string { return [...]string{"Red", "Green"}[c] }
     *   fmt.Println(Red, Green, [2]Color{Red, Green}, []any{Green})
     *   fmt.Printf("%v %d %s %q %x %T %5v|\n", Green, Green, Red, Red, Red, Red, Red)
     * prints
     *   Red Green [Red Green] [Green]
     *   Green 1 Red "Red" 526564 main.Color   Red|
     */
    static final GoType.Named COLOR = new GoType.Named("main", "main", "Color").define(GoType.INT);

    static {
        Methods.string(COLOR, v -> new String[] {"Red", "Green"}[(int) (long) (Long) v]);
    }

    @Test
    void registeredMethodsOfNamedNonStructTypes() {
        Boxed red = new Boxed(COLOR, 0L);
        Boxed green = new Boxed(COLOR, 1L);
        assertEquals("Red Green [Red Green] [Green]\n",
                Fmt.Sprintln(red, green, new Boxed(new GoType.Array(2, COLOR), new long[] {0, 1}), anys(green)));
        assertEquals("Green 1 Red \"Red\" 526564 main.Color   Red|\n",
                Fmt.Sprintf("%v %d %s %q %x %T %5v|\n", green, green, red, red, red, red, red));
    }
}
