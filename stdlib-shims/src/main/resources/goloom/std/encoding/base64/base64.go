// The Go API of package encoding/base64 as goloom implements it (Java: go.encoding.base64.Base64,
// Encoding, and CorruptInputError for that error type's values in interfaces).
package base64

import "io"

// An Encoding is a radix 64 encoding/decoding scheme, defined by a 64-character alphabet.
type Encoding struct {
	padChar rune
}

const (
	StdPadding rune = '=' // Standard padding character
	NoPadding  rune = -1  // No padding
)

// NewEncoding returns a new padded Encoding defined by the given alphabet.
func NewEncoding(encoder string) *Encoding

// The standard, URL-safe, and unpadded encodings of RFC 4648.
var StdEncoding *Encoding
var URLEncoding *Encoding
var RawStdEncoding *Encoding
var RawURLEncoding *Encoding

func (enc Encoding) WithPadding(padding rune) *Encoding
func (enc Encoding) Strict() *Encoding
func (enc *Encoding) Encode(dst, src []byte)
func (enc *Encoding) EncodeToString(src []byte) string
func (enc *Encoding) EncodedLen(n int) int
func (enc *Encoding) Decode(dst, src []byte) (n int, err error)
func (enc *Encoding) DecodeString(s string) ([]byte, error)
func (enc *Encoding) DecodedLen(n int) int

// CorruptInputError is the offset of the first illegal byte of the input.
type CorruptInputError int64

func (e CorruptInputError) Error() string

// NewEncoder returns a new base64 stream encoder; Close flushes any partial block.
func NewEncoder(enc *Encoding, w io.Writer) io.WriteCloser

// NewDecoder constructs a new base64 stream decoder.
func NewDecoder(enc *Encoding, r io.Reader) io.Reader
