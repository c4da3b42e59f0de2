// sync.Locker: the interface of Mutex, RWMutex and RWMutex.RLocker (Lock and Unlock).
package go.sync;

import dev.goloom.runtime.GoLocker;

/**
 * Go's {@code sync.Locker}. It extends the runtime's {@link GoLocker} (the same two methods),
 * so that any Locker — a user type too — can be the L of a runtime condition variable.
 */
public interface Locker extends GoLocker {}
