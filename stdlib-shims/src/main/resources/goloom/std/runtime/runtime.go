// The Go API of package runtime as goloom implements it (Java: go.runtime.Runtime; the
// interface Error is go.runtime.Error, in the runtime module).
package runtime

// The Error interface identifies a run time error.
type Error interface {
	error
	// RuntimeError is a no-op function but serves to distinguish types that are run time
	// errors from ordinary errors.
	RuntimeError()
}

// A PanicNilError happens when code calls panic(nil) (Java: go.runtime.PanicNilError, in the
// runtime module, which creates it).
type PanicNilError struct{}

func (*PanicNilError) Error() string
func (*PanicNilError) RuntimeError()

// GOOS is the running program's operating system target.
const GOOS = "linux"

// GOARCH is the running program's architecture target.
const GOARCH = "amd64"

// Compiler is the name of the compiler toolchain that built the running binary.
const Compiler = "gc"

func Gosched()
func GOMAXPROCS(n int) int
func NumGoroutine() int
func NumCPU() int
func GC()
func KeepAlive(x any)
func Goexit()
func LockOSThread()
func UnlockOSThread()
func Version() string
func Caller(skip int) (pc uintptr, file string, line int, ok bool)
func Callers(skip int, pc []uintptr) int
func SetFinalizer(obj any, finalizer any)

// A MemStats records statistics about the memory allocator (BySize is not implemented).
type MemStats struct {
	Alloc uint64
	TotalAlloc uint64
	Sys uint64
	Lookups uint64
	Mallocs uint64
	Frees uint64
	HeapAlloc uint64
	HeapSys uint64
	HeapIdle uint64
	HeapInuse uint64
	HeapReleased uint64
	HeapObjects uint64
	StackInuse uint64
	StackSys uint64
	MSpanInuse uint64
	MSpanSys uint64
	MCacheInuse uint64
	MCacheSys uint64
	BuckHashSys uint64
	GCSys uint64
	OtherSys uint64
	NextGC uint64
	LastGC uint64
	PauseTotalNs uint64
	PauseNs [256]uint64
	PauseEnd [256]uint64
	NumGC uint32
	NumForcedGC uint32
	GCCPUFraction float64
	EnableGC bool
	DebugGC bool
}

// ReadMemStats populates m with memory allocator statistics.
func ReadMemStats(m *MemStats)

// MemProfileRate controls the fraction of memory allocations that are recorded and reported
// in the memory profile (goloom records no profile; the variable is kept for programs that set it).
var MemProfileRate int

// Breakpoint executes a breakpoint trap.
func Breakpoint()
