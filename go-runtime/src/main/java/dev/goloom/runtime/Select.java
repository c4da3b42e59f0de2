// Go's select statement: random choice among ready cases, default, nil channels, and select {}.
package dev.goloom.runtime;

import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * Generated code builds the cases as values and switches on the chosen index:
 * <pre>{@code
 * Selected s = Select.select(Select.recv(in), Select.send(out, v));   // blocks
 * Selected s = Select.selectDefault(Select.recv(in));                   // index -1: default
 * switch (s.index()) { case 0 -> { long x = s.value(); boolean ok = s.ok(); ... } ... }
 * Select.block();                                                        // select {}
 * }</pre>
 *
 * <p>The algorithm is Go's selectgo. Invariants:
 * <ul>
 * <li>All channels of the select are locked together, in {@link Chan#id} order (each once),
 *     for the polling pass and for the enqueueing pass, so no case can become ready unseen
 *     between the two.
 * <li>The polling pass visits cases in a fresh uniformly random order; the first ready case
 *     wins, so among ready cases the choice is uniform.
 * <li>A blocked select has one {@link Waiter} per non-nil case, all sharing one
 *     {@link Waiter.SelectClaim}; the waker that claims it completes exactly that case, and
 *     the select then removes its other waiters under all the locks again.
 * <li>Cases on nil channels never proceed; a select whose cases are all nil (and has no
 *     default) blocks forever with reason "select", {@code select {}} with "select (no cases)".
 * </ul>
 */
public final class Select {
    private Select() {}

    /** One case: a receive from, or a send of {@code value} to, {@code chan}. */
    public record Case(Chan<?> chan, boolean isSend, Object value) {}

    /** {@code case v, ok := <-c}. */
    public static Case recv(Chan<?> c) {
        return new Case(c, false, null);
    }

    /** {@code case c <- v}. */
    public static <T> Case send(Chan<T> c, T v) {
        return new Case(c, true, v);
    }

    /** {@code select {}}: blocks forever. */
    public static void block() {
        Chan.blockForever("select (no cases)");
    }

    /** A select without default: blocks until a case proceeds. */
    public static Selected select(Case... cases) {
        if (cases.length == 0) {
            block();
        }
        return run(cases, false);
    }

    /** A select with default: index -1 when no case was ready. */
    public static Selected selectDefault(Case... cases) {
        return run(cases, true);
    }

    private static final Selected DEFAULT = new Selected(-1, null, false);

    private static Selected run(Case[] cases, boolean hasDefault) {
        int n = cases.length;
        int[] pollOrder = new int[n];
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int i = 0; i < n; i++) { // inside-out Fisher–Yates
            int j = random.nextInt(i + 1);
            pollOrder[i] = pollOrder[j];
            pollOrder[j] = i;
        }
        Chan<?>[] lockOrder = lockOrder(cases);
        if (lockOrder.length == 0) {
            if (hasDefault) {
                return DEFAULT;
            }
            Chan.blockForever("select");
        }
        lockAll(lockOrder);
        // Pass 1: is some case ready?
        for (int k = 0; k < n; k++) {
            int i = pollOrder[k];
            Case cs = cases[i];
            Chan<?> c = cs.chan();
            if (c.isNil()) {
                continue;
            }
            if (cs.isSend()) {
                if (c.isClosedLocked()) {
                    unlockAll(lockOrder);
                    throw Chan.sendOnClosed();
                }
                Waiter receiver = c.recvq.dequeue();
                if (receiver != null) {
                    unlockAll(lockOrder);
                    receiver.elem = cs.value();
                    receiver.success = true;
                    Chan.wake(receiver);
                    return new Selected(i, null, false);
                }
                if (c.countLocked() < c.capacity) {
                    c.bufferLocked(cs.value());
                    unlockAll(lockOrder);
                    return new Selected(i, null, false);
                }
            } else {
                Waiter sender = c.sendq.dequeue();
                if (sender != null) {
                    Object v = c.takeFrom(sender);
                    unlockAll(lockOrder);
                    sender.success = true;
                    Chan.wake(sender);
                    return new Selected(i, v, true);
                }
                if (c.countLocked() > 0) {
                    Object v = c.unbufferLocked();
                    unlockAll(lockOrder);
                    return new Selected(i, v, true);
                }
                if (c.isClosedLocked()) {
                    unlockAll(lockOrder);
                    return new Selected(i, c.zero, false);
                }
            }
        }
        if (hasDefault) {
            unlockAll(lockOrder);
            return DEFAULT;
        }
        // Pass 2: wait on every channel.
        Goroutine g = Goroutine.current();
        Waiter.SelectClaim claim = new Waiter.SelectClaim();
        Waiter.OfSelect[] waiters = new Waiter.OfSelect[n];
        g.selectedBy = null;
        for (int i = 0; i < n; i++) {
            Case cs = cases[i];
            Chan<?> c = cs.chan();
            if (c.isNil()) {
                continue;
            }
            Waiter.OfSelect w = new Waiter.OfSelect(g, cs.isSend() ? cs.value() : null, claim, i);
            waiters[i] = w;
            (cs.isSend() ? c.sendq : c.recvq).enqueue(w);
        }
        unlockAll(lockOrder);
        g.beginPark("select", cases);
        while (!g.isReady()) {
            LockSupport.park(g); // inline, not g.park(): one frame less in the parked stack
        }
        g.endPark();
        Waiter.OfSelect won = g.selectedBy;
        g.selectedBy = null;
        // Pass 3: withdraw from the other channels.
        lockAll(lockOrder);
        for (Waiter.OfSelect w : waiters) {
            if (w != null && w != won) {
                Case lost = cases[w.caseIndex];
                (lost.isSend() ? lost.chan().sendq : lost.chan().recvq).remove(w);
            }
        }
        unlockAll(lockOrder);
        Case cs = cases[won.caseIndex];
        if (cs.isSend()) {
            if (!won.success) {
                throw Chan.sendOnClosed();
            }
            return new Selected(won.caseIndex, null, false);
        }
        return new Selected(won.caseIndex, won.success ? won.elem : cs.chan().zero, won.success);
    }

    /** The distinct non-nil channels of the cases, sorted by id. */
    private static Chan<?>[] lockOrder(Case[] cases) {
        Chan<?>[] order = new Chan<?>[cases.length];
        int m = 0;
        for (Case cs : cases) {
            Chan<?> c = cs.chan();
            if (c.isNil()) {
                continue;
            }
            // insertion sort by id, skipping duplicates: selects are small
            int pos = m;
            boolean dup = false;
            for (int k = 0; k < m; k++) {
                if (order[k] == c) {
                    dup = true;
                    break;
                }
            }
            if (dup) {
                continue;
            }
            while (pos > 0 && order[pos - 1].id > c.id) {
                order[pos] = order[pos - 1];
                pos--;
            }
            order[pos] = c;
            m++;
        }
        return m == order.length ? order : java.util.Arrays.copyOf(order, m);
    }

    private static void lockAll(Chan<?>[] order) {
        for (Chan<?> c : order) {
            c.lock.lock();
        }
    }

    private static void unlockAll(Chan<?>[] order) {
        for (int i = order.length - 1; i >= 0; i--) {
            order[i].lock.unlock();
        }
    }
}
