// The Go API of package testing as goloom implements it (Java: go.testing.T, run by
// go.testing.TestRunner from the JUnit classes that goloom-maven-plugin generates).
// Covered: the *T methods below. Not covered: T.Parallel, benchmarks, fuzzing, examples,
// TestMain, testing.Short and the other package functions.
package testing

// T is a type passed to Test functions to manage test state and support formatted test
// logs.
type T struct {
	name string
}

// Name returns the name of the running test or subtest.
func (t *T) Name() string

// Fail marks the function as having failed but continues execution.
func (t *T) Fail()

// FailNow marks the function as having failed and stops its execution by calling
// runtime.Goexit.
func (t *T) FailNow()

// Failed reports whether the function has failed.
func (t *T) Failed() bool

// Log formats its arguments using default formatting, analogous to Println, and records
// the text in the error log.
func (t *T) Log(args ...any)

// Logf formats its arguments according to the format, analogous to Printf, and records
// the text in the error log.
func (t *T) Logf(format string, args ...any)

// Error is equivalent to Log followed by Fail.
func (t *T) Error(args ...any)

// Errorf is equivalent to Logf followed by Fail.
func (t *T) Errorf(format string, args ...any)

// Fatal is equivalent to Log followed by FailNow.
func (t *T) Fatal(args ...any)

// Fatalf is equivalent to Logf followed by FailNow.
func (t *T) Fatalf(format string, args ...any)

// Skip is equivalent to Log followed by SkipNow.
func (t *T) Skip(args ...any)

// Skipf is equivalent to Logf followed by SkipNow.
func (t *T) Skipf(format string, args ...any)

// SkipNow marks the test as having been skipped and stops its execution by calling
// runtime.Goexit.
func (t *T) SkipNow()

// Skipped reports whether the test was skipped.
func (t *T) Skipped() bool

// Helper marks the calling function as a test helper function.
func (t *T) Helper()

// Cleanup registers a function to be called when the test and all its subtests complete.
// Cleanup functions will be called in last added, first called order.
func (t *T) Cleanup(f func())

// Run runs f as a subtest of t called name. It runs f in a separate goroutine and blocks
// until f returns. Run reports whether f succeeded.
func (t *T) Run(name string, f func(t *T)) bool
