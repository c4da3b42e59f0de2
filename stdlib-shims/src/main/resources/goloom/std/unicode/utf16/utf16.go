// The Go API of package unicode/utf16 (Java: go.unicode.utf16.Utf16).
package utf16

func IsSurrogate(r rune) bool
func DecodeRune(r1, r2 rune) rune
func EncodeRune(r rune) (r1, r2 rune)
func RuneLen(r rune) int
func Encode(s []rune) []uint16
func AppendRune(a []uint16, r rune) []uint16
func Decode(s []uint16) []rune
