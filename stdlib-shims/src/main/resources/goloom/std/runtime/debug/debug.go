// The Go API of package runtime/debug as goloom implements it (Java: go.runtime.debug.Debug).
// The settings are kept and returned as Go returns them; the JVM's collector and thread stacks
// do not follow them (see docs/design.md). Stack, PrintStack and ReadBuildInfo are not
// implemented: goloom cannot print Go's function names and lines yet.
package debug

// SetGCPercent sets the garbage collection target percentage and returns the previous setting.
func SetGCPercent(percent int) int

// FreeOSMemory forces a garbage collection.
func FreeOSMemory()

// SetMaxStack sets the maximum amount of memory that can be used by a single goroutine stack
// and returns the previous setting.
func SetMaxStack(bytes int) int

// SetMaxThreads sets the maximum number of operating system threads and returns the previous setting.
func SetMaxThreads(threads int) int

// SetPanicOnFault controls the runtime's behavior when a program faults at an unexpected address.
func SetPanicOnFault(enabled bool) bool

// SetMemoryLimit provides the runtime with a soft memory limit and returns the previous one;
// a negative input only queries.
func SetMemoryLimit(limit int64) int64

// SetTraceback sets the amount of detail printed by the runtime in tracebacks.
func SetTraceback(level string)
