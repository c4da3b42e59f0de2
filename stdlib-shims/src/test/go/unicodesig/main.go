// Prints unicode-sig.txt: for every rune, Go's unicode predicates (a bit set) and the deltas of ToUpper,
// ToLower, ToTitle and SimpleFold, run-length encoded as "first last signature" in hex.
package main

import (
	"fmt"
	"unicode"
)

// Prints, for every rune, a signature of Go's unicode predicates and case mappings, run-length encoded.
func sig(r rune) string {
	b := 0
	for i, f := range []func(rune) bool{unicode.IsLetter, unicode.IsDigit, unicode.IsNumber, unicode.IsSpace, unicode.IsUpper, unicode.IsLower, unicode.IsTitle, unicode.IsPunct, unicode.IsSymbol, unicode.IsMark, unicode.IsControl, unicode.IsGraphic, unicode.IsPrint} {
		if f(r) {
			b |= 1 << i
		}
	}
	return fmt.Sprintf("%d %d %d %d %d", b, unicode.ToUpper(r)-r, unicode.ToLower(r)-r, unicode.ToTitle(r)-r, unicode.SimpleFold(r)-r)
}

func main() {
	start := rune(0)
	cur := sig(0)
	for r := rune(1); r <= unicode.MaxRune+1; r++ {
		s := "end"
		if r <= unicode.MaxRune {
			s = sig(r)
		}
		if s != cur {
			fmt.Printf("%x %x %s\n", start, r-1, cur)
			start, cur = r, s
		}
	}
}
