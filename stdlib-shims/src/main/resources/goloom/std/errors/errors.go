// The Go API of package errors as goloom implements it (Java: go.errors.Errors). Error
// types with Unwrap/Is/As methods implement the interfaces in go.errors.Unwrapper.
package errors

// ErrUnsupported indicates that a requested operation cannot be performed, because it
// is unsupported.
var ErrUnsupported error

// New returns an error that formats as the given text. Each call to New returns a
// distinct error value even if the text is identical.
func New(text string) error

// Unwrap returns the result of calling the Unwrap method on err, if err's type contains
// an Unwrap method returning error. Otherwise, Unwrap returns nil.
func Unwrap(err error) error

// Is reports whether any error in err's tree matches target.
func Is(err, target error) bool

// As finds the first error in err's tree that matches target, and if one is found, sets
// target to that error value and returns true. goloom supports targets that point to a
// pointer-to-struct type, a named non-struct type, error or any.
func As(err error, target any) bool

// Join returns an error that wraps the given errors. Any nil error values are discarded.
// Join returns nil if every value in errs is nil.
func Join(errs ...error) error

// The optional methods errors looks for. goloom makes every type of a program that has one
// implement its Java interface (go.errors.Unwrapper, Unwrapper.Multi, Unwrapper.Is,
// Unwrapper.As), and an unnamed interface with the same method is that Java interface too.
type unwrapper interface{ Unwrap() error }
type multiUnwrapper interface{ Unwrap() []error }
type iser interface{ Is(error) bool }
type aser interface{ As(any) bool }

// AsType finds the first error in err's tree that matches the type E, and if one is found,
// returns that error value and true (Java: the descriptor of E is passed first).
func AsType[E error](err error) (E, bool)
