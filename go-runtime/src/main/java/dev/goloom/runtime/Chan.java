// Go channels: unbuffered, buffered, nil and closed, with direct hand-off between waiting goroutines.
package dev.goloom.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * {@code chan T}. The nil channel is the shared object {@link #nil()}, never Java's null, so
 * that generated code can call methods on any channel value.
 *
 * <p>Invariants (as in Go's runtime/chan.go), all under {@code lock}:
 * <ul>
 * <li>At least one of {@code sendq} and {@code recvq} is empty, except for an unbuffered
 *     channel with a single goroutine blocked on both sides through select, or a buffered
 *     channel with {@code count == 0} in a select on both sides.
 * <li>Buffered: {@code count > 0} implies {@code recvq} is empty; {@code count < capacity}
 *     implies {@code sendq} is empty.
 * <li>Once {@code closed}, {@code sendq} stays empty (close wakes every sender, which panics)
 *     and {@code recvq} stays empty (close wakes every receiver with the zero value).
 * <li>A value passes directly from sender to a waiting receiver (or from a waiting sender
 *     straight into the buffer slot a receiver frees), never through a second queue.
 * <li>Waking a goroutine happens after {@code lock} is released.
 * </ul>
 */
public final class Chan<T> {
    /** Source of lock-order ids for select (initialized before NIL, which takes one). */
    private static final AtomicLong IDS = new AtomicLong();
    /** The nil channel. */
    private static final Chan<?> NIL = new Chan<>(-1, null, false);

    /** Largest buffer we allocate (Go's limit depends on element size; ours is the Java array limit). */
    private static final long MAX_CAPACITY = Integer.MAX_VALUE - 8;

    /** Buffer size; -1 for the nil channel. */
    final int capacity;
    /** Ring buffer of {@code capacity} slots (empty for unbuffered and nil channels). */
    private final Object[] buf;
    /** Next slot to fill. */
    private int sendx;
    /** Next slot to drain. */
    private int recvx;
    /** Values in the buffer. */
    private int count;
    /** Set by close. */
    private boolean closed;
    /** What a receive yields from a closed channel: the element type's zero value. */
    final T zero;
    /** Blocked receivers. */
    final Waiter.Queue recvq = new Waiter.Queue();
    /** Blocked senders. */
    final Waiter.Queue sendq = new Waiter.Queue();
    /** Guards every field above. */
    final ReentrantLock lock = new ReentrantLock();
    /** Order in which select locks channels. */
    final long id;
    /** A timer channel (time.Timer.C, time.Ticker.C): len and cap report 0, as since Go 1.23. */
    private final boolean timerChannel;
    /** The timer that sends on this channel, if any, for deadlock detection. */
    volatile RuntimeTimer timer;

    private Chan(int capacity, T zero, boolean timerChannel) {
        this.capacity = capacity;
        this.buf = new Object[Math.max(capacity, 0)];
        this.zero = zero;
        this.id = IDS.incrementAndGet();
        this.timerChannel = timerChannel;
    }

    /** The nil channel: send and receive block forever, close panics. */
    @SuppressWarnings("unchecked")
    public static <T> Chan<T> nil() {
        return (Chan<T>) NIL;
    }

    /** {@code make(chan T, cap)} for a reference element type (zero value null). */
    public static <T> Chan<T> make(long cap) {
        return make(cap, null);
    }

    /** {@code make(chan T, cap)}; receives from the closed channel yield {@code zero}. */
    public static <T> Chan<T> make(long cap, T zero) {
        if (cap < 0 || cap > MAX_CAPACITY) {
            throw new GoPanic(RuntimeErrors.plain("makechan: size out of range"));
        }
        return new Chan<>((int) cap, zero, false);
    }

    /** A channel of capacity 1 that reports len and cap 0: what time.NewTimer and NewTicker create. */
    static <T> Chan<T> makeTimerChannel() {
        return new Chan<>(1, null, true);
    }

    public boolean isNil() {
        return this == NIL;
    }

    /** {@code len(ch)}: values buffered. */
    public long len() {
        if (this == NIL || timerChannel) {
            return 0;
        }
        lock.lock();
        try {
            return count;
        } finally {
            lock.unlock();
        }
    }

    /** {@code cap(ch)}. */
    public long cap() {
        return this == NIL || timerChannel ? 0 : capacity;
    }

    // ---- send -------------------------------------------------------------------------------

    /** {@code ch <- v}. */
    public void send(T v) {
        if (this == NIL) {
            blockForever("chan send (nil chan)");
        }
        lock.lock();
        if (closed) {
            lock.unlock();
            throw sendOnClosed();
        }
        Waiter receiver = recvq.dequeue();
        if (receiver != null) {
            lock.unlock();
            receiver.elem = v;
            receiver.success = true;
            wake(receiver);
            return;
        }
        if (count < capacity) {
            buf[sendx] = v;
            if (++sendx == capacity) {
                sendx = 0;
            }
            count++;
            lock.unlock();
            return;
        }
        Goroutine g = Goroutine.current();
        Waiter w = new Waiter(g, v);
        sendq.enqueue(w);
        lock.unlock();
        g.beginPark("chan send", this);
        while (!g.isReady()) {
            LockSupport.park(g); // inline, not g.park(): one frame less in the parked stack
        }
        g.endPark();
        if (!w.success) {
            throw sendOnClosed();
        }
    }

    // ---- receive ----------------------------------------------------------------------------

    /** {@code <-ch}. */
    @SuppressWarnings("unchecked")
    public T recv() {
        return (T) receive(null);
    }

    /** {@code v, ok := <-ch}: ok is false when the channel is closed and drained. */
    @SuppressWarnings("unchecked")
    public Received<T> recv2() {
        boolean[] ok = new boolean[1];
        T v = (T) receive(ok);
        return new Received<>(v, ok[0]);
    }

    /** The result of a comma-ok receive. */
    public record Received<T>(T value, boolean ok) {}

    /** Receives a value; stores into {@code ok[0]} (when given) whether a value was sent. */
    private Object receive(boolean[] ok) {
        if (this == NIL) {
            blockForever("chan receive (nil chan)");
        }
        lock.lock();
        if (closed && count == 0) {
            lock.unlock();
            return zero; // ok stays false
        }
        Waiter sender = sendq.dequeue();
        if (sender != null) {
            Object v = takeFrom(sender);
            lock.unlock();
            sender.success = true;
            wake(sender);
            if (ok != null) {
                ok[0] = true;
            }
            return v;
        }
        if (count > 0) {
            Object v = unbufferLocked();
            lock.unlock();
            if (ok != null) {
                ok[0] = true;
            }
            return v;
        }
        Goroutine g = Goroutine.current();
        Waiter w = new Waiter(g, null);
        recvq.enqueue(w);
        lock.unlock();
        g.beginPark("chan receive", this);
        while (!g.isReady()) {
            LockSupport.park(g); // inline, not g.park(): one frame less in the parked stack
        }
        g.endPark();
        if (ok != null) {
            ok[0] = w.success;
        }
        return w.success ? w.elem : zero;
    }

    /**
     * Takes a value with a blocked sender present (lock held): unbuffered, straight from the
     * sender; buffered (then full), from the head of the buffer, and the sender's value goes to
     * the tail.
     */
    Object takeFrom(Waiter sender) {
        if (capacity == 0) {
            return sender.elem;
        }
        Object v = buf[recvx];
        buf[recvx] = sender.elem;
        if (++recvx == capacity) {
            recvx = 0;
        }
        sendx = recvx;
        return v;
    }

    // ---- close ------------------------------------------------------------------------------

    /** {@code close(ch)}. */
    public void close() {
        if (this == NIL) {
            throw new GoPanic(RuntimeErrors.plain("close of nil channel"));
        }
        List<Waiter> toWake = new ArrayList<>();
        lock.lock();
        try {
            if (closed) {
                throw new GoPanic(RuntimeErrors.plain("close of closed channel"));
            }
            closed = true;
            Waiter w;
            while ((w = recvq.dequeue()) != null) {
                w.elem = null;
                w.success = false;
                toWake.add(w);
            }
            while ((w = sendq.dequeue()) != null) {
                w.success = false;
                toWake.add(w);
            }
        } finally {
            lock.unlock();
        }
        for (Waiter w : toWake) {
            wake(w);
        }
    }

    // ---- used by Select and timers (lock held) ---------------------------------------------

    boolean isClosedLocked() {
        return closed;
    }

    int countLocked() {
        return count;
    }

    /** Puts v in the buffer; the caller checked there is room. */
    void bufferLocked(Object v) {
        buf[sendx] = v;
        if (++sendx == capacity) {
            sendx = 0;
        }
        count++;
    }

    /** Takes the head of the buffer; the caller checked it is not empty. */
    Object unbufferLocked() {
        Object v = buf[recvx];
        buf[recvx] = null;
        if (++recvx == capacity) {
            recvx = 0;
        }
        count--;
        return v;
    }

    /** Empties the buffer (timer Stop/Reset); returns how many values it dropped. */
    int drainLocked() {
        int n = count;
        while (count > 0) {
            unbufferLocked();
        }
        return n;
    }

    /** Readies the goroutine of a dequeued waiter (lock released). */
    static void wake(Waiter w) {
        if (w instanceof Waiter.OfSelect s) {
            w.g.selectedBy = s;
        }
        w.g.ready();
    }

    static GoPanic sendOnClosed() {
        return new GoPanic(RuntimeErrors.plain("send on closed channel"));
    }

    /** Parks the current goroutine for good (nil channel operations, {@code select {}}). */
    static void blockForever(String reason) {
        Goroutine g = Goroutine.current();
        while (true) {
            g.park(reason, null);
        }
    }

    @Override
    public String toString() {
        return this == NIL ? "<nil>" : "0x" + Long.toHexString(0xc000000000L + id * 0x60);
    }
}
