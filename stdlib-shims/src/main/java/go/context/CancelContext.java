// WithCancel, WithCancelCause, WithDeadline and WithTimeout's context: cancellation that flows from parents to children.
package go.context;

import dev.goloom.runtime.Chan;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.GoStringer;
import dev.goloom.runtime.RuntimeTimer;
import dev.goloom.runtime.Tuple2;
import go.time.Time;
import go.time.Time_;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Go's {@code cancelCtx} and {@code timerCtx}. Invariants (under {@code this}): {@code err} is
 * set once, together with {@code cause}, and then {@code done} is closed and the children are
 * canceled and forgotten; a child is registered with its nearest canceling ancestor only while
 * that ancestor is not canceled, so cancellation reaches every live descendant exactly once.
 * Locks are taken parent before child, as in Go. A deadline is a runtime AfterFunc timer, so a
 * goroutine waiting on Done keeps the program alive until the deadline (no false deadlock).
 */
final class CancelContext implements Context, GoStringer {
    /** The key under which Value returns the nearest CancelContext (Go's &cancelCtxKey), for Cause and registration. */
    static final Object KEY = new Object();

    /** The parent. */
    private final Context parent;
    /** Closed on cancellation. */
    private final Chan<Object> done = Chan.make(0);
    /** Canceled or DeadlineExceeded once canceled, else null. Guarded by this. */
    private GoError err;
    /** Why: the cause given to the cancel function (err when none). Guarded by this. */
    private GoError cause;
    /** Children to cancel with this one; null once canceled. Guarded by this. */
    private Set<CancelContext> children = new LinkedHashSet<>();
    /** The deadline, or null (WithCancel). */
    private final Time deadline;
    /** The deadline's timer, or null. Guarded by this. */
    private RuntimeTimer timer;

    CancelContext(Context parent, Time deadline) {
        this.parent = parent;
        this.deadline = deadline;
    }

    /** Links this context to its parent's cancellation (Go's propagateCancel). */
    void propagate() {
        Chan<Object> parentDone = parent.Done();
        if (parentDone.isNil()) {
            return; // the parent is never canceled
        }
        if (parent.Err() != null) {
            cancel(false, parent.Err(), Context_.Cause(parent));
            return;
        }
        if (parent.Value(KEY) instanceof CancelContext p && p.done == parentDone) {
            synchronized (p) {
                if (p.err == null) {
                    p.children.add(this);
                    return;
                }
            }
            cancel(false, p.err, p.cause);
            return;
        }
        // A parent of another implementation: watch it from a goroutine, as Go does.
        dev.goloom.runtime.Go.go(() -> {
            var s = dev.goloom.runtime.Select.select(dev.goloom.runtime.Select.recv(parentDone),
                    dev.goloom.runtime.Select.recv(done));
            if (s.index() == 0) {
                cancel(false, parent.Err(), Context_.Cause(parent));
            }
        });
    }

    /** Arms the deadline timer: cancels with DeadlineExceeded (and cause) after d. */
    void armDeadline(long d, GoError deadlineCause) {
        synchronized (this) {
            if (err == null) {
                timer = RuntimeTimer.afterFunc(d, () -> cancel(true, Context_.DeadlineExceeded, deadlineCause));
            }
        }
    }

    /** Cancels this context and its descendants; the first call wins. */
    void cancel(boolean removeFromParent, GoError e, GoError why) {
        Set<CancelContext> kids;
        synchronized (this) {
            if (err != null) {
                return;
            }
            err = e;
            cause = why == null ? e : why;
            done.close();
            kids = children;
            children = null;
            if (timer != null) {
                timer.stop();
                timer = null;
            }
            for (CancelContext child : kids) {
                child.cancel(false, e, cause);
            }
        }
        if (removeFromParent && parent.Value(KEY) instanceof CancelContext p) {
            synchronized (p) {
                if (p.children != null) {
                    p.children.remove(this);
                }
            }
        }
    }

    synchronized GoError cause() {
        return cause;
    }

    @Override public Tuple2<Time, Boolean> Deadline() {
        return deadline == null ? parent.Deadline() : new Tuple2<>(deadline, true);
    }

    @SuppressWarnings("unchecked")
    @Override public <T> Chan<T> Done() {
        return (Chan<T>) (Chan<?>) done;
    }

    @Override public synchronized GoError Err() {
        return err;
    }

    @Override public Object Value(Object key) {
        return key == KEY ? this : parent.Value(key);
    }

    @Override public String String() {
        if (deadline == null) {
            return Context_.name(parent) + ".WithCancel";
        }
        return Context_.name(parent) + ".WithDeadline(" + deadline.String() + " [" + Time_.Duration_String(Time_.Until(deadline)) + "])";
    }
}
