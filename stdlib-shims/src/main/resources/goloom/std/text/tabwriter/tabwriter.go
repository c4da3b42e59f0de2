// The Go API of package text/tabwriter as goloom implements it (Java: go.text.tabwriter.Tabwriter
// for the constants and NewWriter, go.text.tabwriter.Writer).
package tabwriter

import "io"

// Formatting can be controlled with these flags.
const (
	FilterHTML uint = 1 << iota
	StripEscape
	AlignRight
	DiscardEmptyColumns
	TabIndent
	Debug
)

// To escape a text segment, bracket it with Escape characters.
const Escape = '\xff'

// A Writer is a filter that inserts padding around tab-delimited columns in its input to
// align them in the output.
type Writer struct {
	flags uint
}

func (b *Writer) Init(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer
func (b *Writer) Flush() error
func (b *Writer) Write(buf []byte) (n int, err error)

// NewWriter allocates and initializes a new tabwriter.Writer.
func NewWriter(output io.Writer, minwidth, tabwidth, padding int, padchar byte, flags uint) *Writer
