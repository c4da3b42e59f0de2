// The Go API of package os as goloom implements it (Java: go.os.Os). Only what the shim
// implements is declared; the rest of os comes with the standard-library issue.
package os

// Args hold the command-line arguments, starting with the program name.
var Args []string

// File represents an open file descriptor (Java: go.os.File). So far only the standard
// output and error streams exist.
type File struct {
	fd int
}

// Write writes len(b) bytes from b to the File, unbuffered.
func (f *File) Write(b []byte) (n int, err error)

// WriteString is like Write, but writes the contents of string s.
func (f *File) WriteString(s string) (n int, err error)

// Name returns the name of the file.
func (f *File) Name() string

// Fd returns the integer Unix file descriptor.
func (f *File) Fd() uintptr

// Stdout and Stderr are open Files pointing to the standard output and standard error
// file descriptors.
var (
	Stdout *File
	Stderr *File
)

// Exit causes the current program to exit with the given status code. Deferred
// functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
func Getenv(key string) string

// LookupEnv retrieves the value of the environment variable named by the key and
// reports whether it is set.
func LookupEnv(key string) (string, bool)
