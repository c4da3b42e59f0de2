// The Go API of package bytes as goloom implements it (Java: go.bytes.Bytes, go.bytes.Buffer,
// go.bytes.Reader).
package bytes

import (
	"io"
	"iter"
	"unicode"
)

// MinRead is the minimum slice size passed to a Read call by Buffer.ReadFrom.
const MinRead = 512

// ErrTooLarge is passed to panic if memory cannot be allocated to store data in a buffer.
var ErrTooLarge error

// A Buffer is a variable-sized buffer of bytes with Read and Write methods. The zero
// value for Buffer is an empty buffer ready to use.
type Buffer struct {
	buf []byte
}

func NewBuffer(buf []byte) *Buffer
func NewBufferString(s string) *Buffer

func (b *Buffer) Bytes() []byte
func (b *Buffer) AvailableBuffer() []byte
func (b *Buffer) String() string
func (b *Buffer) Len() int
func (b *Buffer) Cap() int
func (b *Buffer) Available() int
func (b *Buffer) Truncate(n int)
func (b *Buffer) Reset()
func (b *Buffer) Grow(n int)
func (b *Buffer) Write(p []byte) (n int, err error)
func (b *Buffer) WriteString(s string) (n int, err error)
func (b *Buffer) ReadFrom(r io.Reader) (n int64, err error)
func (b *Buffer) WriteTo(w io.Writer) (n int64, err error)
func (b *Buffer) WriteByte(c byte) error
func (b *Buffer) WriteRune(r rune) (n int, err error)
func (b *Buffer) Read(p []byte) (n int, err error)
func (b *Buffer) Next(n int) []byte
func (b *Buffer) ReadByte() (byte, error)
func (b *Buffer) ReadRune() (r rune, size int, err error)
func (b *Buffer) UnreadRune() error
func (b *Buffer) UnreadByte() error
func (b *Buffer) ReadBytes(delim byte) (line []byte, err error)
func (b *Buffer) ReadString(delim byte) (line string, err error)

// A Reader implements io.Reader, io.ReaderAt, io.WriterTo, io.Seeker, io.ByteScanner and
// io.RuneScanner by reading from a byte slice.
type Reader struct {
	s []byte
}

func NewReader(b []byte) *Reader

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
func (r *Reader) Reset(b []byte)

func Compare(a, b []byte) int
func Equal(a, b []byte) bool
func EqualFold(s, t []byte) bool
func Contains(b, subslice []byte) bool
func ContainsAny(b []byte, chars string) bool
func ContainsRune(b []byte, r rune) bool
func ContainsFunc(b []byte, f func(rune) bool) bool
func Count(s, sep []byte) int
func HasPrefix(s, prefix []byte) bool
func HasSuffix(s, suffix []byte) bool
func Index(s, sep []byte) int
func IndexAny(s []byte, chars string) int
func IndexByte(b []byte, c byte) int
func IndexFunc(s []byte, f func(r rune) bool) int
func IndexRune(s []byte, r rune) int
func LastIndex(s, sep []byte) int
func LastIndexAny(s []byte, chars string) int
func LastIndexByte(s []byte, c byte) int
func LastIndexFunc(s []byte, f func(r rune) bool) int
func Split(s, sep []byte) [][]byte
func SplitN(s, sep []byte, n int) [][]byte
func SplitAfter(s, sep []byte) [][]byte
func SplitAfterN(s, sep []byte, n int) [][]byte
func Fields(s []byte) [][]byte
func FieldsFunc(s []byte, f func(rune) bool) [][]byte
func Join(s [][]byte, sep []byte) []byte
func Cut(s, sep []byte) (before, after []byte, found bool)
func CutPrefix(s, prefix []byte) (after []byte, found bool)
func CutSuffix(s, suffix []byte) (before []byte, found bool)
func Repeat(b []byte, count int) []byte
func Replace(s, old, new []byte, n int) []byte
func ReplaceAll(s, old, new []byte) []byte
func Map(mapping func(r rune) rune, s []byte) []byte
func ToUpper(s []byte) []byte
func ToLower(s []byte) []byte
func ToTitle(s []byte) []byte
func Title(s []byte) []byte
func Runes(s []byte) []rune
func Clone(b []byte) []byte
func Trim(s []byte, cutset string) []byte
func TrimLeft(s []byte, cutset string) []byte
func TrimRight(s []byte, cutset string) []byte
func TrimSpace(s []byte) []byte
func TrimFunc(s []byte, f func(r rune) bool) []byte
func TrimLeftFunc(s []byte, f func(r rune) bool) []byte
func TrimRightFunc(s []byte, f func(r rune) bool) []byte
func TrimPrefix(s, prefix []byte) []byte
func TrimSuffix(s, suffix []byte) []byte

// Lines returns an iterator over the newline-terminated lines in the string s.
func Lines(s []byte) iter.Seq[[]byte]

// SplitSeq returns an iterator over all substrings of s separated by sep.
func SplitSeq(s, sep []byte) iter.Seq[[]byte]

// SplitAfterSeq returns an iterator over substrings of s split after each instance of sep.
func SplitAfterSeq(s, sep []byte) iter.Seq[[]byte]

// FieldsSeq returns an iterator over substrings of s split around runs of whitespace characters.
func FieldsSeq(s []byte) iter.Seq[[]byte]

// FieldsFuncSeq returns an iterator over substrings of s split around runs of Unicode code
// points satisfying f(c).
func FieldsFuncSeq(s []byte, f func(rune) bool) iter.Seq[[]byte]

// ToUpperSpecial, ToLowerSpecial and ToTitleSpecial map with the special case mappings c first.
func ToUpperSpecial(c unicode.SpecialCase, s []byte) []byte
func ToLowerSpecial(c unicode.SpecialCase, s []byte) []byte
func ToTitleSpecial(c unicode.SpecialCase, s []byte) []byte

// ToValidUTF8 replaces each run of invalid UTF-8 byte sequences with the replacement.
func ToValidUTF8(s, replacement []byte) []byte
