// sync.Locker as the runtime's Cond sees it.
package dev.goloom.runtime;

/** {@code interface { Lock(); Unlock() }}. */
public interface GoLocker {
    void Lock();

    void Unlock();
}
