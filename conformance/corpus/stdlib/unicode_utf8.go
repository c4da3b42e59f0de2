// unicode/utf8 and unicode: decoding, encoding, validation, rune classes and case mapping.
package main

import (
	"fmt"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "aé世🙂"
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		fmt.Printf("%c %d %d\n", r, size, utf8.RuneLen(r))
		s = s[size:]
	}
	r, size := utf8.DecodeRuneInString("\xff")
	fmt.Println(r == utf8.RuneError, size)
	r, size = utf8.DecodeLastRuneInString("añ")
	fmt.Printf("%c %d\n", r, size)
	fmt.Println(utf8.ValidString("ok"), utf8.ValidString("a\xc3"), utf8.RuneCountInString("a\xc3b"), utf8.ValidRune(0xD800))
	buf := make([]byte, 4)
	n := utf8.EncodeRune(buf, '€')
	fmt.Println(buf[:n], n, string(utf8.AppendRune(nil, 'ß')))
	fmt.Println(utf8.FullRune([]byte{0xe2, 0x82}), utf8.UTFMax, utf8.MaxRune)
	for _, c := range "aZ5 _ñ!Σ" {
		fmt.Printf("%q L%v U%v l%v D%v S%v P%v\n", c, unicode.IsLetter(c), unicode.IsUpper(c), unicode.IsLower(c), unicode.IsDigit(c), unicode.IsSpace(c), unicode.IsPunct(c))
	}
	fmt.Println(string(unicode.ToUpper('ß')), string(unicode.ToLower('Σ')), string(unicode.ToTitle('ǆ')), unicode.Is(unicode.Han, '世'))
}
