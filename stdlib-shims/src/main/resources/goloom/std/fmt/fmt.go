// The Go API of package fmt as goloom implements it (Java: go.fmt.Fmt). The checker reads
// these declarations; bodies live in Java. Only what the shim implements is declared.
package fmt

// Println formats its operands with their default formats, separated by spaces and
// followed by a newline, and writes them to standard output.
func Println(a ...any) (n int, err error)

// Print formats its operands with their default formats, adding spaces between operands
// when neither is a string, and writes them to standard output.
func Print(a ...any) (n int, err error)

// Sprint formats its operands like Print and returns the resulting string.
func Sprint(a ...any) string

// Sprintln formats its operands like Println and returns the resulting string.
func Sprintln(a ...any) string
