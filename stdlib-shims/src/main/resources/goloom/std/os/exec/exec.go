// The Go API of package os/exec as goloom implements it (Java: go.os.exec.Exec for the
// functions and variables, go.os.exec.Cmd, Error and ExitError). Process, ProcessState,
// Cancel, WaitDelay and the pipe methods are not implemented yet.
package exec

import (
	"context"
	"io"
)

// ErrNotFound is the error resulting if a path search failed to find an executable file.
var ErrNotFound error

// ErrDot indicates that a path lookup resolved to an executable in the current directory.
var ErrDot error

// Error is returned by LookPath when it fails to classify a file as an executable.
type Error struct {
	Name string // the name of the file for which the error occurred
	Err  error  // the underlying error
}

func (e *Error) Error() string
func (e *Error) Unwrap() error

// An ExitError reports an unsuccessful exit by a command.
type ExitError struct {
	// Stderr holds a subset of the standard error output from the Cmd.Output method if
	// standard error was not otherwise being collected.
	Stderr []byte
}

func (e *ExitError) Error() string
func (e *ExitError) ExitCode() int
func (e *ExitError) Exited() bool
func (e *ExitError) Success() bool
func (e *ExitError) String() string

// Cmd represents an external command being prepared or run.
type Cmd struct {
	Path   string    // the path of the command to run
	Args   []string  // command line arguments, including the command as Args[0]
	Env    []string  // the environment of the process; nil means the current one
	Dir    string    // the working directory of the command; "" means the caller's
	Stdin  io.Reader // the process's standard input; nil means the null device
	Stdout io.Writer // the process's standard output; nil means the null device
	Stderr io.Writer // the process's standard error; nil means the null device
	Err    error     // LookPath error, if any
}

func (c *Cmd) String() string
func (c *Cmd) Run() error
func (c *Cmd) Start() error
func (c *Cmd) Wait() error
func (c *Cmd) Output() ([]byte, error)
func (c *Cmd) CombinedOutput() ([]byte, error)
func (c *Cmd) Environ() []string

// Command returns the Cmd struct to execute the named program with the given arguments.
func Command(name string, arg ...string) *Cmd

// CommandContext is like Command but includes a context; the process is killed when the
// context becomes done before the command completes on its own.
func CommandContext(ctx context.Context, name string, arg ...string) *Cmd

// LookPath searches for an executable named file in the directories named by the PATH
// environment variable.
func LookPath(file string) (string, error)
