// context: the steps of conformance/corpus/context/{cancel_tree,deadline_timeout}.go on the shim, against real Go's output.
package go.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.goloom.runtime.Boxed;
import dev.goloom.runtime.Chan;
import dev.goloom.runtime.Go;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoPanic;
import dev.goloom.runtime.GoType;
import dev.goloom.runtime.Select;
import go.errors.Errors;
import go.fmt.Fmt;
import go.time.Time_;
import org.junit.jupiter.api.Test;

class ContextTest {
    /** {@code type key string} of the Go program. */
    private static final GoType.Named KEY = new GoType.Named("main", "main", "key").define(GoType.STRING);

    private static Object key(String s) {
        return new Boxed(KEY, s);
    }

    /** Go's output of {@code go run cancel_tree.go}. */
    private static final String CANCEL_TREE_GO = """
            context.Background context.TODO <nil> true
            gopher <nil> <nil>
            <nil> <nil> <nil>
            grandchild done: context canceled / context canceled
            context canceled context canceled true
            context canceled disk full
            context canceled disk full
            context.Background.WithCancel context.Background.WithCancel.WithCancel.WithValue(main.key, gopher)
            """;

    @Test
    void cancelingAParentCancelsEveryDescendantWithErrAndCause() {
        StringBuilder out = new StringBuilder();
        Context root = Context_.Background();
        out.append(Fmt.Sprintln(root, Context_.TODO(), root.Err(), root.Done().isNil()));
        var parent = Context_.WithCancel(root);
        var child = Context_.WithCancel(parent.v0());
        Context valued = Context_.WithValue(child.v0(), key("user"), "gopher");
        var grandchild = Context_.WithCancelCause(valued);
        out.append(Fmt.Sprintln(valued.Value(key("user")), valued.Value(key("other")), valued.Value("user")));
        out.append(Fmt.Sprintln(parent.v0().Err(), child.v0().Err(), grandchild.v0().Err()));

        Chan<String> done = Chan.make(0);
        Go.go(() -> {
            grandchild.v0().Done().recv();
            done.send(Fmt.Sprint("grandchild done: ", grandchild.v0().Err(), " / ", Context_.Cause(grandchild.v0())));
        });
        parent.v1().call();
        out.append(Fmt.Sprintln(done.recv()));
        out.append(Fmt.Sprintln(parent.v0().Err(), child.v0().Err(), Errors.Is(child.v0().Err(), Context_.Canceled)));
        parent.v1().call();

        var ctx = Context_.WithCancelCause(root);
        ctx.v1().call(Errors.New("disk full"));
        ctx.v1().call(Errors.New("ignored"));
        ctx.v0().Done().recv();
        out.append(Fmt.Sprintln(ctx.v0().Err(), Context_.Cause(ctx.v0())));
        var late = Context_.WithCancel(ctx.v0());
        out.append(Fmt.Sprintln(late.v0().Err(), Context_.Cause(late.v0())));
        late.v1().call();
        out.append(Fmt.Sprintln(parent.v0(), valued));
        child.v1().call();
        grandchild.v1().call(null);
        assertEquals(CANCEL_TREE_GO, out.toString());
    }

    /** Go's output of {@code go run deadline_timeout.go}. */
    private static final String DEADLINE_GO = """
            <nil>
            context deadline exceeded true true
            true context deadline exceeded
            true
            context canceled <nil>
            context deadline exceeded
            context deadline exceeded too slow
            <nil> 1 true
            workers stopped 3
            """;

    /** func work(ctx, d): nil after d, or ctx.Err() when ctx is done first. */
    private static GoError work(Context ctx, long d) {
        var s = Select.select(Select.recv(Time_.After(d)), Select.recv(ctx.Done()));
        return s.index() == 0 ? null : ctx.Err();
    }

    @Test
    void deadlinesExpireWithDeadlineExceededAndEarlierParentDeadlinesWin() {
        StringBuilder out = new StringBuilder();
        long ms = 1_000_000L;
        var ctx = Context_.WithTimeout(Context_.Background(), 200 * ms);
        out.append(Fmt.Sprintln(work(ctx.v0(), ms)));
        GoError err = work(ctx.v0(), 1000 * ms);
        out.append(Fmt.Sprintln(err, Errors.Is(err, Context_.DeadlineExceeded), err == Context_.DeadlineExceeded));
        out.append(Fmt.Sprintln(ctx.v0().Deadline().v1(), Context_.Cause(ctx.v0())));
        ctx.v1().call();

        var parent = Context_.WithTimeout(Context_.Background(), 3_600_000 * ms);
        var pd = parent.v0().Deadline().v0();
        var child = Context_.WithDeadline(parent.v0(), Time_.Now().Add(7_200_000 * ms));
        var cd = child.v0().Deadline().v0();
        out.append(Fmt.Sprintln(pd.Equal(cd)));
        child.v1().call();
        out.append(Fmt.Sprintln(child.v0().Err(), parent.v0().Err()));
        parent.v1().call();

        var past = Context_.WithDeadline(Context_.Background(), Time_.Now().Add(-1000 * ms));
        out.append(Fmt.Sprintln(past.v0().Err()));
        past.v1().call();

        GoError why = Errors.New("too slow");
        var slow = Context_.WithTimeoutCause(Context_.Background(), 5 * ms, why);
        slow.v0().Done().recv();
        out.append(Fmt.Sprintln(slow.v0().Err(), Context_.Cause(slow.v0())));
        Context detached = Context_.WithoutCancel(Context_.WithValue(slow.v0(), "k", 1L));
        out.append(Fmt.Sprintln(detached.Err(), detached.Value("k"), detached.Done().isNil()));
        slow.v1().call();

        Chan<Long> results = Chan.make(0);
        var ctx2 = Context_.WithCancel(Context_.Background());
        for (long i = 0; i < 3; i++) {
            long id = i;
            Go.go(() -> {
                ctx2.v0().Done().recv();
                results.send(id);
            });
        }
        ctx2.v1().call();
        long sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += results.recv();
        }
        out.append(Fmt.Sprintln("workers stopped", sum));
        assertEquals(DEADLINE_GO, out.toString());
    }

    @Test
    void withValueRejectsNilAndUncomparableKeysWithGosPanics() {
        // Go: panic("nil key"), panic("key is not comparable"), panic("cannot create context from nil parent").
        Context bg = Context_.Background();
        assertEquals("nil key", assertThrows(GoPanic.class, () -> Context_.WithValue(bg, null, 1L)).value());
        Object slice = new Boxed(new GoType.Slice(GoType.INT), dev.goloom.runtime.LongSlice.NIL); // a []int(nil) key
        assertEquals("key is not comparable", assertThrows(GoPanic.class, () -> Context_.WithValue(bg, slice, 1L)).value());
        assertEquals("cannot create context from nil parent", assertThrows(GoPanic.class, () -> Context_.WithCancel(null)).value());
    }
}
