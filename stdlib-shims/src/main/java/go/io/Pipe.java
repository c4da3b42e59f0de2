// The shared state of io.Pipe: a synchronous hand-off of byte slices over the runtime's channels.
package go.io;

import dev.goloom.runtime.ByteSlice;
import dev.goloom.runtime.Chan;
import dev.goloom.runtime.GoError;
import dev.goloom.runtime.Mutex;
import dev.goloom.runtime.Once;
import dev.goloom.runtime.Select;
import dev.goloom.runtime.Selected;
import dev.goloom.runtime.Tuple2;

/**
 * Go's io.pipe, built the way Go builds it, on the runtime's channels, so a goroutine blocked
 * in Read or Write is parked where the scheduler and deadlock detection see it.
 *
 * <p>Invariants: a Write offers its remaining bytes on {@code wrCh} until all are consumed;
 * each Read takes one offer, copies what fits and answers the count on {@code rdCh}, so
 * writer and reader proceed in lock step. Writes are serialized by {@code wrMu}, so the
 * pieces of two writes never interleave. {@code done} is closed once, by the first Close of
 * either side; after it every blocked or later call returns the close error.
 */
final class Pipe {
    /** Serializes Write operations. */
    private final Mutex wrMu = new Mutex();
    /** The writer offers its remaining bytes here. */
    private final Chan<ByteSlice> wrCh = Chan.make(0);
    /** The reader answers how many bytes it took. */
    private final Chan<Long> rdCh = Chan.make(0);
    /** Guards the closing of {@code done}. */
    private final Once once = new Once();
    /** Closed when either side closes. */
    private final Chan<Object> done = Chan.make(0);
    /** The error the read side closed with (first one wins), else null. */
    private volatile GoError rerr;
    /** The error the write side closed with (first one wins), else null. */
    private volatile GoError werr;

    Tuple2<Long, GoError> read(ByteSlice b) {
        if (Select.selectDefault(Select.recv(done)).index() == 0) {
            return new Tuple2<>(0L, readCloseError());
        }
        Selected s = Select.select(Select.recv(wrCh), Select.recv(done));
        if (s.index() == 0) {
            ByteSlice bw = s.value();
            long nr = ByteSlice.copy(b, bw);
            rdCh.send(nr);
            return new Tuple2<>(nr, null);
        }
        return new Tuple2<>(0L, readCloseError());
    }

    private GoError readCloseError() {
        GoError r = rerr;
        GoError w = werr;
        if (r == null && w != null) {
            return w;
        }
        return Io.ErrClosedPipe;
    }

    GoError closeRead(GoError err) {
        if (err == null) {
            err = Io.ErrClosedPipe;
        }
        synchronized (this) {
            if (rerr == null) {
                rerr = err;
            }
        }
        once.Do(done::close);
        return null;
    }

    Tuple2<Long, GoError> write(ByteSlice b) {
        if (Select.selectDefault(Select.recv(done)).index() == 0) {
            return new Tuple2<>(0L, writeCloseError());
        }
        wrMu.Lock();
        try {
            long n = 0;
            for (boolean first = true; first || b.len() > 0; first = false) {
                Selected s = Select.select(Select.send(wrCh, b), Select.recv(done));
                if (s.index() != 0) {
                    return new Tuple2<>(n, writeCloseError());
                }
                long nw = rdCh.recv();
                b = b.slice(nw, b.len());
                n += nw;
            }
            return new Tuple2<>(n, null);
        } finally {
            wrMu.Unlock();
        }
    }

    private GoError writeCloseError() {
        GoError w = werr;
        GoError r = rerr;
        if (w == null && r != null) {
            return r;
        }
        return Io.ErrClosedPipe;
    }

    GoError closeWrite(GoError err) {
        if (err == null) {
            err = Io.EOF;
        }
        synchronized (this) {
            if (werr == null) {
                werr = err;
            }
        }
        once.Do(done::close);
        return null;
    }
}
