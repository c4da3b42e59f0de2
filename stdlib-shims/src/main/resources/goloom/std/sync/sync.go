// The Go API of package sync as goloom implements it (Java: go.sync.*). Struct types declare
// only the fields Go code may use; their state lives in the Java classes.
package sync

// A Locker represents an object that can be locked and unlocked (Java: go.sync.Locker).
type Locker interface {
	Lock()
	Unlock()
}

// A Mutex is a mutual exclusion lock. The zero value is an unlocked mutex.
type Mutex struct{}

func (m *Mutex) Lock()
func (m *Mutex) TryLock() bool
func (m *Mutex) Unlock()

// A RWMutex is a reader/writer mutual exclusion lock. The zero value is an unlocked mutex.
type RWMutex struct{}

func (rw *RWMutex) Lock()
func (rw *RWMutex) TryLock() bool
func (rw *RWMutex) Unlock()
func (rw *RWMutex) RLock()
func (rw *RWMutex) TryRLock() bool
func (rw *RWMutex) RUnlock()
func (rw *RWMutex) RLocker() Locker

// A WaitGroup waits for a collection of goroutines to finish.
type WaitGroup struct{}

func (wg *WaitGroup) Add(delta int)
func (wg *WaitGroup) Done()
func (wg *WaitGroup) Wait()
func (wg *WaitGroup) Go(f func())

// Once is an object that will perform exactly one action.
type Once struct{}

func (o *Once) Do(f func())

// Cond implements a condition variable, a rendezvous point for goroutines waiting for or
// announcing the occurrence of an event.
type Cond struct {
	// L is held while observing or changing the condition
	L Locker
}

func NewCond(l Locker) *Cond
func (c *Cond) Wait()
func (c *Cond) Signal()
func (c *Cond) Broadcast()

// Map is like a Go map[any]any but is safe for concurrent use by multiple goroutines.
type Map struct{}

func (m *Map) Load(key any) (value any, ok bool)
func (m *Map) Store(key, value any)
func (m *Map) LoadOrStore(key, value any) (actual any, loaded bool)
func (m *Map) LoadAndDelete(key any) (value any, loaded bool)
func (m *Map) Delete(key any)
func (m *Map) Swap(key, value any) (previous any, loaded bool)
func (m *Map) CompareAndSwap(key, old, new any) (swapped bool)
func (m *Map) CompareAndDelete(key, old any) (deleted bool)
func (m *Map) Range(f func(key, value any) bool)
func (m *Map) Clear()

// A Pool is a set of temporary objects that may be individually saved and retrieved.
type Pool struct {
	// New optionally specifies a function to generate a value when Get would otherwise
	// return nil.
	New func() any
}

func (p *Pool) Put(x any)
func (p *Pool) Get() any

// OnceFunc returns a function that invokes f only once.
func OnceFunc(f func()) func()

// OnceValue returns a function that invokes f only once and returns the value returned by f
// (Java: the generic method go.sync.Sync.OnceValue).
func OnceValue[T any](f func() T) func() T

// OnceValues returns a function that invokes f only once and returns the values returned by f.
func OnceValues[T1, T2 any](f func() (T1, T2)) func() (T1, T2)
