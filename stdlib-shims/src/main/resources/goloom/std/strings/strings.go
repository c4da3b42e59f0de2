// The Go API of package strings as goloom implements it (Java: go.strings.Strings and
// go.strings.Builder).
package strings

import (
	"io"
	"iter"
	"unicode"
)

// A Builder is used to efficiently build a string using Write methods. The zero value is
// ready to use.
type Builder struct {
	buf []byte
}

func (b *Builder) String() string
func (b *Builder) Len() int
func (b *Builder) Cap() int
func (b *Builder) Reset()
func (b *Builder) Grow(n int)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) WriteString(s string) (int, error)

func Contains(s, substr string) bool
func ContainsRune(s string, r rune) bool
func ContainsAny(s, chars string) bool
func ContainsFunc(s string, f func(rune) bool) bool
func HasPrefix(s, prefix string) bool
func HasSuffix(s, suffix string) bool
func Index(s, substr string) int
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func LastIndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func IndexAny(s, chars string) int
func LastIndexAny(s, chars string) int
func IndexFunc(s string, f func(rune) bool) int
func LastIndexFunc(s string, f func(rune) bool) int
func Count(s, substr string) int
func Compare(a, b string) int
func EqualFold(s, t string) bool
func Split(s, sep string) []string
func SplitN(s, sep string, n int) []string
func SplitAfter(s, sep string) []string
func SplitAfterN(s, sep string, n int) []string
func Fields(s string) []string
func FieldsFunc(s string, f func(rune) bool) []string
func Join(elems []string, sep string) string
func Cut(s, sep string) (before, after string, found bool)
func CutPrefix(s, prefix string) (after string, found bool)
func CutSuffix(s, suffix string) (before string, found bool)
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ReplaceAll(s, old, new string) string
func Map(mapping func(rune) rune, s string) string
func ToUpper(s string) string
func ToLower(s string) string
func ToTitle(s string) string
func TrimSpace(s string) string
func TrimFunc(s string, f func(rune) bool) string
func TrimLeftFunc(s string, f func(rune) bool) string
func TrimRightFunc(s string, f func(rune) bool) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string
func TrimPrefix(s, prefix string) string
func TrimSuffix(s, suffix string) string
func Clone(s string) string

// Title returns s with the first letter of each word mapped to title case (deprecated).
func Title(s string) string

// A Reader implements io.Reader, io.ReaderAt, io.ByteScanner, io.RuneScanner, io.Seeker
// and io.WriterTo by reading from a string (Java: go.strings.Reader).
type Reader struct {
	s string
}

// NewReader returns a new Reader reading from s.
func NewReader(s string) *Reader

func (r *Reader) Len() int
func (r *Reader) Size() int64
func (r *Reader) Read(b []byte) (n int, err error)
func (r *Reader) ReadAt(b []byte, off int64) (n int, err error)
func (r *Reader) ReadByte() (byte, error)
func (r *Reader) UnreadByte() error
func (r *Reader) ReadRune() (ch rune, size int, err error)
func (r *Reader) UnreadRune() error
func (r *Reader) Seek(offset int64, whence int) (int64, error)
func (r *Reader) WriteTo(w io.Writer) (n int64, err error)
func (r *Reader) Reset(s string)

// Replacer replaces a list of strings with replacements (Java: go.strings.Replacer).
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs. It panics if
// given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer

func (r *Replacer) Replace(s string) string
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error)

// Lines returns an iterator over the newline-terminated lines in the string s.
func Lines(s string) iter.Seq[string]

// SplitSeq returns an iterator over all substrings of s separated by sep.
func SplitSeq(s, sep string) iter.Seq[string]

// SplitAfterSeq returns an iterator over substrings of s split after each instance of sep.
func SplitAfterSeq(s, sep string) iter.Seq[string]

// FieldsSeq returns an iterator over substrings of s split around runs of whitespace characters.
func FieldsSeq(s string) iter.Seq[string]

// FieldsFuncSeq returns an iterator over substrings of s split around runs of Unicode code
// points satisfying f(c).
func FieldsFuncSeq(s string, f func(rune) bool) iter.Seq[string]

// ToUpperSpecial, ToLowerSpecial and ToTitleSpecial map with the special case mappings c first.
func ToUpperSpecial(c unicode.SpecialCase, s string) string
func ToLowerSpecial(c unicode.SpecialCase, s string) string
func ToTitleSpecial(c unicode.SpecialCase, s string) string

// ToValidUTF8 replaces each run of invalid UTF-8 byte sequences with the replacement.
func ToValidUTF8(s, replacement string) string
