//goloom:source
// Package runtime/trace as goloom ships it: Go source (goloom's own). goloom cannot write Go's
// execution traces, so Start reports that and tracing is never enabled; every annotation
// (tasks, regions, logs) is then what Go documents for a program that is not being traced:
// no effect beyond running the region's function.

// Package trace contains facilities for programs to generate traces for the Go execution tracer.
package trace

import (
	"context"
	"errors"
	"io"
	"sync/atomic"
)

// errUnsupported is Start's answer: goloom has no execution tracer.
var errUnsupported = errors.New("goloom: runtime/trace: execution tracing is not supported")

// Start would enable tracing to w; goloom has no execution tracer, so it returns an error and
// tracing stays off.
func Start(w io.Writer) error {
	return errUnsupported
}

// Stop stops the current tracing, if any: with tracing never on, it does nothing.
func Stop() {}

// IsEnabled reports whether tracing is enabled: never under goloom.
func IsEnabled() bool {
	return false
}

// Task is a trace task, a logical operation that annotations refer to.
type Task struct {
	id uint64 // the task's id, unique in the program (0 for the background task)
}

// lastTaskID is the id of the last task created.
var lastTaskID atomic.Uint64

// taskKey is the context key under which NewTask stores its task.
type taskKey struct{}

// NewTask creates a task of type taskType and returns it with a context that carries it.
func NewTask(pctx context.Context, taskType string) (ctx context.Context, task *Task) {
	t := &Task{id: lastTaskID.Add(1)}
	return context.WithValue(pctx, taskKey{}, t), t
}

// End marks the end of the operation the task represents.
func (t *Task) End() {}

// Log emits a one-off event with the given category and message (nothing when not tracing).
func Log(ctx context.Context, category, message string) {}

// Logf is like Log, with the message formatted (nothing when not tracing, so not formatted).
func Logf(ctx context.Context, category, format string, args ...any) {}

// Region is a region of code whose execution time interval is traced.
type Region struct {
	regionType string // the region's type, as given to StartRegion
}

// WithRegion starts a region associated with its calling goroutine, runs fn, and ends the region.
func WithRegion(ctx context.Context, regionType string, fn func()) {
	fn()
}

// StartRegion starts a region and returns it; End must be called from the same goroutine.
func StartRegion(ctx context.Context, regionType string) *Region {
	return &Region{regionType: regionType}
}

// End marks the end of the traced code region.
func (r *Region) End() {}
