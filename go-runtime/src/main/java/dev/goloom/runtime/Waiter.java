// Go's sudog: one goroutine waiting on one channel (or one case of a select), and the FIFO queue of them.
package dev.goloom.runtime;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * A goroutine blocked in a send or receive. The waker fills in {@code elem} (a receive) or
 * takes it (a send), sets {@code success} (false: woken because the channel closed), and
 * readies the goroutine. A select enqueues one {@link OfSelect} per case, all sharing one
 * {@link SelectClaim}; the first waker to win {@link SelectClaim#claim()} completes the select
 * and the other wakers skip its waiters.
 *
 * <p>A plain waiter is 32 bytes: it lives as long as its goroutine is parked, so the fields
 * only a select needs are in the subclass.
 */
sealed class Waiter permits Waiter.OfSelect {
    /** The goroutine to wake. */
    final Goroutine g;
    /** The value sent, or the slot for the value received. */
    Object elem;
    /** True when the operation completed by a transfer, false when it ended because the channel closed. */
    boolean success;
    /** Queue links, guarded by the channel's lock. */
    Waiter prev;
    Waiter next;
    /** Whether this waiter is currently linked in a queue. */
    boolean queued;

    /** A plain send (elem: the value) or receive (elem: null). */
    Waiter(Goroutine g, Object elem) {
        this.g = g;
        this.elem = elem;
    }

    /** One case of a blocked select. */
    static final class OfSelect extends Waiter {
        /** The select this waiter belongs to. */
        final SelectClaim select;
        /** The select case index this waiter stands for. */
        final int caseIndex;

        OfSelect(Goroutine g, Object elem, SelectClaim select, int caseIndex) {
            super(g, elem);
            this.select = select;
            this.caseIndex = caseIndex;
        }
    }

    /** The shared flag of one blocked select: exactly one waker wins it. */
    static final class SelectClaim {
        /** 0 while waiting, 1 once a case has been chosen. */
        private volatile int done;

        private static final VarHandle DONE;

        static {
            try {
                DONE = MethodHandles.lookup().findVarHandle(SelectClaim.class, "done", int.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        boolean claim() {
            return DONE.compareAndSet(this, 0, 1);
        }
    }

    /** A FIFO of waiters (Go's waitq); guarded by the owning channel's lock. */
    static final class Queue {
        /** Oldest waiter, or null. */
        private Waiter first;
        /** Newest waiter, or null. */
        private Waiter last;

        void enqueue(Waiter w) {
            w.next = null;
            w.prev = last;
            if (last == null) {
                first = w;
            } else {
                last.next = w;
            }
            last = w;
            w.queued = true;
        }

        /**
         * Removes and returns the oldest waiter that can still be completed: waiters of a select
         * that another case already won are dropped on the way, as in Go's dequeue.
         */
        Waiter dequeue() {
            while (true) {
                Waiter w = first;
                if (w == null) {
                    return null;
                }
                remove(w);
                if (w instanceof OfSelect s && !s.select.claim()) {
                    continue;
                }
                return w;
            }
        }

        void remove(Waiter w) {
            if (!w.queued) {
                return;
            }
            if (w.prev == null) {
                first = w.next;
            } else {
                w.prev.next = w.next;
            }
            if (w.next == null) {
                last = w.prev;
            } else {
                w.next.prev = w.prev;
            }
            w.prev = null;
            w.next = null;
            w.queued = false;
        }

        boolean isEmpty() {
            return first == null;
        }

        /** True when some waiter here is a plain one or a select not yet won (racy outside the lock). */
        Waiter peek() {
            return first;
        }
    }
}
