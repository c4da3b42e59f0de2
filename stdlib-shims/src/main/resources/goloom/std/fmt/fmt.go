// The Go API of package fmt as goloom implements it (Java: go.fmt.Fmt). The checker reads
// these declarations; bodies live in Java. Only what the shim implements is declared.
package fmt

import "io"

// Stringer is implemented by any value that has a String method, which defines the
// native format for that value (Java: dev.goloom.runtime.GoStringer).
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the
// Go syntax for that value, printed by %#v (Java: go.fmt.GoSyntaxStringer).
type GoStringer interface {
	GoString() string
}

// State represents the printer state passed to custom formatters (Java: go.fmt.State).
type State interface {
	Write(b []byte) (n int, err error)
	Width() (wid int, ok bool)
	Precision() (prec int, ok bool)
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method (Java: go.fmt.Formatter).
type Formatter interface {
	Format(f State, verb rune)
}

// Print formats its operands with their default formats, adding spaces between operands
// when neither is a string, and writes them to standard output.
func Print(a ...any) (n int, err error)

// Println formats its operands with their default formats, separated by spaces and
// followed by a newline, and writes them to standard output.
func Println(a ...any) (n int, err error)

// Printf formats according to a format specifier and writes to standard output.
func Printf(format string, a ...any) (n int, err error)

// Sprint formats its operands like Print and returns the resulting string.
func Sprint(a ...any) string

// Sprintln formats its operands like Println and returns the resulting string.
func Sprintln(a ...any) string

// Sprintf formats according to a format specifier and returns the resulting string.
func Sprintf(format string, a ...any) string

// Fprint formats like Print and writes to w.
func Fprint(w io.Writer, a ...any) (n int, err error)

// Fprintln formats like Println and writes to w.
func Fprintln(w io.Writer, a ...any) (n int, err error)

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, a ...any) (n int, err error)

// Append formats like Print and appends the result to the byte slice.
func Append(b []byte, a ...any) []byte

// Appendln formats like Println and appends the result to the byte slice.
func Appendln(b []byte, a ...any) []byte

// Appendf formats according to a format specifier and appends the result to the byte slice.
func Appendf(b []byte, format string, a ...any) []byte

// Errorf formats according to a format specifier and returns the string as an error.
// With one %w verb the error's Unwrap method returns that operand; with several, Unwrap
// returns them all as []error.
func Errorf(format string, a ...any) error

// Scan scans text read from standard input, storing successive space-separated values into
// successive arguments. Newlines count as space.
func Scan(a ...any) (n int, err error)

// Scanln is similar to Scan, but stops scanning at a newline.
func Scanln(a ...any) (n int, err error)

// Scanf scans text read from standard input, storing successive space-separated values into
// successive arguments as determined by the format.
func Scanf(format string, a ...any) (n int, err error)

// Sscan, Sscanln and Sscanf scan the argument string.
func Sscan(str string, a ...any) (n int, err error)
func Sscanln(str string, a ...any) (n int, err error)
func Sscanf(str string, format string, a ...any) (n int, err error)

// Fscan, Fscanln and Fscanf scan text read from r.
func Fscan(r io.Reader, a ...any) (n int, err error)
func Fscanln(r io.Reader, a ...any) (n int, err error)
func Fscanf(r io.Reader, format string, a ...any) (n int, err error)
